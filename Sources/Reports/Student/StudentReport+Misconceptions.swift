import Decks
import Foundation

extension StudentReport {
    /// A misconception a student's wrong answers point to: how often they picked a distractor
    /// that stands for it (`Choice.misconception`).
    ///
    /// One belief is one entry: decks that declare the same misconception id share it (the course
    /// names "more pressure is better" in five decks), so the picks of every deck are counted
    /// together and `decks` says where it came up. Should two decks word the same id differently,
    /// the id still makes it one belief and `text` is the first deck's wording.
    public struct MisconceptionCount: Sendable, Equatable {
        /// The decks whose questions it came up in, in catalog order (never empty); `text` is the
        /// first one's wording.
        public var decks: [String]
        /// The misconception's id, shared by every deck that declares it.
        public var id: String
        /// The belief, in the deck author's words.
        public var text: String
        /// Wrong answers that picked a distractor standing for it.
        public var count: Int
        /// The cards of those answers, in catalog order.
        public var cards: [String]

        public init(decks: [String], id: String, text: String, count: Int, cards: [String]) {
            self.decks = decks
            self.id = id
            self.text = text
            self.count = count
            self.cards = cards
        }

        /// The deck whose wording `text` is: the first one it came up in.
        public var deck: String { decks.first ?? "" }

        /// Counts of the same id folded into one, in the order each id first appears: reports
        /// written before misconceptions were counted per belief hold one entry per deck.
        static func mergingByID(_ counts: [MisconceptionCount]) -> [MisconceptionCount] {
            var merged: [MisconceptionCount] = []
            var positions: [String: Int] = [:]
            for count in counts {
                guard let position = positions[count.id] else {
                    positions[count.id] = merged.count
                    merged.append(count)
                    continue
                }
                merged[position].count += count.count
                merged[position].decks += count.decks.filter { !merged[position].decks.contains($0) }
                merged[position].cards += count.cards.filter { !merged[position].cards.contains($0) }
            }
            return merged
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
