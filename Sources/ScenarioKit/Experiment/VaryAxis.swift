/// One axis of an experiment's grid: a field and the values it takes.
public struct VaryAxis: Hashable, Sendable {
    /// The field, e.g. `faults.links.frontEnd.loss`.
    public var path: JSONPath
    /// Its values, in file order.
    public var values: [JSONValue]

    /// An axis.
    public init(path: JSONPath, values: [JSONValue]) {
        self.path = path
        self.values = values
    }
}
