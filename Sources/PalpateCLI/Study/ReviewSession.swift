import Content
import Decks
import Foundation
import Insights
import Progress
import Scheduling
import TextFormats

/// A daily review: the scheduler's queue, one card at a time, each answer committed before the
/// next card is shown so that quitting, Ctrl-C or a killed process loses nothing answered.
///
/// The card flow is in `ReviewSession+Card.swift`, the prompt commands (`?`, `l`, `u`, `s`, `q`)
/// in `ReviewSession+Commands.swift`, recording in `ReviewSession+Recording.swift`.
final class ReviewSession {
    enum End {
        case finished
        case quit
        case endOfInput
        case interrupted
    }

    /// How many other cards come before a card whose answer was undone comes back.
    static let undoneCardReturnsAfter = 2

    let app: AppSession
    let store: ProgressStore
    let library: ContentLibrary
    let catalog: CardCatalog
    let plan: StudyPlan
    let sessionLimit: Int?
    let newCardAllowance: Int?
    var states: [String: CardState]
    var sessionID: SessionID?
    var tally = SessionTally()
    /// Cards whose answer was undone, with the number of cards shown after which they may return.
    var heldBack: [String: Int] = [:]
    /// The order each taken-back card was shown in with its key: it comes back in another.
    var shownWithKey: [String: Presentation] = [:]
    /// The order each card was last shown in this session, for undo to remember.
    var shownAs: [String: Presentation] = [:]
    /// Cards shown so far, for the progress line and for when held-back cards may return.
    var shownCount = 0
    let startedAt: Date
    lazy var renderer = QuestionRenderer(
        width: app.width, style: app.style, regions: app.regionQuestionView())
    lazy var reader = PromptReader(session: app)
    lazy var wrapper = TextWrapper(width: app.width, style: app.style)

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
            if let sessionLimit, tally.answerCount >= sessionLimit {
                app.print("That is the \(plural(sessionLimit, "answer")) you asked for (--limit).")
                break
            }
            let now = app.context.clock()
            let today = try queue(at: now)
            let held = Set(heldBack.filter { $0.value > shownCount }.keys)
            switch today.next(holdingBack: held) {
            case .show(let card, let reason):
                shownCount += 1
                if shownCount == 1 {
                    // Said once, as the exam does: the answer prompt itself has no room for it.
                    app.print(
                        lines: wrapper.wrap(
                            pieces: [
                                "At any prompt:", "? help ·", "l lesson ·", "u undo ·", "s skip ·", "q quit",
                            ],
                            apply: app.style.dim))
                }
                // Learning steps due within the learn-ahead window come back in this sitting too.
                let outcome = try ask(
                    card, reason: reason, leftToday: today.dueNow.count + today.learningAhead.count)
                switch outcome {
                case .finished: continue
                case .quit, .endOfInput, .interrupted:
                    end = outcome
                    break loop
                }
            case .nothingUntil(let date):
                app.print(tally.answerCount == 0 ? "Nothing is due now." : "All done for now.")
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
        case .endOfInput where tally.answerCount == 0 && shownCount <= 1:
            // Input that ends at the first card, unanswered (a script, `</dev/null`), is said:
            // the student would otherwise see one card and a silent exit.
            app.printError(
                "palpate: the input ended before the first answer; nothing was recorded. Run 'palpate review' "
                    + "in a terminal, or give the answers on standard input, one per line.")
            return .failure
        default: return .success
        }
    }

    func queue(at now: Date) throws -> DailyQueue {
        let day = plan.calendar.studyDay(containing: now)
        return plan.queue(
            catalog: catalog, states: states.values, studied: try store.studyCounts(in: day.start..<day.end),
            now: now,
            newCardAllowance: newCardAllowance.map { $0 - tally.newCardsIntroduced })
    }

    /// Holds `cardID` back until a few other cards have been shown (an undone answer), to come
    /// back in another order than the one its key was shown with.
    func holdBack(_ cardID: String) {
        shownWithKey[cardID] = shownAs[cardID]
        heldBack[cardID] = shownCount + Self.undoneCardReturnsAfter
    }

    private func finish() throws {
        let now = app.context.clock()
        if let sessionID {
            let accuracy =
                tally.answerCount == 0 ? nil : Double(tally.rightCount) / Double(tally.answerCount)
            let deckIDs = Set(tally.answers.compactMap { catalog[$0.cardID]?.deck.id }).sorted()
            let details = JSONValue.object([("decks", .array(deckIDs.map { .string($0) }))])
            try store.finishSession(sessionID, at: now, score: accuracy, details: details.serialized())
        }
        guard tally.answerCount > 0 else { return }
        let summary = tally.summaryLines(duration: formatDuration(Int(now.timeIntervalSince(startedAt))))
        app.print()
        app.print(lines: wrapper.wrap(summary.session, indent: "  ", firstIndent: "Session: "))
        for deck in summary.decks {
            app.print(
                lines: wrapper.wrap("\(clean(deck.title)): \(deck.text)", indent: "    ", firstIndent: "  "))
        }
        let upcoming = try queue(at: now)
        if let next = upcoming.nextAvailable ?? (upcoming.dueNow.isEmpty ? nil : now) {
            app.print("Next card: \(formatMoment(next, now: now)).")
        }
    }

    func label(_ reason: QueueNext.Reason) -> String {
        switch reason {
        case .learningDue, .learningAhead: "learning"
        case .reviewDue: "review"
        case .new: "new card"
        }
    }

    func formatMoment(_ date: Date, now: Date) -> String {
        MomentFormatter(timeZone: app.context.timeZone, calendar: plan.calendar).describe(
            date, relativeTo: now)
    }

    func clean(_ text: String) -> String { TerminalSanitizer.clean(text, keepNewlines: false) }
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
