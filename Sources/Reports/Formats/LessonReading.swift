/// How a report points to a question's lesson: `palpate read LESSON`, or nothing for a question
/// that links no lesson (an imported deck may leave `lesson` out), so no report prints a command
/// with nothing to read.
enum LessonReading {
    static func command(_ lesson: String) -> String? { lesson.isEmpty ? nil : "palpate read \(lesson)" }

    /// For a table cell, where a blank would look like a missing value.
    static func cell(_ lesson: String) -> String { command(lesson) ?? "no lesson linked" }
}
