import Testing

@testable import Progress

@Suite struct BucketSpanTests {
    private let width: Int64 = 900

    @Test func aRangeOnQuarterHoursIsAllWholeBuckets() {
        let span = BucketSpan(from: 2 * width, to: 5 * width, width: width)
        #expect(span.wholeBuckets == 2..<5)
        #expect(span.head.isEmpty && span.tail.isEmpty)
    }

    @Test func partialBucketsAtEitherEndAreReadFromTheLog() {
        let span = BucketSpan(from: 2 * width + 1, to: 5 * width - 1, width: width)
        #expect(span.wholeBuckets == 3..<4)
        #expect(span.head == 2 * width + 1..<3 * width)
        #expect(span.tail == 4 * width..<5 * width - 1)
    }

    @Test func aRangeInsideOneBucketIsReadFromTheLogWhole() {
        let span = BucketSpan(from: 2 * width + 1, to: 3 * width - 1, width: width)
        #expect(span.wholeBuckets.isEmpty)
        #expect(span.head == 2 * width + 1..<3 * width - 1)
        #expect(span.tail.isEmpty)
    }

    @Test func timesBefore1970AreReadFromTheLog() {
        // SQLite's division truncates toward zero: bucket 0 holds (-width, width), never whole.
        let span = BucketSpan(from: -10 * width, to: 3 * width, width: width)
        #expect(span.wholeBuckets == 1..<3)
        #expect(span.head == -10 * width..<width)
        #expect(BucketSpan(from: -10 * width, to: -2 * width, width: width).wholeBuckets.isEmpty)
    }

    @Test func anEmptyRangeReadsNothing() {
        let span = BucketSpan(from: 7 * width, to: 7 * width, width: width)
        #expect(span.wholeBuckets.isEmpty && span.head.isEmpty && span.tail.isEmpty)
    }
}
