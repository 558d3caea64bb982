import Foundation
import Scheduling
import Testing

@testable import Progress

/// A fresh directory under the system's temporary folder, removed (permissions restored) when dropped.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("palpate-progress-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    var databaseURL: URL { url.appendingPathComponent(ProgressStore.databaseFileName) }

    deinit {
        if let paths = FileManager.default.enumerator(atPath: url.path) {
            for case let path as String in paths {
                chmod(url.appendingPathComponent(path).path, 0o755)
            }
        }
        chmod(url.path, 0o755)
        try? FileManager.default.removeItem(at: url)
    }
}

/// 2024-05-01 08:00 UTC (10:00 in Berlin): a fixed "now" so no test depends on the clock.
let may1 = Date(timeIntervalSince1970: 1_714_550_400)
let utc = TimeZone(secondsFromGMT: 0)!
let berlin = TimeZone(identifier: "Europe/Berlin")!

func minutes(_ count: Double) -> TimeInterval { count * 60 }
func hours(_ count: Double) -> TimeInterval { count * 3_600 }
func days(_ count: Double) -> TimeInterval { count * 86_400 }

/// The `StoreError` `body` throws, or `nil` when it succeeds (any other error is an issue).
func storeError(_ body: () throws -> Void) -> StoreError? {
    do {
        try body()
        return nil
    } catch let error as StoreError {
        return error
    } catch {
        Issue.record("expected a StoreError, got \(error)")
        return nil
    }
}

/// Opens a store in `directory` with the test defaults.
func openStore(
    _ directory: TemporaryDirectory, now: Date = may1, holder: SessionHolder? = nil, busyTimeout: Int = 2_000
) throws(StoreError) -> ProgressStore {
    try ProgressStore.open(
        directory: directory.url, now: now, timeZone: utc, sessionHolder: holder,
        busyTimeoutMilliseconds: busyTimeout)
}

func holder(pid: Int32, at date: Date = may1) -> SessionHolder {
    SessionHolder(pid: pid, host: "laptop", startedAt: date, timeZone: berlin)
}

/// A graduated schedule due `interval` after `at`.
func reviewSchedule(at: Date, interval: TimeInterval, stability: Double = 3, difficulty: Double = 5)
    -> CardSchedule
{
    CardSchedule(
        phase: .review, step: nil, stability: stability, difficulty: difficulty, due: at + interval,
        lastReview: at)
}

/// A learning schedule at `step`, due `wait` after `at`.
func learningSchedule(at: Date, step: Int, wait: TimeInterval) -> CardSchedule {
    CardSchedule(
        phase: .learning, step: step, stability: 1.2, difficulty: 6.1, due: at + wait, lastReview: at)
}

func fileBytes(_ url: URL) -> Data? { FileManager.default.contents(atPath: url.path) }

/// The store's files (database, WAL and shared memory) copied as they are on disk right now, as if
/// the process had died at this moment without closing or checkpointing.
func copyAsIfKilled(_ temporary: TemporaryDirectory) throws -> TemporaryDirectory {
    let crashed = try TemporaryDirectory()
    for suffix in ["", "-wal", "-shm"]
    where FileManager.default.fileExists(atPath: temporary.databaseURL.path + suffix) {
        try FileManager.default.copyItem(
            atPath: temporary.databaseURL.path + suffix, toPath: crashed.databaseURL.path + suffix)
    }
    return crashed
}

/// `count` reviews of `cards` cards at seeded random instants in `start..<start + span`, oldest
/// first; one in four falls exactly on a quarter hour, where summary buckets begin and end.
func scatteredReviews(
    count: Int, cards: Int, from start: Date, over span: TimeInterval, seed: UInt64,
    sessionID: SessionID? = nil
) -> [NewReview] {
    var random = SplitMix64(seed: seed)
    let times = (0..<count).map { _ in
        let offset = (random.nextDouble() * span * 1_000_000).rounded() / 1_000_000
        let quarter = Int.random(in: 0..<4, using: &random) == 0
        return start + (quarter ? (offset / 900).rounded(.down) * 900 : offset)
    }.sorted()
    return times.map { time in
        NewReview(
            cardID: "card-\(Int.random(in: 0..<cards, using: &random))", sessionID: sessionID,
            reviewedAt: time, rating: .good, schedule: learningSchedule(at: time, step: 1, wait: 600))
    }
}

/// `reviewCountsPerDay` the slow way: every review in `range` read from the log and counted on
/// its own study day.
func perDayCountsFromLog(
    _ store: ProgressStore, in range: Range<Date>, timeZone: TimeZone, dayStartsAt: Int
) throws -> [DayCount] {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let cursor = try store.reviews(in: range)
    var counts: [DayCount] = []
    while let review = try cursor.next() {
        let day = ProgressStore.studyDay(of: review.reviewedAt, calendar: calendar, dayStartsAt: dayStartsAt)
        let isNew = review.before?.schedule.lastReview == nil
        let previous =
            counts.last?.day == day ? counts.removeLast() : DayCount(day: day, reviews: 0, newCards: 0)
        counts.append(
            DayCount(day: day, reviews: previous.reviews + 1, newCards: previous.newCards + (isNew ? 1 : 0)))
    }
    return counts
}

/// One quarter hour's counts, from the summary table or from the log.
struct BucketRow: Equatable {
    let bucket: Int64
    let reviews: Int
    let newCards: Int
}

/// The summary the triggers keep.
func bucketSummary(_ database: Database) throws -> [BucketRow] {
    try database.query("SELECT bucket, reviews, new_cards FROM review_buckets ORDER BY bucket") {
        BucketRow(bucket: $0.int64(0), reviews: $0.int(1), newCards: $0.int(2))
    }
}

/// The same counts grouped from the whole log: what the summary must always equal.
func bucketsCountedFromLog(_ database: Database) throws -> [BucketRow] {
    try database.query(
        """
        SELECT reviewed_at / \(ProgressStore.bucketMicroseconds), count(*), sum(before_last_review IS NULL)
        FROM reviews GROUP BY 1 ORDER BY 1
        """
    ) { BucketRow(bucket: $0.int64(0), reviews: $0.int(1), newCards: $0.int(2)) }
}
