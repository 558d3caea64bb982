import Decks
import Insights
import Progress

/// Each question's graded answers, gathered from reviews and exams.
struct ItemTally {
    private struct Counts {
        var attempts = 0
        var correct = 0
        var wrong: [String: Int] = [:]
    }

    private var counts: [String: Counts] = [:]

    /// Counts a review of a graded question; self-graded cards have no right answer to analyse.
    mutating func addReview(_ review: ReviewLogEntry, question: Question) {
        guard let correct = review.correct, !question.kind.isSelfGraded else { return }
        var wrongAnswer: String?
        if !correct, let answer = review.answer {
            // Review sessions record answers in the author's terms already (see `AnswerText`);
            // true/false and typed answers are normalised so spellings of one answer group together.
            wrongAnswer =
                AnswerText.isOrderIndependent(question.kind)
                ? AnswerText.canonical(answer, question: question, presentation: .identity(count: 0)) : answer
        }
        add(review.cardID, correct: correct, wrongAnswer: wrongAnswer)
    }

    /// Counts an exam answer; `shown` is how the exam showed the question, when it could be redrawn.
    mutating func addExamAnswer(
        _ answer: ExamAnswer, catalog: CardCatalog, shown: (question: Question, presentation: Presentation)?
    ) {
        guard let entry = catalog[answer.questionID], !entry.question.kind.isSelfGraded else { return }
        var wrongAnswer: String?
        if !answer.correct, let line = answer.answer {
            if let shown {
                wrongAnswer = AnswerText.canonical(
                    line, question: shown.question, presentation: shown.presentation)
            } else if AnswerText.isOrderIndependent(entry.question.kind) {
                wrongAnswer = AnswerText.canonical(
                    line, question: entry.question, presentation: .identity(count: 0))
            }
        }
        add(answer.questionID, correct: answer.correct, wrongAnswer: wrongAnswer)
    }

    private mutating func add(_ card: String, correct: Bool, wrongAnswer: String?) {
        counts[card, default: Counts()].attempts += 1
        if correct { counts[card, default: Counts()].correct += 1 }
        if let wrongAnswer, !wrongAnswer.isEmpty {
            counts[card, default: Counts()].wrong[wrongAnswer, default: 0] += 1
        }
    }

    /// The items in catalog order.
    func report(catalog: CardCatalog) -> [StudentReport.Item] {
        catalog.order.compactMap { id in
            guard let tally = counts[id], let entry = catalog[id] else { return nil }
            let wrong = tally.wrong.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                .prefix(StudentReportBuilder.wrongAnswersKept)
                .map { StudentReport.AnswerCount(answer: $0.key, count: $0.value) }
            return StudentReport.Item(
                card: id, kind: entry.question.typeName, prompt: entry.question.prompt,
                lesson: entry.question.lesson.description, attempts: tally.attempts, correct: tally.correct,
                wrongAnswers: Array(wrong))
        }
    }
}
