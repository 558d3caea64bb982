import Foundation
import Scheduling
import Testing

@testable import Progress

@Suite struct StudentSettingsTests {
    private func message(_ key: String, _ value: String) -> String? {
        var settings = StudentSettings()
        do {
            try settings.set(key: key, value: value)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func defaultsAreTheDocumentedOnes() {
        let settings = StudentSettings()
        #expect(settings.newPerDay == 20)
        #expect(settings.reviewsPerDay == 200)
        #expect(settings.desiredRetention == 0.9)
        #expect(settings.learningSteps == [60, 600])
        #expect(settings.relearningSteps == [600])
        #expect(settings.maximumInterval == 36_500)
        #expect(settings.dayStartsAt == 4)
    }

    @Test func everyKeyIsListedWithADescriptionAndItsDefault() {
        #expect(
            StudentSettings.keys.map(\.name) == [
                "name", "new-per-day", "reviews-per-day", "desired-retention", "learning-steps",
                "relearning-steps", "maximum-interval", "day-starts-at", "parameters", "exam-date",
                "exam-name",
                "exam-target",
            ])
        #expect(StudentSettings.keys.allSatisfy { !$0.summary.isEmpty && !$0.validValues.isEmpty })
        #expect(StudentSettings.key(named: "learning-steps")?.defaultValue == "1m,10m")
        #expect(StudentSettings.key(named: "desired-retention")?.defaultValue == "0.9")
    }

    @Test func valuesAreReadFromWhatStudentsType() throws {
        var settings = StudentSettings()
        try settings.set(key: "new-per-day", value: " 35 ")
        try settings.set(key: "desired-retention", value: "85%")
        try settings.set(key: "learning-steps", value: "30s, 5m, 1h")
        try settings.set(key: "relearning-steps", value: "none")
        try settings.set(key: "name", value: "  Ada Lovelace ")
        #expect(settings.newPerDay == 35)
        #expect(settings.desiredRetention == 0.85)
        #expect(settings.learningSteps == [30, 300, 3_600])
        #expect(settings.relearningSteps == [])
        #expect(settings.name == "Ada Lovelace")
        #expect(settings.value(forKey: "learning-steps") == "30s,5m,1h")
    }

    @Test func parametersAreDefaultOrTwentyOneWeightsWithinBounds() throws {
        var settings = StudentSettings()
        #expect(settings.value(forKey: "parameters") == "default")
        let fitted = FSRSParameters.default.weights.map { $0 * 1.01 }.map { String($0) }.joined(
            separator: ",")
        try settings.set(key: "parameters", value: fitted)
        #expect(settings.parameters != .default)
        #expect(settings.value(forKey: "parameters") == settings.parameters.description)
        try settings.set(key: "parameters", value: "Default")
        #expect(settings.parameters == .default)
        #expect(message("parameters", "1,2,3")?.contains("21 comma-separated numbers") == true)
    }

    @Test func anUnknownKeySuggestsTheNearestOnes() {
        #expect(
            message("new-per-dya", "3")
                == "unknown setting 'new-per-dya'; did you mean 'new-per-day'? The settings are: name, "
                + "new-per-day, reviews-per-day, desired-retention, learning-steps, relearning-steps, "
                + "maximum-interval, day-starts-at, parameters, exam-date, exam-name, exam-target.")
        #expect(message("newPerDay", "3")?.contains("did you mean 'new-per-day'?") == true)
        #expect(message("retention", "0.9")?.contains("did you mean 'desired-retention'?") == true)
        #expect(message("colour", "red")?.hasPrefix("unknown setting 'colour'. The settings are:") == true)
    }

    @Test func aBadValueSaysWhatIsAccepted() {
        #expect(
            message("new-per-day", "lots")
                == "invalid value 'lots' for new-per-day: expected a whole number from 0 to 9999.")
        #expect(message("new-per-day", "10000")?.contains("from 0 to 9999") == true)
        #expect(message("new-per-day", "2.5") != nil)
        #expect(
            message("desired-retention", "1.5")
                == "invalid value '1.5' for desired-retention: expected a number from 0.70 to 0.99, or a "
                + "percentage such as 90%.")
        #expect(message("day-starts-at", "24")?.contains("an hour from 0 to 23") == true)
        #expect(message("maximum-interval", "0")?.contains("from 1 to 36500") == true)
        #expect(message("name", "   ")?.contains("text of 1 to 100 characters") == true)
    }

    @Test func badStepsExplainWhichPieceIsWrong() {
        let text = message("learning-steps", "1m,10")
        #expect(text?.hasPrefix("invalid value '1m,10' for learning-steps: expected durations") == true)
        #expect(text?.contains("'10' has no unit") == true)
    }

    @Test func theExamDateIsADateOrNoneAndTheTargetAProbability() throws {
        var settings = StudentSettings()
        #expect(settings.value(forKey: "exam-date") == "none")
        try settings.set(key: "exam-date", value: "2026-03-24")
        #expect(settings.examDate == CivilDay(year: 2026, month: 3, day: 24))
        #expect(
            message("exam-date", "24/03/2026")
                == "invalid value '24/03/2026' for exam-date: expected a date after today, YYYY-MM-DD, or 'none'."
        )
        try settings.set(key: "exam-date", value: "none")
        #expect(settings.examDate == nil)
        try settings.set(key: "exam-target", value: "95%")
        #expect(settings.examTarget == 0.95)
        #expect(message("exam-target", "0.5") != nil)
    }
}
