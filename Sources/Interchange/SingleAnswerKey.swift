import Decks
import TextFormats

/// A single-answer multiple-choice question keeps one key.
///
/// Moodle accepts any of several fully correct answers to a one-answer question (GIFT
/// `{=A =B ~C}`, or XML `single` with two answers at 100%); a Palpate deck has one key, and the
/// writer kept the first: the others stayed in as choices and were marked wrong when a student
/// picked them. They are left out instead, and the import says so.
enum SingleAnswerKey {
    /// Leaves out every fully correct choice after the first, which becomes the only key, and
    /// notes each one left out in `changes`. Returns why the question cannot be kept when no wrong
    /// choice would be left; nil otherwise (also when there was one key already).
    static func keepFirst(_ choices: inout [Choice], correct: inout [Int], changes: inout [String]) -> Skip? {
        guard let first = correct.first, correct.count > 1 else { return nil }
        let others = Set(correct.dropFirst())
        let kept = choices.indices.filter { !others.contains($0) }.map { choices[$0] }
        guard kept.count >= 2 else {
            return Skip("every choice is fully correct, so there is nothing to get wrong")
        }
        changes += correct.dropFirst().map { index in
            "\(QuotedInput.quote(choices[index].text)) was also fully correct; left out, as a one-answer "
                + "question has one key here (write it choose-all-that-apply to keep both)"
        }
        correct = [first - others.count { $0 < first }]
        choices = kept
        return nil
    }
}
