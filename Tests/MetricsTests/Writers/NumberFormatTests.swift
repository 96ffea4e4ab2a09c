import Testing

@testable import Metrics

struct NumberFormatTests {
    @Test(arguments: [
        (0.1, "0.1"), (1e-7, "1e-7"), (1e21, "1e21"), (-0.0, "0"), (0.0, "0"), (3.0, "3"), (-3.0, "-3"),
        (2.5, "2.5"), (1e15, "1000000000000000"), (1e16, "1e16"), (123456789012345678.0, "1.2345678901234568e17"),
        (-2.5e-10, "-2.5e-10"), (0.0001, "0.0001"), (1e-5, "1e-5"), (1.7976931348623157e308, "1.7976931348623157e308"),
        (0.1 + 0.2, "0.30000000000000004"),
    ])
    func canonicalIsShortestRoundTripNormalized(value: Double, expected: String) {
        #expect(NumberFormat.canonical(value) == expected)
        #expect(NumberFormat.json(value) == expected)
        #expect(Double(expected) == value)
    }

    @Test func nonFiniteValuesHaveCSVAndJSONSpellings() {
        #expect(NumberFormat.canonical(.nan) == "")
        #expect(NumberFormat.canonical(.infinity) == "Inf")
        #expect(NumberFormat.canonical(-.infinity) == "-Inf")
        #expect(NumberFormat.json(.nan) == "null")
        #expect(NumberFormat.json(.infinity) == "null")
        #expect(NumberFormat.json(-.infinity) == "null")
    }

    @Test(arguments: [
        (1.0, 2, "1.00"), (-0.001, 2, "0.00"), (2.345, 0, "2"), (-1.5, 0, "-2"), (0.05, 1, "0.1"),
        (-12.3456, 3, "-12.346"), (0.007, 3, "0.007"), (720.0, 2, "720.00"),
    ])
    func fixedHasExactlyTheGivenDecimals(value: Double, decimals: Int, expected: String) {
        #expect(NumberFormat.fixed(value, decimals: decimals) == expected)
    }

    @Test func fixedFallsBackForHugeAndNonFiniteValues() {
        #expect(NumberFormat.fixed(1e300, decimals: 2) == "1e300")
        #expect(NumberFormat.fixed(.nan, decimals: 2) == "NaN")
        #expect(NumberFormat.fixed(-.infinity, decimals: 2) == "-Inf")
    }
}
