/// What an instance asks of its shell at one event, in order: the buffer every `handle(_:now:into:)` and its
/// helpers append to (docs/decisions/0006).
///
/// Each shell keeps one and ``SimContext/perform(_:for:sink:)`` drains it after every event. It owns its
/// storage directly (it is `~Copyable`): an array paid a uniqueness check on every append, and emptying it
/// went through a generic replace that destroyed each moved-out slot, together about 4% of a national run.
public struct DirectiveBuffer: ~Copyable {
    @usableFromInline var storage: UnsafeMutablePointer<Directive>
    @usableFromInline var capacity: Int
    @usableFromInline var filled = 0

    /// An empty buffer.
    public init() {
        capacity = 8
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deinitialize(count: filled)
        storage.deallocate()
    }

    /// The number of directives held.
    @inlinable public var count: Int { filled }
    /// Whether none is held.
    @inlinable public var isEmpty: Bool { filled == 0 }

    /// Adds `directive` after the others.
    @inlinable public mutating func append(_ directive: consuming Directive) {
        if filled == capacity { grow() }
        (storage + filled).initialize(to: directive)
        filled &+= 1
    }

    @usableFromInline mutating func grow() {
        let bigger = UnsafeMutablePointer<Directive>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: storage, count: filled)
        storage.deallocate()
        storage = bigger
        capacity *= 2
    }

    /// Calls `body` with each directive from index `start` on, in order, without removing them.
    public func forEach(from start: Int, _ body: (borrowing Directive) -> Void) {
        for index in start..<filled { body(storage[index]) }
    }

    /// Moves every directive out, in order, into `body`, and leaves the buffer empty (its storage kept).
    @inlinable public mutating func drain(_ body: (consuming Directive) -> Void) {
        let n = filled
        filled = 0
        for index in 0..<n { body((storage + index).move()) }
    }

    /// The directives as an array, leaving the buffer empty (tests and the array-returning `handle`).
    public mutating func takeAll() -> [Directive] {
        var all: [Directive] = []
        all.reserveCapacity(filled)
        drain { all.append($0) }
        return all
    }
}
