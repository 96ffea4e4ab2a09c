/// The world's services by ordinal: each one's id and the purpose its applications declare (R-USE-1), in one
/// object that every department's plans, requests and application records share.
///
/// A request that held its purpose, or an application record its service's id, retained that string's
/// storage: one more cache line per service, which a large world has evicted between two applications of the
/// service (docs/decisions/0022). A ``ServiceName`` holds this table and an index instead: the table is one
/// object that every application touches, so it stays cached, and the strings are read only by whoever
/// asks for them (a trace, a grant's key).
public final class ServiceNames: Sendable {
    /// The services' ids, by ordinal.
    public let ids: [ServiceID]
    /// The services' purposes, by ordinal (``ServiceSpec/purpose``).
    public let purposes: [Purpose]

    /// The names of `services`, in their order.
    public init(_ services: [ServiceSpec]) {
        ids = services.map(\.id)
        purposes = services.map(\.purpose)
    }

    /// A table of one service, with its id and purpose as given.
    public init(id: ServiceID, purpose: Purpose) {
        ids = [id]
        purposes = [purpose]
    }
}

/// One service of a ``ServiceNames`` table: 12 bytes, and no string of its own to retain.
public struct ServiceName: Sendable {
    /// The table.
    public let table: ServiceNames
    /// The service's place in it.
    public let index: Int32

    /// Service `index` of `table`.
    public init(_ table: ServiceNames, _ index: Int) {
        precondition(index >= 0 && index < table.ids.count, "service \(index) is not in the table")
        self.table = table
        self.index = Int32(index)
    }

    /// A service in a table of its own (tests, and records made outside a world).
    public init(id: ServiceID, purpose: Purpose) {
        self.init(ServiceNames(id: id, purpose: purpose), 0)
    }

    /// The service's id.
    public var id: ServiceID { table.ids[Int(index)] }

    /// The purpose its applications declare.
    public var purpose: Purpose { table.purposes[Int(index)] }
}
