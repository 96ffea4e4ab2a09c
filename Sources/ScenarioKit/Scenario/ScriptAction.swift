import SharingModel

/// What a script entry does, chosen in the file by its `"action"` member. Later flows add cases
/// (`request`, `openDispute`, `policyChange`, …); switch with a `default` to stay source compatible.
public enum ScriptAction: Hashable, Sendable {
    /// `"action": "functionChange"`: a department's functions change and its catalog must follow within
    /// 15 working days (R-CAT-4).
    case functionChange(FunctionChange)

    /// The `action` names the format knows, in documentation order.
    public static let names = ["functionChange"]

    /// The name written in the file.
    public var name: String {
        switch self {
        case .functionChange: "functionChange"
        }
    }
}
