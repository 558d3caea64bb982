import Decks
import Foundation
import Insights
import Progress
import Scheduling

/// One card: the question, the answer, the feedback and the rating.
extension ReviewSession {
    /// How a student saw the answer before giving it.
    enum Help {
        /// The key was shown for a wrong answer that was then undone.
        case undoneAnswer
        /// The lesson (`l`) was read before answering.
        case lesson
    }

    /// What the student's answer came to, before it is rated.
    struct Graded {
        var response: Response
        /// The answer in the author's terms, as the log stores it.
        var given: String
        var isCorrect: Bool
        /// Right, but after seeing what the answer was: counts as a miss.
        var helpedBy: Help?
        var answeredAt: Date
    }

    func ask(_ card: QueueCard, reason: QueueNext.Reason, leftToday: Int) throws -> End {
        guard let entry = catalog[card.id] else { return .finished }
        let question = entry.question
        let shownAt = app.context.clock()
        let presentation = renderer.numbered(
            Self.presentation(of: question, cardID: card.id, at: shownAt, avoiding: shownWithKey[card.id]),
            for: question)
        shownAs[card.id] = presentation
        app.print()
        // The counts stay together when the line wraps (a "· 20 left today" alone read oddly).
        app.print(
            lines: wrapper.wrap(
                pieces: TextWrapper.pieces("\(clean(entry.deck.title)) · \(label(reason)) ·")
                    + ["card \(shownCount) · \(leftToday) left today"], apply: app.style.dim))
        if let clientCase = entry.deck.clientCase(containing: question.id),
            let step = clientCase.steps.firstIndex(of: question.id)
        {
            // A case's step reviewed on its own still needs the client's story.
            app.print(
                lines: wrapper.wrap(
                    "Case: \(clean(clientCase.title)) (step \(step + 1) of \(clientCase.steps.count)) — "
                        + clean(clientCase.scenario)))
        }
        app.print(lines: renderer.question(question, presentation: presentation))
        // The lesson read before answering: a right answer then says what the lesson said, not
        // what the student recalled.
        var readLessonFirst = false
        while true {
            let input = question.answersWithOneKey ? reader.readKey() : reader.read()
            guard case .line(let line) = input else { return try endOfInput() }
            switch try handleCommand(line, card: card, question: question, presentation: presentation) {
            case .handled: continue
            case .showedLesson:
                readLessonFirst = !question.type.isSelfGraded
                continue
            case .ends(let end): return end
            case .notACommand: break
            }
            if question.type.isSelfGraded {
                return try selfGrade(card, question: question, presentation: presentation, shownAt: shownAt)
            }
            let response: Response
            switch ResponseParser.parse(line, question: question, presentation: presentation) {
            case .unreadable(let message):
                app.print(
                    lines: wrapper.wrap(
                        "? \(message)", indent: "  ", firstIndent: "", apply: app.style.yellow))
                continue
            case .answer(let parsed):
                response = parsed
            }
            let graded = try grade(
                response, line: line, card: card, question: question, presentation: presentation,
                readLessonFirst: readLessonFirst)
            if let help = graded.helpedBy {
                let seen =
                    help == .undoneAnswer
                    ? "you saw this answer before you undid it" : "you read the lesson before answering"
                app.print(
                    lines: wrapper.wrap(
                        "Right, but \(seen), so it counts as a miss (rated Again).", apply: app.style.yellow))
            }
            app.print(
                lines: renderer.feedback(
                    question, presentation: presentation, response: response,
                    correct: graded.helpedBy == nil ? graded.isCorrect : nil,
                    misconceptions: entry.deck.misconceptions))
            return try rate(graded, card: card, question: question, shownAt: shownAt)
        }
    }

    /// How a card is shown at a moment: shuffled reproducibly from the time and the card id. A
    /// card coming back after an undo is shown in another order than `avoiding` (the one shown
    /// with its key), so the letter seen with the key is not the answer any more.
    static func presentation(
        of question: Question, cardID: String, at moment: Date, avoiding earlier: Presentation? = nil
    ) -> Presentation {
        var generator = SplitMix64(
            seed: UInt64(bitPattern: Instant(moment).microsecondsSince1970) ^ stableHash(cardID))
        var presentation = Presentation.make(for: question, using: &generator)
        var tries = 0
        while presentation == earlier, presentation.order.count > 1, tries < 16 {
            presentation = Presentation.make(for: question, using: &generator)
            tries += 1
        }
        return presentation
    }

    private func grade(
        _ response: Response, line: String, card: QueueCard, question: Question, presentation: Presentation,
        readLessonFirst: Bool
    ) throws -> Graded {
        let isCorrect = AnswerChecker.isCorrect(response, for: question) == true
        // A pick among shuffled items is stored in the author's terms (the choice's text, not the
        // letter it was shown under), so the log and the class view say which answer was given.
        let given =
            AnswerText.isOrderIndependent(question.type)
            ? line : AnswerText.canonical(line, question: question, presentation: presentation) ?? line
        var help: Help?
        if isCorrect {
            if try store.keyWasShownSinceLastReview(cardID: card.id) {
                help = .undoneAnswer
            } else if readLessonFirst {
                help = .lesson
            }
        }
        return Graded(
            response: response, given: given, isCorrect: isCorrect && help == nil, helpedBy: help,
            answeredAt: app.context.clock())
    }

    /// After the feedback: Enter accepts Good (right) or Again (wrong); a right answer may be
    /// rated 2 (Hard) or 4 (Easy) instead. `u` takes the answer back, `l` shows the lesson, `q`
    /// records the suggested rating and quits.
    private func rate(_ graded: Graded, card: QueueCard, question: Question, shownAt: Date) throws -> End {
        let correct = graded.isCorrect
        let suggested: Rating = correct ? .good : .again
        let hint = correct ? "Enter: Good · 2: Hard · 4: Easy" : "Enter to continue (rated Again)"
        app.print(app.style.dim(hint))
        func save(_ rating: Rating) throws {
            try record(
                card, rating: rating, answer: graded.given, correct: correct, shownAt: shownAt,
                answeredAt: graded.answeredAt)
        }
        while true {
            guard case .line(let line) = reader.readKey() else {
                try save(suggested)
                return try endOfInput()
            }
            switch line.lowercased() {
            case "": try save(suggested)
            case "q":
                try save(suggested)
                return .quit
            case "u":
                try takeBack(graded, card: card)
                return .finished
            case "l":
                showLesson(question)
                app.print(app.style.dim(hint))
                continue
            case "?":
                showHelp()
                app.print(app.style.dim(hint))
                continue
            case "1": try save(.again)
            case "2" where correct: try save(.hard)
            case "3" where correct: try save(.good)
            case "4" where correct: try save(.easy)
            default:
                app.print(
                    app.style.yellow(
                        correct
                            ? "? press Enter for Good, or type 2 (Hard) or 4 (Easy)"
                            : "? a wrong answer is rated Again; press Enter to continue"))
                continue
            }
            return .finished
        }
    }

    /// Flashcards: the back is shown and the student grades their recall 1–4 (Enter: Good).
    private func selfGrade(_ card: QueueCard, question: Question, presentation: Presentation, shownAt: Date)
        throws -> End
    {
        // A key stays on one line with its rating.
        let hint = wrapper.wrap(
            pieces: TextWrapper.pieces("How well did you recall it?")
                + ["1 Again ·", "2 Hard ·", "3 Good ·", "4 Easy", "(Enter: Good)"], apply: app.style.dim)
        func showBack() {
            app.print(app.style.bold("Back:"))
            app.print(lines: renderer.correctAnswer(question, presentation: presentation))
            app.print(lines: hint)
        }
        showBack()
        while true {
            guard case .line(let line) = reader.readKey() else { return try endOfInput() }
            let rating: Rating
            switch line.lowercased() {
            case "", "3": rating = .good
            case "1": rating = .again
            case "2": rating = .hard
            case "4": rating = .easy
            case "q": return .quit
            case "?":
                showHelp()
                app.print(lines: hint)
                continue
            case "l":
                showLesson(question)
                showBack()
                continue
            case "s":
                try skip(card)
                return .finished
            case "u":
                holdBack(card.id)
                app.print(
                    lines: wrapper.wrap("Taken back: this card comes back later in the session."))
                return .finished
            default:
                app.print(
                    wrapping: "? grade yourself 1 (forgot), 2 (hard), 3 (good) or 4 (easy); Enter is Good",
                    indent: "  ", firstIndent: "", apply: app.style.yellow)
                continue
            }
            app.print(lines: renderer.explanation(question))
            try record(
                card, rating: rating, answer: "", correct: nil, shownAt: shownAt,
                answeredAt: app.context.clock())
            return .finished
        }
    }

    /// `u` at the rating prompt: the answer is not recorded for the schedule, but kept as an
    /// undone attempt, and the card comes back later in the session with its choices reshuffled.
    private func takeBack(_ graded: Graded, card: QueueCard) throws {
        if sessionID == nil { sessionID = try store.startSession(kind: .review, at: startedAt) }
        try store.recordUndoneAttempt(
            UndoneAttempt(
                cardID: card.id, sessionID: sessionID, answeredAt: graded.answeredAt,
                undoneAt: app.context.clock(), rating: nil, answer: graded.given,
                correct: graded.helpedBy == nil ? graded.isCorrect : false))
        holdBack(card.id)
        let rule =
            graded.isCorrect
            ? "Taken back: this card comes back later in the session."
            : "Taken back: this card comes back later in the session. You have seen its answer, so it will "
                + "count as a miss whatever you answer then."
        app.print(lines: wrapper.wrap(rule))
    }

    func endOfInput() throws -> End {
        app.context.input.wasInterrupted ? .interrupted : .endOfInput
    }
}
