/// Values keyed by serial numbers that are handed out in increasing order and removed in any order: a
/// user's open requests (by request serial) and its open applications (by application number).
///
/// The open ones always lie in a window behind the newest serial (a request expires after its timeout, an
/// application at its wait limit), so an array indexed by `serial - base` holds them: no hashing on the
/// hot path (the dictionaries this replaced hashed a key on every request and answer), and iteration is in
/// serial order, which is making order, so the oldest open value is the first one. Its methods are
/// inlinable so that other modules get a copy specialized for their values.
public struct SerialWindow<Value: Sendable>: Sendable {
    /// `slots[i]` holds serial `base + i`; `nil` where that serial was never added or was removed.
    @usableFromInline var slots: [Value?] = []
    @usableFromInline var base: UInt64 = 0
    /// Slots before `head` are known to be empty.
    @usableFromInline var head = 0
    @usableFromInline var held = 0

    /// An empty window.
    @inlinable public init() {}

    /// The number of values held.
    @inlinable public var count: Int { held }

    /// Whether no value is held.
    @inlinable public var isEmpty: Bool { held == 0 }

    /// Adds `value` under `serial`, which must be greater than every serial added before.
    @inlinable public mutating func append(_ value: consuming Value, serial: UInt64) {
        if slots.isEmpty { base = serial }
        precondition(serial >= base + UInt64(slots.count), "serials are added in increasing order")
        while base + UInt64(slots.count) < serial { slots.append(nil) }
        slots.append(value)
        held += 1
    }

    /// The value under `serial`; setting `nil` removes it, setting a value replaces one held.
    @inlinable public subscript(serial: UInt64) -> Value? {
        get {
            guard let index = index(of: serial) else { return nil }
            return slots[index]
        }
        set {
            guard let index = index(of: serial), slots[index] != nil else {
                precondition(newValue == nil, "only a held serial can be replaced; add new ones with append")
                return
            }
            slots[index] = newValue
            if newValue == nil {
                held -= 1
                trimFront()
            }
        }
    }

    /// Removes and returns the value under `serial`, if held.
    @inlinable public mutating func remove(_ serial: UInt64) -> Value? {
        // Taken, not copied then cleared: that retained and released every reference in the value.
        guard let index = index(of: serial), let value = slots[index].take() else { return nil }
        held -= 1
        trimFront()
        return value
    }

    /// The oldest value held, with its serial.
    @inlinable public var first: (serial: UInt64, value: Value)? {
        guard held > 0 else { return nil }
        // `trimFront` keeps `head` on a held slot whenever anything is held.
        return (base + UInt64(head), slots[head]!)
    }

    /// Calls `body` with each held serial and value in increasing serial order until it returns `false`.
    @inlinable public func forEachHeld(_ body: (UInt64, Value) throws -> Bool) rethrows {
        guard held > 0 else { return }
        for i in head..<slots.count {
            guard let value = slots[i] else { continue }
            if try !body(base + UInt64(i), value) { return }
        }
    }

    /// The values held with their serials, oldest first.
    @inlinable public var elements: [(serial: UInt64, value: Value)] {
        slots.indices.dropFirst(head).compactMap { i in slots[i].map { (base + UInt64(i), $0) } }
    }

    @inlinable func index(of serial: UInt64) -> Int? {
        guard serial >= base + UInt64(head), serial < base + UInt64(slots.count) else { return nil }
        return Int(serial - base)
    }

    /// Moves `head` past empty slots and drops them once they are the larger part of the storage, so the
    /// storage stays proportional to the window, not to every serial ever added.
    @inlinable mutating func trimFront() {
        if held == 0 {
            slots.removeAll(keepingCapacity: true)
            head = 0
            return
        }
        while slots[head] == nil { head += 1 }
        if head >= 64, head * 2 >= slots.count {
            slots.removeFirst(head)
            base += UInt64(head)
            head = 0
        }
    }
}
