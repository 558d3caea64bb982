import Foundation
import Scheduling

/// The student's choices for scheduling and the daily queue, with Anki-like defaults.
public struct StudentSettings: Sendable, Equatable {
    /// Shown in reports; empty until the student sets it.
    public var name = ""
    public var newPerDay = 20
    public var reviewsPerDay = 200
    /// The recall probability FSRS aims for when a card comes due.
    public var desiredRetention = 0.9
    /// Seconds between the first answers of a new card.
    public var learningSteps: [TimeInterval] = [60, 600]
    /// Seconds between answers after a graduated card is forgotten.
    public var relearningSteps: [TimeInterval] = [600]
    /// Days.
    public var maximumInterval = 36_500
    /// The hour (0–23, local time) a study day begins.
    public var dayStartsAt = 4
    /// The FSRS-6 weights the scheduler uses: the defaults until `palpate optimize --apply` fits
    /// the student's own (or they are set by hand).
    public var parameters = FSRSParameters.default
    /// The exam the student studies for (exam mode), or `nil`; see `ExamGoal`.
    public var examDate: CivilDay?
    /// The exam's name on the dashboard; empty means the blueprint's name, or "the exam".
    public var examName = ""
    /// The probability of recall aimed at on the exam's day.
    public var examTarget = ExamGoal.defaultTarget

    public init() {}
}

/// A setting as `palpate config` lists it.
public struct SettingKey: Sendable, Equatable {
    /// What the student types: `new-per-day`.
    public let name: String
    public let summary: String
    /// The values accepted, in words: `a whole number from 0 to 9999`.
    public let validValues: String
    public let defaultValue: String
}

extension StudentSettings {
    // Ranges and why: retention outside 0.70–0.99 is Anki's refusal too (below, most due cards
    // are already forgotten; above, the workload grows without bound); intervals cap at 100 years.
    static let newPerDayRange = 0...9_999
    static let reviewsPerDayRange = 0...99_999
    static let retentionRange = 0.70...0.99
    static let maximumIntervalRange = 1...36_500
    static let dayStartsAtRange = 0...23
    static let nameLength = 1...100
    static let examTargetRange = 0.70...0.99

    private static let stepsText =
        "durations separated by commas, each a number followed by s, m, h or d "
        + "(e.g. 1m,10m), or 'none'"

    /// Every key, in the order `palpate config` lists them.
    public static let keys: [SettingKey] = {
        let defaults = StudentSettings()
        func key(_ name: String, _ summary: String, _ valid: String) -> SettingKey {
            SettingKey(
                name: name, summary: summary, validValues: valid,
                defaultValue: defaults.value(forKey: name) ?? "")
        }
        return [
            key(
                "name", "Your name, shown on reports.",
                "text of \(nameLength.lowerBound) to \(nameLength.upperBound) characters on one line"),
            key("new-per-day", "New cards introduced per study day.", wholeNumber(newPerDayRange)),
            key(
                "reviews-per-day",
                "Most reviews of graduated cards per study day (learning steps are not counted).",
                wholeNumber(reviewsPerDayRange)),
            key(
                "desired-retention",
                "The chance of remembering a card when it comes due; higher means more frequent reviews.",
                "a number from 0.70 to 0.99, or a percentage such as 90%"),
            key("learning-steps", "Waits between the first answers of a new card.", stepsText),
            key("relearning-steps", "Waits between answers after forgetting a learned card.", stepsText),
            key(
                "maximum-interval", "The longest wait between two reviews, in days.",
                wholeNumber(maximumIntervalRange)),
            key(
                "day-starts-at", "The hour a study day begins; reviews before it count for the day before.",
                "an hour from 0 to 23"),
            key(
                "parameters",
                "The 21 FSRS-6 weights the scheduler uses; 'palpate optimize --apply' fits your own.",
                "'default', or 21 comma-separated numbers within FSRS-6's bounds"),
            key(
                "exam-date",
                "The day of your exam: new cards and reviews are planned to have you ready by then.",
                "a date after today, YYYY-MM-DD, or 'none'"),
            key(
                "exam-name", "The exam's name on the dashboard (the blueprint's when empty).",
                "text of \(nameLength.lowerBound) to \(nameLength.upperBound) characters on one line"),
            key(
                "exam-target",
                "The chance of remembering each card on the exam's day that exam mode aims for.",
                "a number from 0.70 to 0.99, or a percentage such as 90%"),
        ]
    }()

    public static func key(named name: String) -> SettingKey? { keys.first { $0.name == name } }

    /// The value of `key` as `set` accepts it back (steps as `1m,10m`); `nil` for an unknown key.
    public func value(forKey key: String) -> String? {
        switch key {
        case "name": name
        case "new-per-day": String(newPerDay)
        case "reviews-per-day": String(reviewsPerDay)
        case "desired-retention": String(desiredRetention)
        case "learning-steps": StepList.format(learningSteps)
        case "relearning-steps": StepList.format(relearningSteps)
        case "maximum-interval": String(maximumInterval)
        case "day-starts-at": String(dayStartsAt)
        case "parameters": parameters == .default ? "default" : parameters.description
        case "exam-date": examDate?.description ?? "none"
        case "exam-name": examName
        case "exam-target": String(examTarget)
        default: nil
        }
    }

    /// Sets `key` from the text a student typed, after checking it.
    ///
    /// - Throws: `SettingsError.unknownKey` with the nearest keys, or `.invalidValue` saying
    ///   what is accepted.
    public mutating func set(key: String, value: String) throws(SettingsError) {
        guard let setting = Self.key(named: key) else {
            throw .unknownKey(key, suggestions: Self.suggestions(for: key))
        }
        let text = value.trimmingCharacters(in: .whitespaces)
        let invalid = SettingsError.invalidValue(key: key, value: value, expected: setting.validValues)
        switch key {
        case "name":
            guard Self.nameLength.contains(text.count), !text.contains(where: \.isNewline) else {
                throw invalid
            }
            name = text
        case "new-per-day": newPerDay = try Self.wholeNumber(text, in: Self.newPerDayRange, or: invalid)
        case "reviews-per-day":
            reviewsPerDay = try Self.wholeNumber(text, in: Self.reviewsPerDayRange, or: invalid)
        case "maximum-interval":
            maximumInterval = try Self.wholeNumber(text, in: Self.maximumIntervalRange, or: invalid)
        case "day-starts-at": dayStartsAt = try Self.wholeNumber(text, in: Self.dayStartsAtRange, or: invalid)
        case "desired-retention":
            let number = text.hasSuffix("%") ? Double(text.dropLast()).map { $0 / 100 } : Double(text)
            guard let number, Self.retentionRange.contains(number) else { throw invalid }
            desiredRetention = number
        case "exam-target":
            let number = text.hasSuffix("%") ? Double(text.dropLast()).map { $0 / 100 } : Double(text)
            guard let number, Self.examTargetRange.contains(number) else { throw invalid }
            examTarget = number
        case "exam-name":
            guard text.isEmpty || Self.nameLength.contains(text.count), !text.contains(where: \.isNewline)
            else {
                throw invalid
            }
            examName = text
        case "exam-date":
            if text.lowercased() == "none" {
                examDate = nil
            } else {
                guard let day = CivilDay(text) else {
                    guard let reason = CivilDay.whyNoDay(text) else { throw invalid }
                    throw SettingsError.invalidValue(
                        key: key, value: value, expected: "\(setting.validValues) (\(reason))")
                }
                examDate = day
            }
        case "learning-steps": learningSteps = try Self.steps(text, key: key, value: value)
        case "relearning-steps": relearningSteps = try Self.steps(text, key: key, value: value)
        case "parameters":
            if text.lowercased() == "default" {
                parameters = .default
            } else {
                do {
                    parameters = try FSRSParameters(parsing: text)
                } catch {
                    throw .invalidValue(key: key, value: value, expected: "\(setting.validValues) (\(error))")
                }
            }
        default: throw invalid
        }
    }

    private static func wholeNumber(_ range: ClosedRange<Int>) -> String {
        "a whole number from \(range.lowerBound) to \(range.upperBound)"
    }

    private static func wholeNumber(
        _ text: String, in range: ClosedRange<Int>, or error: SettingsError
    ) throws(SettingsError) -> Int {
        guard let number = Int(text), range.contains(number) else { throw error }
        return number
    }

    private static func steps(_ text: String, key: String, value: String) throws(SettingsError)
        -> [TimeInterval]
    {
        do {
            return try StepList.parse(text)
        } catch {
            throw .invalidValue(key: key, value: value, expected: "\(stepsText) (\(error.reason))")
        }
    }
}
