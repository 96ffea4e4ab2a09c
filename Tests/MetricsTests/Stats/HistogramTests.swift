import Testing

@testable import Metrics

struct HistogramTests {
    @Test func valuesFallInHalfOpenBinsWithTheLastClosed() {
        let histogram = Histogram(edges: [0, 1, 2, 4], values: [0, 0.5, 1, 1.999, 2, 4, -0.1, 4.1, .nan])
        #expect(histogram.counts == [2, 2, 2])
        #expect(histogram.underflow == 1)
        #expect(histogram.overflow == 1)
        #expect(histogram.missing == 1)
        #expect(histogram.total == 9)
        #expect(histogram.inRange == 6)
    }

    @Test func uniformEdgesAreComputedWithoutAccumulation() {
        let histogram = Histogram(lower: 0, upper: 1, binCount: 10)
        #expect(histogram.edges.count == 11)
        #expect(histogram.edges[3] == 0.3)
        #expect(histogram.edges[10] == 1)
    }

    @Test func histogramsWithTheSameEdgesMerge() {
        var a = Histogram(edges: [0, 10, 20], values: [1, 15, 25])
        a.merge(Histogram(edges: [0, 10, 20], values: [5, -1]))
        #expect(a.counts == [2, 1])
        #expect(a.underflow == 1 && a.overflow == 1)
    }

    @Test func binIndexIsNilOutsideTheEdges() {
        let histogram = Histogram(edges: [1, 2, 3])
        #expect(histogram.binIndex(of: 0.5) == nil)
        #expect(histogram.binIndex(of: 2) == 1)
        #expect(histogram.binIndex(of: 3) == 1)
        #expect(histogram.binIndex(of: .nan) == nil)
    }
}
