import Decks
import TextFormats

/// A single-answer multiple-choice question keeps one key.
///
/// Moodle accepts any of several fully correct answers to a one-answer question (GIFT
/// `{=A =B ~C}`, or XML `single` with two answers at 100%); a Palpate deck has one key, and the
/// writer kept the first: the others stayed in as choices and were marked wrong when a student
/// picked them. They are left out instead, and the import says so.
enum SingleAnswerKey {
    /// `choices` with every fully correct choice after the first left out, the key's position
    /// among what is left, and a change for each one left out.
    static func keepFirst(choices: [Choice], correct: [Int]) -> (
        choices: [Choice], key: Int, changes: [String]
    ) {
        guard let first = correct.first else { return (choices, 0, []) }
        let others = Set(correct.dropFirst())
        let kept = choices.indices.filter { !others.contains($0) }.map { choices[$0] }
        let key = first - others.count { $0 < first }
        let changes = correct.dropFirst().map { index in
            "\(QuotedInput.quote(choices[index].text)) was also fully correct; left out, as a one-answer "
                + "question has one key here (write it choose-all-that-apply to keep both)"
        }
        return (kept, key, changes)
    }
}
