/// Words for ranges in messages: `in 0...10`, `>= 0`, `at least 1 element`.
enum RangeText {
    static func text<B>(_ range: some RangeExpression<B>) -> String? {
        switch range {
        case let r as ClosedRange<B>: return "in \(r.lowerBound)...\(r.upperBound)"
        case let r as Range<B>: return "in \(r.lowerBound)..<\(r.upperBound)"
        case let r as PartialRangeFrom<B>: return ">= \(r.lowerBound)"
        case let r as PartialRangeThrough<B>: return "<= \(r.upperBound)"
        case let r as PartialRangeUpTo<B>: return "< \(r.upperBound)"
        default: return nil
        }
    }

    static func elements(_ n: Int) -> String { n == 1 ? "1 element" : "\(n) elements" }

    static func elementCount(_ range: ClosedRange<Int>) -> String {
        if range.upperBound == Int.max { return "at least \(elements(range.lowerBound))" }
        if range.lowerBound == range.upperBound { return "exactly \(elements(range.lowerBound))" }
        if range.lowerBound <= 0 { return "at most \(elements(range.upperBound))" }
        return "\(range.lowerBound) to \(range.upperBound) elements"
    }
}
