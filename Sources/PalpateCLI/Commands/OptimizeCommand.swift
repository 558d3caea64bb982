import Foundation
import Insights
import Progress
import Scheduling
import TextFormats

/// `palpate optimize [--apply | --revert] [--json]`: FSRS-6 parameters fitted to the student's own
/// review log, with how well they and the defaults predict it; applied, and undone, on request.
enum OptimizeCommand: Command {
    static let name = "optimize"
    static let summary = "Fit FSRS's parameters to your own reviews; apply them, or go back"
    static let usage = "palpate optimize [--apply | --revert] [--json]"
    static let discussion = """
        Fits FSRS-6's 21 parameters to every review in your progress store, as 'palpate scheduler optimize' does \
        for a CSV file (see 'palpate help scheduler'), and prints them with the log loss and RMSE(bins) of the \
        default and of the fitted parameters on your history (lower is better). It needs at least 100 reviews \
        that came a day or more after the card's previous one. Without --apply nothing is changed.

        --apply puts the fitted parameters in use when they predict your history better than the defaults \
        and, after an earlier --apply, better than the parameters in use (both are measured): every card's schedule is worked out again from its reviews (since its last reset) with them, in one \
        transaction, and the command says how many cards fell due earlier or later. The parameters replaced are \
        kept: --revert puts them back the same way. 'palpate config' shows the parameters in use and when they \
        were fitted.
        """
    static let options: [OptionSpec] = [
        .flag(
            "--apply",
            "Use the fitted parameters from now on (if they predict you better than the defaults and the parameters in use)."
        ),
        .flag("--revert", "Go back to the parameters the last --apply replaced."),
        .flag("--json", "Print one JSON object."),
    ]

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode {
        guard arguments.positionals.isEmpty else {
            throw UsageError(
                "optimize takes no arguments, got \(QuotedInput.quote(arguments.positionals.joined(separator: " ")))",
                hint: "To fit a CSV file: palpate scheduler optimize FILE")
        }
        if arguments.has("--apply") && arguments.has("--revert") {
            throw UsageError("--apply and --revert cannot go together", hint: "See 'palpate help optimize'.")
        }
        let changes = arguments.has("--apply") || arguments.has("--revert")
        let store = try session.openStore(forSession: changes)
        defer { try? store.close() }
        do {
            let settings = try store.settings()
            let history = try CardHistories(store: store)
            if arguments.has("--revert") {
                return try revert(store: store, settings: settings, history: history, session: session)
            }
            // An earlier fit in use is measured too: a new fit must beat it as well as the defaults.
            let result = ParameterOptimizer.optimize(history.reviews, current: settings.parameters)
            let json = arguments.has("--json") ? SchedulerOptimizeCommand.jsonReport(result) : nil
            if json == nil { session.context.output.write(SchedulerOptimizeCommand.textReport(result)) }
            if changes {
                return try apply(
                    result, store: store, settings: settings, history: history, session: session, json: json)
            }
            if let json {
                session.context.output.write(json.serialized() + "\n")
            } else if case .fitted(let fitted) = result.outcome, result.fitBeatsDefaultsAndCurrent,
                fitted != settings.parameters
            {
                session.context.output.write(
                    "\nNothing was changed. 'palpate optimize --apply' would put these parameters in use.\n")
            } else if case .fitted = result.outcome {
                session.context.output.write("\nNothing was changed.\n")
            }
            return .success
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        }
    }

    private static func apply(
        _ result: OptimizationResult, store: ProgressStore, settings: StudentSettings, history: CardHistories,
        session: AppSession, json: JSONValue?
    ) throws -> ExitCode {
        guard case .fitted(let fitted) = result.outcome, result.fitBeatsDefaultsAndCurrent,
            fitted != settings.parameters
        else {
            if let json, case .object(let members) = json {
                session.context.output.write(
                    JSONValue.object(members + [("applied", .bool(false))]).serialized() + "\n")
            } else {
                session.context.output.write("\nNothing was changed: the parameters in use stay.\n")
            }
            return .success
        }
        let origin = try store.parameterOrigin(current: settings.parameters)
        let moved = try reschedule(
            store: store, settings: settings, history: history, to: fitted,
            origin: ParameterOrigin(
                fittedAt: session.context.clock(), previous: settings.parameters,
                previousFittedAt: origin.fittedAt))
        if let json, case .object(let members) = json {
            let applied =
                members + [
                    ("applied", .bool(true)), ("earlier", .int(moved.earlier)), ("later", .int(moved.later)),
                    ("unchanged", .int(moved.unchanged)),
                ]
            session.context.output.write(JSONValue.object(applied).serialized() + "\n")
        } else {
            session.context.output.write(
                "\nApplied. \(moved.summary) Undo with 'palpate optimize --revert'.\n")
        }
        return .success
    }

    private static func revert(
        store: ProgressStore, settings: StudentSettings, history: CardHistories, session: AppSession
    ) throws -> ExitCode {
        let origin = try store.parameterOrigin(current: settings.parameters)
        guard let previous = origin.previous else {
            session.print("Nothing to revert: no 'palpate optimize --apply' has replaced your parameters.")
            return .success
        }
        let moved = try reschedule(
            store: store, settings: settings, history: history, to: previous,
            origin: ParameterOrigin(fittedAt: origin.previousFittedAt))
        let name = previous == .default ? "the default parameters" : "the parameters used before"
        session.print("Reverted to \(name). \(moved.summary)")
        return .success
    }

    /// How many cards' due times a change of parameters moved.
    struct Moved {
        var earlier = 0
        var later = 0
        var unchanged = 0

        var summary: String {
            func cards(_ count: Int) -> String { count == 1 ? "1 card" : "\(count) cards" }
            return "\(cards(earlier)) now due earlier, \(cards(later)) later, \(cards(unchanged)) unchanged."
        }
    }

    /// Works out every reviewed card's schedule again with `parameters` and saves it all at once.
    private static func reschedule(
        store: ProgressStore, settings: StudentSettings, history: CardHistories,
        to parameters: FSRSParameters,
        origin: ParameterOrigin
    ) throws -> Moved {
        var changed = settings
        changed.parameters = parameters
        let plan = try StudyPlan(settings: changed, timeZone: TimeZone(identifier: "UTC")!)
        var schedules: [String: CardSchedule] = [:]
        var moved = Moved()
        for card in try store.cardStateList() where card.reps > 0 {
            // A reset card starts again: only its reviews since then (its reps) count.
            let reviews = history.reviews(of: card.cardID).suffix(card.reps)
            guard let schedule = plan.scheduler.schedule(replaying: Array(reviews), cardID: card.cardID)
            else {
                continue
            }
            schedules[card.cardID] = schedule
            if schedule.dueInstant < card.schedule.dueInstant {
                moved.earlier += 1
            } else if schedule.dueInstant > card.schedule.dueInstant {
                moved.later += 1
            } else {
                moved.unchanged += 1
            }
        }
        try store.applyParameters(parameters, origin: origin, schedules: schedules)
        return moved
    }
}

/// The store's review log, read once: for the optimiser, and per card for rescheduling.
struct CardHistories {
    /// Cards numbered in order of first review.
    private(set) var reviews: [OptimizerReview] = []
    private var cardNumbers: [String: Int] = [:]
    /// Each card's reviews, as indices into `reviews`.
    private var byCard: [[Int]] = []

    init(store: ProgressStore) throws(StoreError) {
        let cursor = try store.reviewLog(in: Date.distantPast..<Date.distantFuture)
        while let entry = try cursor.next() {
            let card = cardNumbers[entry.cardID] ?? cardNumbers.count
            if card == byCard.count {
                cardNumbers[entry.cardID] = card
                byCard.append([])
            }
            byCard[card].append(reviews.count)
            reviews.append(OptimizerReview(card: card, time: Instant(entry.reviewedAt), rating: entry.rating))
        }
    }

    /// The reviews of one card, oldest first.
    func reviews(of cardID: String) -> [(time: Instant, rating: Rating)] {
        guard let card = cardNumbers[cardID] else { return [] }
        return byCard[card].map { (reviews[$0].time, reviews[$0].rating) }
    }
}
