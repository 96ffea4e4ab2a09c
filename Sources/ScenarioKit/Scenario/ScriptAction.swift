import SharingModel

/// What a script entry does, chosen in the file by its `"action"` member. Later flows add cases
/// (`policyChange`, …); switch with a `default` to stay source compatible.
public enum ScriptAction: Hashable, Sendable {
    /// `"action": "functionChange"`: a department's functions change and its catalog must follow within
    /// 15 working days (R-CAT-4).
    case functionChange(FunctionChange)
    /// `"action": "request"`: a department asks for one resource of another for a declared purpose (R-USE-1),
    /// outside any service; the request is also in `WorldSpec.requests`.
    case request(ScriptedRequest)
    /// `"action": "openDispute"`: a department disputes a provider's refusal to share one resource it needs
    /// for a purpose, which opens the escalation flow (R-ESC-1); the dispute is also in `WorldSpec.disputes`.
    case openDispute(ScriptedDispute)
    /// `"action": "returnRequest"`: a local government asks a vertical line's receiver for the records its
    /// departments collected (R-RET-2); also in `WorldSpec.lineScript`.
    case returnRequest(ScriptedLineAction)
    /// `"action": "policyChange"`: a policy changes from that moment on; today a line's return policy
    /// (R-RET-2), e.g. a blocked vertically managed line opened at mid-year; also in `WorldSpec.lineScript`.
    case policyChange(ScriptedLineAction)

    /// The `action` names the format knows, in documentation order.
    public static let names = ["functionChange", "request", "openDispute", "returnRequest", "policyChange"]

    /// The name written in the file.
    public var name: String {
        switch self {
        case .functionChange: "functionChange"
        case .request: "request"
        case .openDispute: "openDispute"
        case .returnRequest: "returnRequest"
        case .policyChange: "policyChange"
        }
    }
}
