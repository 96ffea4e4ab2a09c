import Foundation

extension SampleSummary {
    /// Column names of `csvFields`, snake_case for R and pandas.
    public static let csvHeader = ["count", "missing", "mean", "sd", "min", "max", "p50", "p95", "ci_low", "ci_high"]

    /// The summary as CSV fields in `csvHeader` order; undefined statistics are empty fields.
    public var csvFields: [CSVValue] {
        [.int(count), .int(missing)] + [mean, sd, min, max, p50, p95, ciLow, ciHigh].map(CSVValue.number)
    }

    /// The summary as a JSON object with the keys of `csvHeader`, in that order; undefined statistics are `null`.
    public var jsonNode: JSONNode {
        let numbers = [mean, sd, min, max, p50, p95, ciLow, ciHigh].map(JSONNode.number)
        let values: [JSONNode] = [.int(count), .int(missing)] + numbers
        return .object(Array(zip(Self.csvHeader, values)))
    }
}
