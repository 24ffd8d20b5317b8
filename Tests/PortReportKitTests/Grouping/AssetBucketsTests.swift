import Testing

@testable import PortReportKit

@Suite("Indices grouped by asset")
struct AssetBucketsTests {
    @Test("each asset gets its indices in the given order; assets with none get an empty group")
    func grouping() {
        // Index i belongs to asset owner[i]; the indices are given out of order on purpose.
        let owner = [2, 0, 2, 1, 0, 2, 4, 0]
        let indices = [7, 0, 3, 5, 1, 6, 2, 4]
        let buckets = AssetBuckets(indices, assets: 6) { owner[$0] }
        #expect(Array(buckets[0]) == [7, 1, 4])
        #expect(Array(buckets[1]) == [3])
        #expect(Array(buckets[2]) == [0, 5, 2])
        #expect(Array(buckets[3]).isEmpty)
        #expect(Array(buckets[4]) == [6])
        #expect(Array(buckets[5]).isEmpty)
        let none = AssetBuckets([], assets: 3) { _ in 0 }
        #expect((0..<3).allSatisfy { none[$0].isEmpty })
    }
}
