import SimKernel

/// Values by actor address, stored densely over the range of addresses that have one: every request hop
/// asks where to send next and every served request what its provider's traits are, and a dictionary
/// hashed the address each time. Addresses of one government's departments are close together, so the
/// range stays small except at the platforms that route to the whole country.
struct AddressTable<Value: Sendable>: Sendable {
    private let first: Int
    /// `values.count`, which never changes, kept here beside `first`: a lookup checks the address against it
    /// instead of the array's header, which lies a line or more away from most entries (docs/decisions/0020).
    private let count: Int
    private var values: [Value?]

    /// A table of `pairs`; for an address given twice the first value is kept.
    init(_ pairs: [(address: Int32, value: Value)]) {
        guard let low = pairs.map(\.address).min(), let high = pairs.map(\.address).max() else {
            (first, count, values) = (0, 0, [])
            return
        }
        var values = [Value?](repeating: nil, count: Int(high) - Int(low) + 1)
        for (address, value) in pairs where values[Int(address) - Int(low)] == nil {
            values[Int(address) - Int(low)] = value
        }
        (first, count, self.values) = (Int(low), values.count, values)
    }

    /// The value of `address`, if it has one.
    subscript(address: Int32) -> Value? {
        let i = Int(address) &- first
        guard i >= 0 && i < count else { return nil }
        // Checked against `count` above; the array's own check would read its header.
        return values.withUnsafeBufferPointer { $0[i] }
    }

    /// Changes the value of every address that has one.
    mutating func updateEach(_ change: (inout Value) -> Void) {
        for i in values.indices where values[i] != nil { change(&values[i]!) }
    }

    /// Replaces the value of an address that has one; any other address is left without.
    mutating func update(_ value: Value, at address: Int32) {
        let i = Int(address) &- first
        if i >= 0 && i < count && values[i] != nil { values[i] = value }
    }
}
