import Content
import Foundation
import Insights
import Progress
import Scheduling
import TextFormats

/// `palpate card ID [--reset | --suspend | --unsuspend | --bury | --undo]`: one card, shown or changed.
enum CardCommand: Command {
    static let name = "card"
    static let summary = "Show one card, or reset, suspend, unsuspend or bury it (undoable)"
    static let usage = "palpate card ID [--reset | --suspend | --unsuspend | --bury | --undo] [--yes]"
    static let discussion = """
        ID is deck/question, as 'palpate cards' and 'palpate search' list it. With no option, shows the card: \
        its state, when it is due, its reviews and lapses, its prompt and lesson.

        --reset makes the card new again (its schedule, reviews count, lapses and marks cleared); its past \
        reviews stay in your history. --suspend keeps it out of every review until --unsuspend. --bury skips \
        it until tomorrow's study day.

        On a terminal each change asks first (--yes does not). Each says what changed and how to undo it: \
        --undo puts the card back as it was before the last change, unless it was reviewed since. Changes \
        are refused while a review or exam session runs.
        """
    static let actions: [(flag: String, action: CardChange.Action)] = [
        ("--reset", .reset), ("--suspend", .suspend), ("--unsuspend", .unsuspend), ("--bury", .bury),
    ]
    static let options: [OptionSpec] = [
        .flag("--reset", "Make the card new again; its review history is kept."),
        .flag("--suspend", "Keep it out of every review until --unsuspend."),
        .flag("--unsuspend", "Bring a suspended card back."),
        .flag("--bury", "Skip it until tomorrow."),
        .flag("--undo", "Put back the card as it was before the last change."),
        .flag("--yes", "Change without asking."),
    ]

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode {
        guard let id = arguments.positionals.first else {
            throw UsageError("'card' needs a card id (deck/question)", hint: "List them with: palpate cards")
        }
        if arguments.positionals.count > 1 {
            throw UsageError(
                "'card' takes one card id (got \(arguments.positionals.count))",
                hint: "See 'palpate help card'.")
        }
        let chosen = (actions.map(\.flag) + ["--undo"]).filter(arguments.has)
        if chosen.count > 1 {
            throw UsageError(
                "give one of \(chosen.joined(separator: ", ")), not several", hint: "See 'palpate help card'."
            )
        }
        let library = try session.studyContent(requiringDecks: true)
        let catalog = CardCatalog(library: library)
        guard let entry = catalog[id] else {
            let near = EditDistance.suggestions(for: id, among: catalog.order).first
            throw UsageError(
                "there is no card \(QuotedInput.quote(id))" + (near.map { "; did you mean '\($0)'?" } ?? ""),
                hint: "List the cards with: palpate cards"
                    + (id.contains("/") ? "" : " (an id is deck/question)"))
        }
        let action = actions.first { arguments.has($0.flag) }?.action
        let changes = action != nil || arguments.has("--undo")
        let store = try session.openStore(forSession: changes)
        defer { try? store.close() }
        do {
            let plan = try StudyPlan(settings: try store.settings(), timeZone: session.context.timeZone)
            let now = session.context.clock()
            let describe = CardDescription(
                moments: MomentFormatter(timeZone: session.context.timeZone, calendar: plan.calendar),
                calendar: plan.calendar, now: now)
            if arguments.has("--undo") { return try undo(id, store: store, describe: describe, session) }
            guard let action else {
                return try show(entry, id: id, store: store, describe: describe, session)
            }
            if session.context.stdinIsTerminal && !arguments.has("--yes") {
                let current = try store.cardState(id: id)
                session.print("\(verb(action)) \(id) (now: \(describe.summary(current)))? [y/N]")
                guard case .line(let answer) = PromptReader(session: session).read(),
                    ["y", "yes"].contains(answer.lowercased())
                else {
                    session.print("Nothing was changed.")
                    return .failure
                }
            }
            let tomorrow = plan.calendar.studyDay(after: plan.calendar.studyDay(containing: now)).start
            let change = try store.changeCard(id, action, now: now, buryUntil: tomorrow)
            if change.changedNothing {
                session.print("\(id) is already \(describe.summary(change.before)); nothing was changed.")
                return .success
            }
            session.print("\(done(action)) \(id): now \(describe.summary(change.after)).")
            session.print("It was \(describe.summary(change.before)).")
            if action == .reset {
                let reviews = try store.reviews(ofCard: id).count
                if reviews > 0 {
                    session.print("Its \(plural(reviews, "past review")) stay in your history.")
                }
            }
            session.print("Undo with: palpate card \(id) --undo")
            return .success
        } catch let error as CommandFailure {
            throw error
        } catch let error as UsageError {
            throw error
        } catch {
            throw CommandFailure("\(error)")
        }
    }

    private static func undo(
        _ id: String, store: ProgressStore, describe: CardDescription, _ session: AppSession
    )
        throws -> ExitCode
    {
        switch try store.undoCardChange(id) {
        case .undone(let change):
            session.print(
                "Undid '\(change.action.rawValue)' of \(id): it is \(describe.summary(change.before)) again.")
            return .success
        case .nothingSaved:
            throw CommandFailure(
                "there is no change of \(id) to undo (it was undone already, or never changed)")
        case .changedSince(let change, let current):
            throw CommandFailure(
                "\(id) changed after '\(change.action.rawValue)' (it is now \(describe.summary(current))), so undo "
                    + "would lose that; nothing was changed")
        }
    }

    private static func show(
        _ entry: CardCatalog.Entry, id: String, store: ProgressStore, describe: CardDescription,
        _ session: AppSession
    ) throws -> ExitCode {
        let card = try store.cardState(id: id)
        let style = session.style
        let wrapper = TextWrapper(width: session.width, style: style)
        func row(_ label: String, _ value: String) {
            let first = style.bold(label.padding(toLength: 9, withPad: " ", startingAt: 0))
            for (index, line) in wrapper.wrap(value, indent: String(repeating: " ", count: 9)).enumerated() {
                session.print(index == 0 ? first + line.dropFirst(9) : line)
            }
        }
        row("Card", id)
        row("Deck", clean(entry.deck.title))
        row("Prompt", clean(entry.question.prompt))
        row("State", describe.state(card))
        row("Due", describe.due(card))
        row("Reviews", "\(card?.reps ?? 0), \(plural(card?.lapses ?? 0, "lapse"))")
        row(
            "Lesson",
            entry.question.lesson.isUnlinked ? "none linked" : "palpate read \(entry.question.lesson)")
        if let saved = try store.savedCardChange(id) {
            row("Undo", "palpate card \(id) --undo (puts back what '\(saved.action.rawValue)' changed)")
        }
        return .success
    }

    private static func verb(_ action: CardChange.Action) -> String {
        switch action {
        case .reset: "Reset"
        case .suspend: "Suspend"
        case .unsuspend: "Unsuspend"
        case .bury: "Skip until tomorrow"
        }
    }

    private static func done(_ action: CardChange.Action) -> String {
        switch action {
        case .reset: "Reset"
        case .suspend: "Suspended"
        case .unsuspend: "Unsuspended"
        case .bury: "Skipped until tomorrow"
        }
    }

    private static func clean(_ text: String) -> String { TerminalSanitizer.clean(text, keepNewlines: false) }
}
