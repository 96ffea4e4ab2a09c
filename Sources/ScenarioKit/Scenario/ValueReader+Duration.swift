import SimKernel

extension ValueReader {
    /// The units of a duration string, longest first so that `ms` and `min` win over `m…`.
    static let durationUnits: [(suffix: String, milliseconds: Double)] = [
        ("ms", 1), ("min", 60_000), ("s", 1000), ("h", 3_600_000), ("d", 86_400_000),
    ]

    /// A duration written as a non-negative number and a unit: `1500ms`, `2s`, `30min`, `6h`, `1.5d`.
    /// Rounded to whole milliseconds. Anything else is `invalidValue`.
    public func duration() -> SimDuration? {
        let expected = "a duration such as \"2s\", \"30min\", \"6h\" or \"1.5d\" (units ms, s, min, h, d)"
        guard let text = value.stringValue else {
            reportWrongType(expected: expected)
            return nil
        }
        guard let ms = Self.parseDuration(text) else {
            report(.invalidValue, "bad duration \(JSONValue.quoted(text))", expected: expected, found: text)
            return nil
        }
        return ms
    }

    /// `text` as a duration, or `nil`.
    static func parseDuration(_ text: String) -> SimDuration? {
        for unit in durationUnits where text.hasSuffix(unit.suffix) {
            let number = text.dropLast(unit.suffix.count)
            // Digits with at most one inner point: no sign, exponent, or blank.
            guard !number.isEmpty, number.first != ".", number.last != ".",
                number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
                number.filter({ $0 == "." }).count <= 1, let v = Double(number)
            else { return nil }
            let ms = (v * unit.milliseconds).rounded()
            guard ms.isFinite, ms < 9.2e18 else { return nil }
            return SimDuration(milliseconds: Int64(ms))
        }
        return nil
    }
}
