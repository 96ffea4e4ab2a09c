import Foundation

/// Deterministic, locale-free text for numbers in CSV, JSON and charts.
///
/// `canonical(_:)` is the shortest text that reads back as the same `Double` (Swift's `description`, which is
/// shortest round-trip and independent of locale), normalized so that equal numbers always print alike and R,
/// pandas and JSON parsers all read it:
/// - negative zero prints as `0`;
/// - integral values print without a fraction: `3`, not `3.0` (`1000000000000000` for 1e15);
/// - exponents have no `+` and no leading zeros: `1e-7`, `1e21`, `1.2345678901234568e17` (Swift switches to
///   exponent form below 1e-4 and from 2^53 ≈ 9e15 up, where the digits of an integer would be invented);
/// - non-finite values have no number spelling. For CSV, `canonical` gives NaN as the empty field (R and pandas
///   read it as NA/NaN) and ±infinity as `Inf`/`-Inf` (R's spelling; pandas reads `inf`/`-inf` case-blind);
///   `json(_:)` gives `null` for all three, since RFC 8259 has no such numbers.
public enum NumberFormat {
    /// The canonical CSV text of `value` (see the type's documentation): `""` for NaN, `Inf`/`-Inf`.
    public static func canonical(_ value: Double) -> String {
        if value.isNaN { return "" }
        if value.isInfinite { return value < 0 ? "-Inf" : "Inf" }
        return finite(value)
    }

    /// The JSON text of `value`: as `canonical`, but `null` for NaN and ±infinity.
    public static func json(_ value: Double) -> String {
        value.isFinite ? finite(value) : "null"
    }

    /// `value` with exactly `decimals` digits after the point, rounded half away from zero, for chart
    /// coordinates and labels; `-0.00` prints as `0.00`. Non-finite values print as `NaN`, `Inf`, `-Inf`, and
    /// values too large for fixed notation (|value| · 10^decimals ≥ 2^53) fall back to `canonical`.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        precondition(decimals >= 0 && decimals <= 15, "NumberFormat.fixed: decimals must be in 0...15")
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "Inf" }
        let scaled = (value * powerOfTen(decimals)).rounded(.toNearestOrAwayFromZero)
        guard Swift.abs(scaled) < 9_007_199_254_740_992 else { return finite(value) }
        let integer = Int64(scaled)
        if integer == 0 {
            return decimals == 0 ? "0" : "0." + String(repeating: "0", count: decimals)
        }
        var digits = String(integer.magnitude)
        if decimals > 0 {
            if digits.count <= decimals {
                digits = String(repeating: "0", count: decimals - digits.count + 1) + digits
            }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return integer < 0 ? "-" + digits : digits
    }

    /// 10^exponent computed exactly by multiplication (exact up to 10^22), so no libm `pow` reaches output.
    static func powerOfTen(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<Swift.abs(exponent) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }

    private static func finite(_ value: Double) -> String {
        if value == 0 { return "0" }
        let text = value.description
        var mantissa = Substring(text)
        var exponent: Substring?
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = text[text.index(after: e)...]
        }
        if mantissa.hasSuffix(".0") {
            mantissa = mantissa.dropLast(2)
        }
        guard var exponentDigits = exponent else { return String(mantissa) }
        var sign = ""
        if exponentDigits.first == "+" {
            exponentDigits = exponentDigits.dropFirst()
        } else if exponentDigits.first == "-" {
            sign = "-"
            exponentDigits = exponentDigits.dropFirst()
        }
        while exponentDigits.count > 1 && exponentDigits.first == "0" {
            exponentDigits = exponentDigits.dropFirst()
        }
        return mantissa + "e" + sign + exponentDigits
    }
}
