import SharingModel

/// The requests made and not closed yet, for the conservation ledger of ``RequestMetrics``: one table of
/// packed ids (the user's index in the high half, the serial in the low), open addressing with linear
/// probing, at most half full.
///
/// One table for the whole world, sized by the requests open at once, rather than a window per user: a
/// request made and closed touches one line of it instead of its user's window and that window's buffer,
/// lines a large world touches once per thousands of events (docs/decisions/0008). Nothing iterates it, so
/// its order cannot reach any output.
struct OpenRequestSet {
    /// 0 marks an empty slot; the one id that packs to 0 (user 0, serial 0, which departments never
    /// number but a malformed stream could carry) is kept in `holdsZero` instead.
    private var slots: [UInt64]
    private var holdsZero = false
    /// 64 minus log2 of the capacity: the hash keeps the product's top bits.
    private var shift: UInt64
    /// Requests in the set.
    private(set) var count = 0

    /// An empty set.
    init() {
        slots = Array(repeating: 0, count: 1024)
        shift = 54
    }

    private static func key(_ id: RequestID) -> UInt64 {
        UInt64(UInt32(bitPattern: id.user.index)) << 32 | UInt64(id.serial)
    }

    private func home(_ key: UInt64) -> Int {
        // Fibonacci hashing: users' consecutive serials land far apart.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Where `key` is, or the empty slot that ends its probe.
    private func slot(of key: UInt64) -> Int {
        let mask = slots.count - 1
        var i = home(key)
        while slots[i] != 0 && slots[i] != key { i = (i + 1) & mask }
        return i
    }

    /// Whether `id` is open.
    func contains(_ id: RequestID) -> Bool {
        let key = Self.key(id)
        return key == 0 ? holdsZero : slots[slot(of: key)] == key
    }

    /// Adds `id`; `false` when it was already open.
    @discardableResult
    mutating func insert(_ id: RequestID) -> Bool {
        let key = Self.key(id)
        if key == 0 {
            if holdsZero { return false }
            holdsZero = true
            count += 1
            return true
        }
        if (count + 1) * 2 > slots.count { grow() }
        let i = slot(of: key)
        if slots[i] == key { return false }
        slots[i] = key
        count += 1
        return true
    }

    /// Takes `id` out; `false` when it was not open.
    mutating func remove(_ id: RequestID) -> Bool {
        let key = Self.key(id)
        if key == 0 {
            if !holdsZero { return false }
            holdsZero = false
            count -= 1
            return true
        }
        var hole = slot(of: key)
        guard slots[hole] == key else { return false }
        // Backward shift: the keys after the hole, up to the next empty slot, move into it when their probe
        // passed through it, so every probe still ends at an empty slot only after its key.
        let mask = slots.count - 1
        var j = hole
        while true {
            j = (j + 1) & mask
            let next = slots[j]
            if next == 0 { break }
            if (j - home(next)) & mask >= (j - hole) & mask {
                slots[hole] = next
                hole = j
            }
        }
        slots[hole] = 0
        count -= 1
        return true
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for key in old where key != 0 {
            var i = home(key)
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = key
        }
    }
}
