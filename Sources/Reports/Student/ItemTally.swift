import Decks
import Insights
import Progress

/// Each question's graded answers, gathered from reviews and exams.
///
/// Reviews are counted by card alone, as they stream in; the question is consulted once per card
/// in `report(catalog:)`, where self-graded cards are left out and wrong answers are put in the
/// author's terms. Exam answers are canonicalised as they come: each exam showed the question in
/// its own shuffled order.
struct ItemTally {
    private struct Counts {
        var attempts = 0
        var correct = 0
        /// Wrong exam answers, already canonical.
        var wrong: [String: Int] = [:]
        /// Wrong review answers as typed, canonicalised in `report(catalog:)`.
        var wrongInReviews: [String: Int] = [:]
    }

    private var counts: [String: Counts] = [:]

    /// Counts a review that was graded right or wrong; self-graded ones (no `correct`) have no
    /// right answer to analyse.
    mutating func addReview(_ review: ReviewLogEntry) {
        guard let correct = review.correct else { return }
        // One lookup: the counts are changed in place in the dictionary.
        Self.add(to: &counts[review.cardID, default: Counts()], correct: correct)
        if !correct, let answer = review.answer {
            counts[review.cardID, default: Counts()].wrongInReviews[answer, default: 0] += 1
        }
    }

    /// Counts an exam answer; `shown` is how the exam showed the question, when it could be redrawn.
    mutating func addExamAnswer(
        _ answer: ExamAnswer, catalog: CardCatalog, shown: (question: Question, presentation: Presentation)?
    ) {
        guard let entry = catalog[answer.questionID], !entry.question.type.isSelfGraded else { return }
        var wrongAnswer: String?
        if !answer.correct, let line = answer.answer {
            if let shown {
                wrongAnswer = AnswerText.canonical(
                    line, question: shown.question, presentation: shown.presentation)
            } else if AnswerText.isOrderIndependent(entry.question.type) {
                wrongAnswer = AnswerText.canonical(
                    line, question: entry.question, presentation: .identity(count: 0))
            }
        }
        Self.add(to: &counts[answer.questionID, default: Counts()], correct: answer.correct)
        if let wrongAnswer, !wrongAnswer.isEmpty {
            counts[answer.questionID, default: Counts()].wrong[wrongAnswer, default: 0] += 1
        }
    }

    private static func add(to counts: inout Counts, correct: Bool) {
        counts.attempts += 1
        if correct { counts.correct += 1 }
    }

    /// The misconceptions behind the wrong answers, most often picked first: every wrong answer
    /// counts here, not only the few each item keeps. One entry per misconception id, however
    /// many decks declare it (see `StudentReport.MisconceptionCount`).
    func misconceptions(catalog: CardCatalog) -> [StudentReport.MisconceptionCount] {
        var found: [String: StudentReport.MisconceptionCount] = [:]
        var order: [String] = []
        for id in catalog.order {
            guard let tally = counts[id], !(tally.wrong.isEmpty && tally.wrongInReviews.isEmpty),
                let entry = catalog[id], !entry.deck.misconceptions.isEmpty
            else { continue }
            for (answer, count) in tally.wrong.merging(tally.wrongInReviews, uniquingKeysWith: +) {
                for misconceptionID in MisconceptionMatcher.misconceptions(
                    of: answer, question: entry.question)
                {
                    guard let misconception = entry.deck.misconception(id: misconceptionID) else { continue }
                    if found[misconceptionID] == nil { order.append(misconceptionID) }
                    // Taken out while it grows, so its arrays are not copied.
                    var tallied =
                        found.removeValue(forKey: misconceptionID)
                        ?? StudentReport.MisconceptionCount(
                            decks: [], id: misconceptionID, text: misconception.text, count: 0, cards: [])
                    tallied.count += count
                    if !tallied.decks.contains(entry.deck.id) { tallied.decks.append(entry.deck.id) }
                    if !tallied.cards.contains(id) { tallied.cards.append(id) }
                    found[misconceptionID] = tallied
                }
            }
        }
        return order.compactMap { found[$0] }.enumerated()
            .sorted { ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset) }.map(\.element)
    }

    /// The items in catalog order.
    func report(catalog: CardCatalog) -> [StudentReport.Item] {
        catalog.order.compactMap { id in
            guard let tally = counts[id], let entry = catalog[id], !entry.question.type.isSelfGraded else {
                return nil
            }
            var wrongAnswers = tally.wrong
            for (typed, count) in tally.wrongInReviews {
                // Review sessions record answers in the author's terms already (see `AnswerText`);
                // true/false and typed answers are normalised so spellings of one answer group together.
                let answer: String? =
                    AnswerText.isOrderIndependent(entry.question.type)
                    ? AnswerText.canonical(typed, question: entry.question, presentation: .identity(count: 0))
                    : typed
                if let answer, !answer.isEmpty { wrongAnswers[answer, default: 0] += count }
            }
            let wrong = wrongAnswers.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                .prefix(StudentReportBuilder.wrongAnswersKept)
                .map { StudentReport.AnswerCount(answer: $0.key, count: $0.value) }
            return StudentReport.Item(
                card: id, kind: entry.question.typeName, prompt: entry.question.prompt,
                lesson: entry.question.lesson.description, attempts: tally.attempts, correct: tally.correct,
                wrongAnswers: Array(wrong))
        }
    }
}
