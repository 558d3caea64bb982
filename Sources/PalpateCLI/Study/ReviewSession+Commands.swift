import Decks
import Foundation
import Progress
import Scheduling
import TextFormats

/// The commands a student can type at the question prompt: `?`, `l`, `u`, `s` and `q`.
extension ReviewSession {
    enum CommandResult {
        case notACommand
        /// The command was carried out and the card stays on screen.
        case handled
        /// The lesson was shown (`l`), and the card stays on screen: an answer after it is helped.
        case showedLesson
        case ends(End)
    }

    func handleCommand(_ line: String, card: QueueCard, question: Question, presentation: Presentation) throws
        -> CommandResult
    {
        switch line.lowercased() {
        case "?":
            showHelp()
            return .handled
        case "l":
            showLesson(question)
            // The passage scrolled the question away: show it again to answer it.
            app.print(lines: renderer.question(question, presentation: presentation))
            return .showedLesson
        case "q":
            return .ends(.quit)
        case "s":
            try skip(card)
            return .ends(.finished)
        case "u":
            try undoLastAnswer()
            app.print(lines: renderer.question(question, presentation: presentation))
            return .handled
        default:
            return .notACommand
        }
    }

    func showHelp() {
        app.print(lines: wrapper.wrap("Answer as shown under the question. At any prompt you can also type:"))
        let commands = [
            ("?", "this help"),
            (
                "l",
                "read the lesson section this question comes from (before you answer, a right answer then "
                    + "counts as a miss: it came from the lesson)"
            ),
            ("u", "undo: take back your last answer; the card comes back later in this session"),
            ("s", "skip this card until tomorrow"), ("q", "quit; every answer so far is saved"),
        ]
        for (key, text) in commands {
            app.print(lines: wrapper.wrap(text, indent: "     ", firstIndent: "  \(key)  "))
        }
        if reader.readsKeys {
            app.print(lines: wrapper.wrap("One-key answers (a letter, t/f, a rating) need no Enter."))
        }
    }

    func showLesson(_ question: Question) {
        guard let lesson = library.lessons.lesson(id: question.lesson.lessonID) else {
            app.print("The lesson '\(clean(question.lesson.lessonID))' is not available.")
            return
        }
        let section = question.lesson.anchor.flatMap { lesson.document.blocks(ofSection: $0) }
        app.print()
        app.print(
            lines: MarkdownTerminalRenderer(width: app.width, style: app.style).render(
                section ?? lesson.document.blocks))
        app.print()
        // One section is not the lesson: only the whole lesson counts as read.
        if section == nil { try? store.markLessonRead(lesson.id, at: app.context.clock()) }
    }

    func skip(_ card: QueueCard) throws {
        let now = app.context.clock()
        let tomorrow = plan.calendar.studyDay(after: plan.calendar.studyDay(containing: now))
        try store.bury(cardID: card.id, until: tomorrow.start, now: now)
        try reload(card.id)
        app.print("Skipped until tomorrow.")
    }

    /// `u` at a question: the last recorded answer of this session is taken back. The card's
    /// schedule is restored, the attempt is kept as an undone attempt, and the card comes back
    /// later in the session.
    private func undoLastAnswer() throws {
        guard let sessionID, tally.answerCount > 0,
            let undone = try store.undoLastReview(sessionID: sessionID, at: app.context.clock())
        else {
            app.print("Nothing to undo in this session.")
            return
        }
        tally.remove(cardID: undone.cardID)
        try reload(undone.cardID)
        holdBack(undone.cardID)
        let prompt = catalog[undone.cardID].map { Self.shortened(clean($0.question.prompt)) } ?? undone.cardID
        var message =
            "Undone: your answer to “\(prompt)” is taken back; the card comes back later in this session."
        if undone.correct == false {
            message += " You have seen its answer, so it will count as a miss whatever you answer then."
        }
        app.print(lines: wrapper.wrap(message))
    }

    /// `text` cut at a word to at most `limit` characters, with "…" when cut.
    static func shortened(_ text: String, limit: Int = 60) -> String { ShortText.cut(text, to: limit) }
}
