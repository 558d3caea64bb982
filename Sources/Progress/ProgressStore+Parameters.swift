import Foundation
import Scheduling

/// Where the scheduler's parameters came from, and what the last `palpate optimize --apply`
/// replaced, so `--revert` can go back.
public struct ParameterOrigin: Sendable, Equatable {
    /// When the parameters in use were fitted; nil for the defaults or weights set by hand.
    public var fittedAt: Date?
    /// The parameters in use before the last apply; nil when there is nothing to go back to.
    public var previous: FSRSParameters?
    /// When `previous` had been fitted, if it had.
    public var previousFittedAt: Date?

    public init(fittedAt: Date? = nil, previous: FSRSParameters? = nil, previousFittedAt: Date? = nil) {
        self.fittedAt = fittedAt
        self.previous = previous
        self.previousFittedAt = previousFittedAt
    }
}

extension ProgressStore {
    /// Rows of the `settings` table beside the student's settings (which ignore unknown keys):
    /// `fitted` holds `<epoch seconds>|<parameters>`, valid only while those parameters are in use
    /// (a later `palpate config parameters …` makes them hand-set); `previous` holds the
    /// parameters an apply replaced and `previous-fitted` when they had been fitted.
    static let fittedKey = "optimize:fitted"
    static let previousKey = "optimize:previous"
    static let previousFittedKey = "optimize:previous-fitted"

    /// The origin of `current` (the parameters in the student's settings).
    public func parameterOrigin(current: FSRSParameters) throws(StoreError) -> ParameterOrigin {
        let rows = try perform {
            try database.query(
                "SELECT key, value FROM settings WHERE key IN (?, ?, ?)",
                [SQLValue(Self.fittedKey), SQLValue(Self.previousKey), SQLValue(Self.previousFittedKey)]
            ) { ($0.text(0), $0.text(1)) }
        }
        let values = Dictionary(rows, uniquingKeysWith: { first, _ in first })
        var origin = ParameterOrigin()
        if let fitted = values[Self.fittedKey], let bar = fitted.firstIndex(of: "|"),
            let seconds = Double(fitted[..<bar]),
            String(fitted[fitted.index(after: bar)...]) == Self.text(current)
        {
            origin.fittedAt = Date(timeIntervalSince1970: seconds)
        }
        if let previous = values[Self.previousKey] {
            origin.previous = previous == "default" ? .default : try? FSRSParameters(parsing: previous)
        }
        origin.previousFittedAt = values[Self.previousFittedKey].flatMap(Double.init).map {
            Date(timeIntervalSince1970: $0)
        }
        return origin
    }

    /// Puts `parameters` in use with `origin`, and every card in `schedules` on its recomputed
    /// schedule (its marks, reps and lapses kept), all in one transaction.
    public func applyParameters(
        _ parameters: FSRSParameters, origin: ParameterOrigin, schedules: [String: CardSchedule]
    ) throws(StoreError) {
        try write {
            let upsert = """
                INSERT INTO settings (key, value) VALUES (?, ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """
            try database.execute(upsert, [SQLValue("parameters"), SQLValue(Self.text(parameters))])
            func put(_ key: String, _ value: String?) throws {
                if let value {
                    try database.execute(upsert, [SQLValue(key), SQLValue(value)])
                } else {
                    try database.execute("DELETE FROM settings WHERE key = ?", [SQLValue(key)])
                }
            }
            try put(
                Self.fittedKey,
                origin.fittedAt.map { "\(Int64($0.timeIntervalSince1970))|\(Self.text(parameters))" })
            try put(Self.previousKey, origin.previous.map(Self.text))
            try put(
                Self.previousFittedKey,
                origin.previousFittedAt.map { String(Int64($0.timeIntervalSince1970)) })
            let update = try database.prepare(
                """
                UPDATE cards SET phase = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ?
                WHERE card_id = ?
                """)
            for (cardID, schedule) in schedules.sorted(by: { $0.key < $1.key }) {
                try update.bind([
                    SQLValue(schedule.phase.name), SQLValue(schedule.step), SQLValue(schedule.stability),
                    SQLValue(schedule.difficulty), SQLValue(schedule.due), SQLValue(schedule.lastReview),
                    SQLValue(cardID),
                ])
                _ = try update.step()
            }
        }
    }

    private static func text(_ parameters: FSRSParameters) -> String {
        parameters == .default ? "default" : parameters.description
    }
}
