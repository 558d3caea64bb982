import Decks
import Foundation

extension StudentReport {
    /// A misconception a student's wrong answers point to: how often they picked a distractor
    /// that stands for it (`Choice.misconception`).
    public struct MisconceptionCount: Sendable, Equatable {
        public var deck: String
        /// The misconception's id in its deck.
        public var id: String
        /// The belief, in the deck author's words.
        public var text: String
        /// Wrong answers that picked a distractor standing for it.
        public var count: Int
        /// The cards of those answers, in catalog order.
        public var cards: [String]

        public init(deck: String, id: String, text: String, count: Int, cards: [String]) {
            self.deck = deck
            self.id = id
            self.text = text
            self.count = count
            self.cards = cards
        }
    }
}

/// Finds the misconceptions behind wrong answers: an answer in the author's terms is a choice's
/// text (reviews record the text of the choice picked; exam answers are traced back through the
/// exam's seed), so the choice, and the misconception it stands for, is found by its text.
enum MisconceptionMatcher {
    /// The misconception ids `answer` names: one per picked choice that carries one (a
    /// choose-all answer lists its choices' texts joined by " + ", as `AnswerText` writes it).
    static func misconceptions(of answer: String, question: Question) -> [String] {
        guard case .multipleChoice(let choices, _, let multiple) = question.kind,
            choices.contains(where: { $0.misconception != nil })
        else { return [] }
        if let choice = choices.first(where: { $0.text == answer }) {
            return choice.misconception.map { [$0] } ?? []
        }
        guard multiple else { return [] }
        let parts = answer.components(separatedBy: " + ")
        return choices.compactMap { choice in parts.contains(choice.text) ? choice.misconception : nil }
    }
}
