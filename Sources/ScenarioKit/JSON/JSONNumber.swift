/// A JSON number as written in the file.
///
/// The literal text is kept so that no precision is lost before a reader decides what it wants: an exact
/// integer (`int64`) or a floating-point value (`double`).
public struct JSONNumber: Hashable, Sendable, CustomStringConvertible {
    /// The literal exactly as it appears in the file, e.g. `-12.50e3`.
    public let literal: String

    /// A number from a literal that the caller guarantees is valid RFC 8259 number syntax.
    public init(literal: String) {
        self.literal = literal
    }

    /// The nearest `Double`; `±infinity` when the literal is beyond `Double`'s range.
    public var double: Double {
        Double(literal) ?? .nan
    }

    /// The exact value when it is a whole number that fits `Int64`, else `nil`.
    ///
    /// `12`, `1.2e1` and `120e-1` are all exactly 12; `1.5` and `1e30` are `nil`. The test is done in decimal,
    /// never through `Double`, so `9007199254740993` stays exact.
    public var int64: Int64? {
        var digits: [UInt8] = []  // significant digits of integer and fraction parts, as values 0...9
        var exponent = 0  // power of ten to apply to `digits`
        var negative = false
        var bytes = literal.utf8.makeIterator()
        var inFraction = false
        var next = bytes.next()
        if next == UInt8(ascii: "-") {
            negative = true
            next = bytes.next()
        }
        while let b = next, b != UInt8(ascii: "e"), b != UInt8(ascii: "E") {
            if b == UInt8(ascii: ".") {
                inFraction = true
            } else {
                digits.append(b &- UInt8(ascii: "0"))
                if inFraction { exponent -= 1 }
            }
            next = bytes.next()
        }
        if next != nil {
            // Exponent part; saturate so that a silly `1e99999999999999999999` cannot overflow.
            var expNegative = false
            var expValue = 0
            next = bytes.next()
            if next == UInt8(ascii: "-") || next == UInt8(ascii: "+") {
                expNegative = next == UInt8(ascii: "-")
                next = bytes.next()
            }
            while let b = next {
                expValue = min(expValue * 10 + Int(b &- UInt8(ascii: "0")), 1_000_000)
                next = bytes.next()
            }
            exponent += expNegative ? -expValue : expValue
        }
        // Drop leading zeros, then move trailing zeros into the exponent.
        let firstNonZero = digits.firstIndex { $0 != 0 }
        guard let first = firstNonZero else { return 0 }
        var last = digits.count - 1
        while digits[last] == 0 {
            last -= 1
            exponent += 1
        }
        if exponent < 0 { return nil }  // a non-zero digit remains after the decimal point
        if last - first + 1 + exponent > 19 { return nil }  // more than 19 digits cannot fit Int64
        // Accumulate as a negative number so that Int64.min is representable.
        var value: Int64 = 0
        for d in digits[first...last] {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.subtractingReportingOverflow(Int64(d))
            if o1 || o2 { return nil }
            value = s
        }
        for _ in 0..<exponent {
            let (m, o) = value.multipliedReportingOverflow(by: 10)
            if o { return nil }
            value = m
        }
        if negative { return value }
        let (positive, overflow) = Int64(0).subtractingReportingOverflow(value)
        return overflow ? nil : positive
    }

    /// Whether the value looks whole (used to tell "not an integer" from "too large" in errors); decided through
    /// `Double`, which is precise enough for a message.
    var looksWhole: Bool {
        if int64 != nil { return true }
        let d = double
        return d.isInfinite || d.rounded(.towardZero) == d
    }

    /// The literal text.
    public var description: String { literal }
}
