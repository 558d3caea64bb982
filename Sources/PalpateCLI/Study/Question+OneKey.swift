import Decks

extension Question {
    /// Whether the answer is one key on a terminal: a single-answer choice (its letters clear of
    /// the command keys), true/false, and a flashcard's front; the rest are typed lines.
    var answersWithOneKey: Bool {
        switch kind {
        case .multipleChoice(let choices, _, let multiple): !multiple && choices.count <= 11
        case .trueFalse, .flashcard: true
        case .matching, .ordering, .shortAnswer, .cloze, .region: false
        }
    }
}
