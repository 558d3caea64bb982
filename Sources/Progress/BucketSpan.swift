/// A range of instants split the way `reviewCountsPerDay` reads it: the whole quarter-hour buckets
/// inside it come from `review_buckets`, and the partial ends around them from `reviews`.
///
/// Buckets are `reviewed_at / width` as SQLite divides, truncating toward zero, so bucket 0 spans
/// both sides of 1970 and is never whole: summary buckets start at 1, and anything earlier is
/// counted from the log (no real review is that old, and the answer stays exact if one is).
struct BucketSpan: Equatable {
    /// Bucket numbers wholly inside the range; empty when the range holds no whole bucket.
    let wholeBuckets: Range<Int64>
    /// Microseconds before the whole buckets (the whole range when there are none).
    let head: Range<Int64>
    /// Microseconds after the whole buckets.
    let tail: Range<Int64>

    /// Splits `start..<end` (microseconds since 1970; empty when `end <= start`).
    init(from start: Int64, to end: Int64, width: Int64 = ProgressStore.bucketMicroseconds) {
        let first = max(1, start / width + (start % width > 0 ? 1 : 0))
        let last = end / width
        guard start < end, first < last else {
            let upper = max(start, end)
            self.init(wholeBuckets: 0..<0, head: start..<upper, tail: upper..<upper)
            return
        }
        self.init(wholeBuckets: first..<last, head: start..<first * width, tail: last * width..<end)
    }

    private init(wholeBuckets: Range<Int64>, head: Range<Int64>, tail: Range<Int64>) {
        self.wholeBuckets = wholeBuckets
        self.head = head
        self.tail = tail
    }
}
