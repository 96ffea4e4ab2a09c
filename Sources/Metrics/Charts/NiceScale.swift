import Foundation

/// An axis scale with round tick values (1, 2 or 5 times a power of ten), after Heckbert's "Nice numbers for
/// graph labels" (Graphics Gems, 1990).
///
/// Ticks are computed as integer multiples of the step (`k · m · 10^e`, with exact powers of ten), not by
/// repeated addition, so they carry no accumulated error and labels print with `decimals` fixed digits.
public struct NiceScale: Sendable, Equatable {
    /// The lowest tick, at or below the data minimum.
    public let lower: Double
    /// The highest tick, at or above the data maximum.
    public let upper: Double
    /// The distance between ticks.
    public let step: Double
    /// The tick values, ascending, from `lower` to `upper`.
    public let ticks: [Double]
    /// Digits after the point that tick labels need.
    public let decimals: Int

    /// A scale covering `min...max` with at most about `maxTicks` ticks.
    ///
    /// Degenerate input is handled: non-finite bounds give `0...1`; equal bounds are widened by 10% of their
    /// magnitude (or to `0...1` at zero); `includeZero` stretches the range to contain 0 (bar and count axes).
    public init(min: Double, max: Double, maxTicks: Int = 6, includeZero: Bool = false) {
        precondition(maxTicks >= 2, "NiceScale needs maxTicks ≥ 2")
        var low = Swift.min(min, max)
        var high = Swift.max(min, max)
        if !low.isFinite || !high.isFinite {
            low = 0
            high = 1
        }
        if includeZero {
            low = Swift.min(low, 0)
            high = Swift.max(high, 0)
        }
        if low == high {
            let pad = low == 0 ? 1 : Swift.abs(low) / 10
            low = includeZero && low >= 0 ? low : low - pad
            high = includeZero && high <= 0 ? high : high + pad
            if low == high { high = low + 1 }
        }
        let (mantissa, exponent) = Self.niceStep(covering: (high - low) / Double(maxTicks - 1))
        let unit = NumberFormat.powerOfTen(Swift.abs(exponent))
        // The tick k is k·m·10^e; dividing by an exact 10^|e| keeps small steps like 0.1 as close as possible.
        func value(_ k: Int) -> Double {
            exponent >= 0 ? Double(k * mantissa) * unit : Double(k * mantissa) / unit
        }
        let stepValue = exponent >= 0 ? Double(mantissa) * unit : Double(mantissa) / unit
        // A tolerance keeps 0.3/0.1 = 2.9999999999999996 from adding a tick below the data.
        let first = Int((low / stepValue + 1e-9).rounded(.down))
        let last = Int((high / stepValue - 1e-9).rounded(.up))
        ticks = (first...Swift.max(first + 1, last)).map(value)
        lower = ticks[0]
        upper = ticks[ticks.count - 1]
        step = stepValue
        decimals = Swift.min(15, Swift.max(0, -exponent))
    }

    /// The smallest of 1, 2, 5 × 10^e that is at least `raw`.
    static func niceStep(covering raw: Double) -> (mantissa: Int, exponent: Int) {
        var exponent = 0
        // Find e with 10^e ≤ raw < 10^(e+1), by comparison only (no log10).
        while exponent < 300, scaled(exponent + 1) <= raw { exponent += 1 }
        while exponent > -300, scaled(exponent) > raw { exponent -= 1 }
        let fraction = raw / scaled(exponent)
        if fraction <= 1 { return (1, exponent) }
        if fraction <= 2 { return (2, exponent) }
        if fraction <= 5 { return (5, exponent) }
        return (1, exponent + 1)
    }

    private static func scaled(_ exponent: Int) -> Double {
        exponent >= 0 ? NumberFormat.powerOfTen(exponent) : 1 / NumberFormat.powerOfTen(-exponent)
    }

    /// A tick label: `value` with `decimals` fixed digits.
    public func label(_ value: Double) -> String {
        NumberFormat.fixed(value, decimals: decimals)
    }

    /// Where `value` falls between `start` (at `lower`) and `end` (at `upper`), linearly.
    public func position(of value: Double, from start: Double, to end: Double) -> Double {
        start + (value - lower) / (upper - lower) * (end - start)
    }
}
