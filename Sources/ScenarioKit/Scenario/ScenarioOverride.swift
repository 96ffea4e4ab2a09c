/// A replacement of one field of a scenario's JSON tree before it is decoded: how experiments vary a
/// scenario (`policies.retries` → `false`).
public struct ScenarioOverride: Hashable, Sendable, CustomStringConvertible {
    /// The field, e.g. `faults.links.frontEnd.loss`.
    public var path: JSONPath
    /// The value it gets. Its position is in the file that set it (an experiment), if any.
    public var value: JSONValue

    /// An override.
    public init(path: JSONPath, value: JSONValue) {
        self.path = path
        self.value = value
    }

    /// `path=value` with the value as compact JSON, e.g. `policies.retries=false`.
    public var description: String { "\(path)=\(value.compactText)" }
}
