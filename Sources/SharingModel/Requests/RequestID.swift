import SimKernel

/// A sharing request, unique in a run: the user department's address and the user's own serial number.
///
/// Built from integers, not strings, because it travels on every hop of a request and keys the open
/// requests of a department.
public struct RequestID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The user department's address.
    public var user: ActorAddress
    /// The user's serial number of the request, from 1.
    public var serial: UInt32

    /// A request id.
    public init(user: ActorAddress, serial: UInt32) {
        self.user = user
        self.serial = serial
    }

    /// By user, then serial.
    public static func < (a: RequestID, b: RequestID) -> Bool {
        a.user.index != b.user.index ? a.user.index < b.user.index : a.serial < b.serial
    }

    /// `r12.7`: the request numbered 7 of the department at address 12.
    public var description: String { "r\(user.index).\(serial)" }
}
