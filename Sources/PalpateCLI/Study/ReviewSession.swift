import Content
import Decks
import Foundation
import Insights
import Progress
import Scheduling
import TextFormats

/// A daily review: the scheduler's queue, one card at a time, each answer committed before the
/// next card is shown so that quitting, Ctrl-C or a killed process loses nothing answered.
final class ReviewSession {
    enum End {
        case finished
        case quit
        case endOfInput
        case interrupted
    }

    private let app: AppSession
    private let store: ProgressStore
    private let library: ContentLibrary
    private let catalog: CardCatalog
    private let plan: StudyPlan
    private let sessionLimit: Int?
    private var newCardAllowance: Int?
    private var states: [String: CardState]
    private var sessionID: SessionID?
    private var answered = 0
    private var correct = 0
    private var newIntroduced = 0
    private var answeredIDs: [String] = []
    private let startedAt: Date
    private lazy var renderer = QuestionRenderer(width: app.width, style: app.style)
    private lazy var reader = PromptReader(session: app)

    init(
        app: AppSession, store: ProgressStore, library: ContentLibrary, catalog: CardCatalog, plan: StudyPlan,
        sessionLimit: Int?, newCards: Int?
    ) throws {
        self.app = app
        self.store = store
        self.library = library
        self.catalog = catalog
        self.plan = plan
        self.sessionLimit = sessionLimit
        self.newCardAllowance = newCards
        states = try store.cardStates()
        startedAt = app.context.clock()
    }

    func run() throws -> ExitCode {
        var end = End.finished
        loop: while true {
            if let sessionLimit, answered >= sessionLimit {
                app.print("That is the \(plural(sessionLimit, "card")) you asked for.")
                break
            }
            let now = app.context.clock()
            switch try queue(at: now).next {
            case .show(let card, let reason):
                let outcome = try ask(card, reason: reason)
                switch outcome {
                case .finished: continue
                case .quit, .endOfInput, .interrupted:
                    end = outcome
                    break loop
                }
            case .nothingUntil(let date):
                app.print(answered == 0 ? "Nothing is due now." : "All done for now.")
                app.print("Next card: \(formatMoment(date, now: now)).")
                break loop
            case .nothingScheduled:
                app.print(
                    catalog.isEmpty
                        ? "There are no decks to study." : "No cards left to study (all are suspended).")
                break loop
            }
        }
        try finish()
        switch end {
        case .interrupted: return .interrupted
        default: return .success
        }
    }

    private func queue(at now: Date) throws -> DailyQueue {
        let day = plan.calendar.studyDay(containing: now)
        return plan.queue(
            catalog: catalog, states: states.values, studied: try store.studyCounts(in: day.start..<day.end),
            now: now,
            newCardAllowance: newCardAllowance.map { $0 - newIntroduced })
    }

    // MARK: One card

    private func ask(_ card: QueueCard, reason: QueueNext.Reason) throws -> End {
        guard let entry = catalog[card.id] else { return .finished }
        let question = entry.question
        let shownAt = app.context.clock()
        var generator = SplitMix64(
            seed: UInt64(bitPattern: Instant(shownAt).microsecondsSince1970) ^ stableHash(card.id))
        let presentation = Presentation.make(for: question, using: &generator)
        app.print()
        app.print(
            app.style.dim(
                "\(TerminalSanitizer.clean(entry.deck.title, keepNewlines: false)) · \(label(reason))"))
        app.print(lines: renderer.question(question, presentation: presentation))
        while true {
            guard case .line(let line) = reader.read() else { return try endOfInput() }
            switch try handleCommand(line, card: card, question: question) {
            case .handled: continue
            case .ends(let end): return end
            case .notACommand: break
            }
            let response: Response
            if question.type.isSelfGraded {
                app.print(app.style.bold("Back:"))
                app.print(lines: renderer.correctAnswer(question, presentation: presentation))
                guard let grade = try readSelfGrade() else { return try endOfInput() }
                response = .selfGrade(grade)
                app.print(TerminalSanitizer.clean(question.explanation, keepNewlines: false))
                app.print(app.style.dim("Read more: palpate read \(question.lesson)"))
                try record(
                    card, rating: Rating(rawValue: grade) ?? .good, answer: "", correct: nil, shownAt: shownAt
                )
                return .finished
            }
            switch ResponseParser.parse(line, question: question, presentation: presentation) {
            case .unreadable(let message):
                app.print(app.style.yellow("? \(message)"))
                continue
            case .answer(let parsed):
                response = parsed
            }
            let isCorrect = AnswerChecker.isCorrect(response, for: question) == true
            // A pick among shuffled items is stored in the author's terms (the choice's text, not the
            // letter it was shown under), so the log and the class view say which answer was given.
            let given =
                AnswerText.isOrderIndependent(question.type)
                ? line : AnswerText.canonical(line, question: question, presentation: presentation) ?? line
            app.print(
                lines: renderer.feedback(
                    question, presentation: presentation, response: response, correct: isCorrect))
            let suggested: Rating = isCorrect ? .good : .again
            switch readRating(correct: isCorrect) {
            case nil:
                try record(card, rating: suggested, answer: given, correct: isCorrect, shownAt: shownAt)
                return try endOfInput()
            case .quit?:
                try record(card, rating: suggested, answer: given, correct: isCorrect, shownAt: shownAt)
                return .quit
            case .redo?:
                app.print("Answer again:")
            case .rating(let rating)?:
                try record(card, rating: rating, answer: given, correct: isCorrect, shownAt: shownAt)
                return .finished
            }
        }
    }

    /// How a card is shown at a moment: shuffled reproducibly from the time and the card id.
    static func presentation(of question: Question, cardID: String, at moment: Date) -> Presentation {
        var generator = SplitMix64(
            seed: UInt64(bitPattern: Instant(moment).microsecondsSince1970) ^ stableHash(cardID))
        return Presentation.make(for: question, using: &generator)
    }

    private enum RatingChoice {
        case rating(Rating)
        case quit
        case redo
    }

    /// After the feedback: Enter accepts Good (right) or Again (wrong); a right answer may be
    /// rated 2 (Hard) or 4 (Easy) instead. `nil` at end of input.
    private func readRating(correct: Bool) -> RatingChoice? {
        let hint = correct ? "Enter: Good · 2: Hard · 4: Easy" : "Enter to continue (rated Again)"
        app.print(app.style.dim(hint))
        while true {
            guard case .line(let line) = reader.read() else { return nil }
            switch line.lowercased() {
            case "": return .rating(correct ? .good : .again)
            case "q": return .quit
            case "u": return .redo
            case "2" where correct: return .rating(.hard)
            case "3" where correct: return .rating(.good)
            case "4" where correct: return .rating(.easy)
            case "1": return .rating(.again)
            default:
                app.print(
                    app.style.yellow(
                        correct
                            ? "? press Enter for Good, or type 2 (Hard) or 4 (Easy)"
                            : "? a wrong answer is rated Again; press Enter to continue"))
            }
        }
    }

    /// Flashcards: the back is shown and the student grades their recall 1–4; `nil` at end of input.
    private func readSelfGrade() throws -> Int? {
        app.print(app.style.dim("How well did you recall it? 1 Again · 2 Hard · 3 Good · 4 Easy"))
        while true {
            guard case .line(let line) = reader.read() else { return nil }
            if let grade = Int(line), (1...4).contains(grade) { return grade }
            app.print(app.style.yellow("? grade yourself 1 (forgot), 2 (hard), 3 (good) or 4 (easy)"))
        }
    }

    private enum CommandResult {
        case notACommand
        /// The command was carried out and the card stays on screen.
        case handled
        case ends(End)
    }

    /// `?`, `l`, `u`, `s` and `q` at the question prompt.
    private func handleCommand(_ line: String, card: QueueCard, question: Question) throws -> CommandResult {
        switch line.lowercased() {
        case "?":
            showHelp()
            return .handled
        case "l":
            showLesson(question)
            return .handled
        case "q":
            return .ends(.quit)
        case "s":
            let tomorrow = plan.calendar.studyDay(
                after: plan.calendar.studyDay(containing: app.context.clock()))
            try store.bury(cardID: card.id, until: tomorrow.start, now: app.context.clock())
            try reload(card.id)
            app.print("Skipped until tomorrow.")
            return .ends(.finished)
        case "u":
            try undo()
            return .ends(.finished)
        default:
            return .notACommand
        }
    }

    private func showHelp() {
        app.print("Answer as shown under the question. At any prompt you can also type:")
        app.print("  ?  this help")
        app.print("  l  read the lesson section this question comes from")
        app.print("  u  undo your last answer (it is removed from your history too)")
        app.print("  s  skip this card until tomorrow")
        app.print("  q  quit; every answer so far is saved")
    }

    private func showLesson(_ question: Question) {
        guard let lesson = library.lessons.lesson(id: question.lesson.lessonID) else {
            app.print("The lesson '\(question.lesson.lessonID)' is not available.")
            return
        }
        let blocks =
            question.lesson.anchor.flatMap { lesson.document.blocks(ofSection: $0) } ?? lesson.document.blocks
        app.print()
        app.print(lines: MarkdownTerminalRenderer(width: app.width, style: app.style).render(blocks))
        app.print()
        try? store.markLessonRead(lesson.id, at: app.context.clock())
    }

    private func undo() throws {
        guard let sessionID, !answeredIDs.isEmpty else {
            app.print("Nothing to undo in this session.")
            return
        }
        guard let undone = try store.undoLastReview(sessionID: sessionID) else {
            app.print("Nothing to undo in this session.")
            return
        }
        if let index = answeredIDs.lastIndex(of: undone.cardID) { answeredIDs.remove(at: index) }
        answered -= 1
        if undone.correct == true { correct -= 1 }
        if undone.isFirstReview { newIntroduced -= 1 }
        try reload(undone.cardID)
        let title =
            catalog[undone.cardID].map { TerminalSanitizer.clean($0.question.prompt, keepNewlines: false) }
            ?? undone.cardID
        app.print("Undone: your answer to “\(title.prefix(60))” is removed; the card is back in the queue.")
    }

    private func endOfInput() throws -> End {
        app.context.input.wasInterrupted ? .interrupted : .endOfInput
    }

    // MARK: Recording

    private func record(
        _ card: QueueCard, rating: Rating, answer: String, correct isCorrect: Bool?, shownAt: Date
    ) throws {
        // Flashcards have no right or wrong; anything but Again counts as recalled.
        let now = app.context.clock()
        if sessionID == nil { sessionID = try store.startSession(kind: .review, at: startedAt) }
        let schedule = card.schedule ?? CardSchedule.new(due: now)
        var generator = SplitMix64(
            seed: UInt64(bitPattern: Instant(now).microsecondsSince1970) ^ stableHash(card.id))
        let outcome = plan.scheduler.review(schedule, rating: rating, at: now, random: &generator)
        let milliseconds = max(0, Int((now.timeIntervalSince(shownAt) * 1000).rounded()))
        let record = try store.recordReview(
            NewReview(
                cardID: card.id, sessionID: sessionID, reviewedAt: now, rating: rating,
                schedule: outcome.schedule,
                answer: answer, correct: isCorrect, durationMilliseconds: milliseconds))
        answered += 1
        answeredIDs.append(card.id)
        if isCorrect == true || (isCorrect == nil && rating != .again) { correct += 1 }
        if record.isFirstReview { newIntroduced += 1 }
        let verdict = plan.leeches.verdict(
            lapses: record.before?.lapses ?? 0, before: record.before?.schedule, rating: rating)
        if verdict.becameLeech
            || (plan.leeches.isLeech(lapses: record.after.lapses) && !(record.before?.leech ?? false))
        {
            try store.markLeech(cardID: card.id, suspend: true, now: now)
            let lesson = catalog[card.id]?.question.lesson.description ?? ""
            app.print(
                app.style.yellow(
                    "This card has been forgotten \(record.after.lapses) times, so it is suspended as a leech. "
                        + "Reread: palpate read \(lesson) — then bring it back with: palpate restore \(card.id)"
                ))
        }
        try reload(card.id)
        if rating != .again || outcome.schedule.phase == .review {
            let due = outcome.schedule.due
            app.print(app.style.dim("Next review: \(formatMoment(due, now: now))."))
        }
    }

    private func reload(_ cardID: String) throws {
        states[cardID] = try store.cardState(id: cardID)
    }

    private func finish() throws {
        let now = app.context.clock()
        if let sessionID {
            let accuracy = answered == 0 ? nil : Double(correct) / Double(answered)
            let details = JSONValue.object([
                (
                    "decks",
                    .array(Set(answeredIDs.compactMap { catalog[$0]?.deck.id }).sorted().map { .string($0) })
                )
            ])
            try store.finishSession(sessionID, at: now, score: accuracy, details: details.serialized())
        }
        guard answered > 0 else { return }
        let seconds = Int(now.timeIntervalSince(startedAt))
        let accuracy = Int((Double(correct) / Double(answered) * 100).rounded())
        app.print()
        app.print(
            app.style.bold("Session: ") + "\(plural(answered, "card")), \(correct) right (\(accuracy)%), "
                + "\(formatDuration(seconds)).")
        let upcoming = try queue(at: now)
        if let next = upcoming.nextAvailable ?? (upcoming.dueNow.isEmpty ? nil : now) {
            app.print("Next card: \(formatMoment(next, now: now)).")
        }
    }

    private func label(_ reason: QueueNext.Reason) -> String {
        switch reason {
        case .learningDue, .learningAhead: "learning"
        case .reviewDue: "review"
        case .new: "new card"
        }
    }

    private func formatMoment(_ date: Date, now: Date) -> String {
        MomentFormatter(timeZone: app.context.timeZone, calendar: plan.calendar).describe(
            date, relativeTo: now)
    }
}

/// A hash of a card id that is the same in every run (Swift's `hashValue` is seeded per process).
func stableHash(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash &*= 0x0000_0100_0000_01B3
    }
    return hash
}

/// `45s`, `6m 30s`, `1h 5m`. A clock that was set back mid-session shows as 0s, never negative.
func formatDuration(_ seconds: Int) -> String {
    let seconds = max(0, seconds)
    if seconds < 60 { return "\(seconds)s" }
    if seconds < 3_600 { return "\(seconds / 60)m \(seconds % 60)s" }
    return "\(seconds / 3_600)h \(seconds / 60 % 60)m"
}
