/// The address of a simulation actor within one run: a dense index into the run's actor table.
public struct ActorAddress: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The index in registration order.
    public let index: Int32

    @inlinable public init(_ index: Int32) { self.index = index }

    @inlinable public static func < (a: ActorAddress, b: ActorAddress) -> Bool { a.index < b.index }
    public var description: String { "@\(index)" }

    public init(from decoder: any Decoder) throws { index = try decoder.singleValueContainer().decode(Int32.self) }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(index)
    }
}

/// A simulation actor: an `actor` that receives messages from its run's kernel.
///
/// Conforming actors must return `context.executor` as their `unownedExecutor`: the kernel calls
/// `receive` directly on the run's one thread, and that shared executor is what isolates the call
/// (``SimContext/register(_:)`` traps otherwise):
///
/// ```swift
/// nonisolated var unownedExecutor: UnownedSerialExecutor { context.executor.asUnownedSerialExecutor() }
/// ```
///
/// A handler never `await`s another simulation actor: it changes its own state and sends
/// messages or sets timers through ``SimContext`` (STYLE.md example 1; DESIGN.md "The runtime").
public protocol SimActor<Message>: Actor {
    associatedtype Message: Sendable
    /// The run this actor belongs to.
    nonisolated var context: SimContext<Message> { get }
    /// Handles one delivered message; `context.now` is the delivery time.
    func receive(_ message: Message)
}
