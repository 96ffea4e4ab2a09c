import Testing

@testable import Metrics

struct SampleSummaryTests {
    /// R: x <- c(2,4,4,4,5,5,7,9); mean 5, sd 2.138089935299395, quantile(x, c(.5, .95)) 4.5 8.3,
    /// t.test(x)$conf.int 3.21251208176379 6.787487918236209.
    @Test func summaryOfKnownSampleMatchesR() {
        let summary = SampleSummary([2, 4, 4, 4, 5, 5, 7, 9])
        #expect(summary.count == 8)
        #expect(summary.missing == 0)
        #expect(summary.mean == 5)
        #expect(Swift.abs(summary.sd - 2.138089935299395) < 1e-12)
        #expect(summary.min == 2)
        #expect(summary.max == 9)
        #expect(summary.p50 == 4.5)
        #expect(Swift.abs(summary.p95 - 8.3) < 1e-12)
        #expect(Swift.abs(summary.ciLow - 3.21251208176379) < 1e-10)
        #expect(Swift.abs(summary.ciHigh - 6.787487918236209) < 1e-10)
        #expect(Swift.abs(summary.ciHalfWidth - 1.78748791823621) < 1e-10)
    }

    @Test func summaryOfNoValuesIsAllNaN() {
        let summary = SampleSummary([])
        #expect(summary.count == 0)
        let values = [
            summary.mean, summary.sd, summary.min, summary.max, summary.p50, summary.p95, summary.ciLow, summary.ciHigh,
        ]
        for value in values {
            #expect(value.isNaN)
        }
    }

    @Test func summaryOfOneValueHasNoSpreadOrInterval() {
        let summary = SampleSummary([3.25])
        #expect(summary.count == 1)
        #expect(summary.mean == 3.25)
        #expect(summary.min == 3.25 && summary.max == 3.25 && summary.p50 == 3.25 && summary.p95 == 3.25)
        #expect(summary.sd.isNaN)
        #expect(summary.ciLow.isNaN)
        #expect(summary.ciHigh.isNaN)
    }

    @Test func summarySkipsNaNAndCountsItAsMissing() {
        let summary = SampleSummary([1, .nan, 3])
        #expect(summary.count == 2)
        #expect(summary.missing == 1)
        #expect(summary.mean == 2)
    }

    @Test func summaryMeanIsCompensated() {
        // A naive left-to-right sum loses the small values next to 1e16.
        let summary = SampleSummary([1e16, 1, 1, -1e16])
        #expect(summary.mean == 0.5)
    }

    @Test func summaryWritesUndefinedStatisticsAsEmptyCSVAndNullJSON() {
        let summary = SampleSummary([7])
        let csv = CSVWriter.line(summary.csvFields)
        #expect(csv == "1,0,7,,7,7,7,7,,\n")
        let json =
            #"{"count":1,"missing":0,"mean":7,"sd":null,"min":7,"max":7,"p50":7,"p95":7,"#
            + #""ci_low":null,"ci_high":null}"#
        #expect(summary.jsonNode.render(style: .compact) == json)
        #expect(SampleSummary.csvHeader.count == summary.csvFields.count)
    }
}
