import Content
import Foundation
import Insights
import Progress
import Scheduling
import TextFormats

/// `palpate cards`: every card with its state, due time, lapses and reviews.
enum CardsCommand: Command {
    static let name = "cards"
    static let summary = "List your cards with their state, due time and lapses"
    static let usage = "palpate cards [--deck ID]… [--state STATE] [--json]"
    static let discussion = """
        Lists the cards of every deck (or of --deck ID), in curriculum order: the card id (deck/question, \
        for 'palpate card'), its state, when it is due, how often it was forgotten (lapses) and reviewed, and \
        the first words of its prompt.

        --state keeps one group: new, learning, review, relearning, suspended, skipped (until tomorrow), \
        leech (forgotten 8 times, suspended or not) or due (reviewed before and due by the end of today's \
        study day).
        """
    static let options: [OptionSpec] = [
        OptionSpec(
            name: "--deck", value: "ID", help: "Only this deck (repeat for several).", repeatable: true),
        OptionSpec(name: "--state", value: "STATE", help: "Only cards in this state (see above)."),
        .flag("--json", "Print the cards as JSON."),
    ]

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode {
        if let extra = arguments.positionals.first {
            throw UsageError(
                "'cards' takes no arguments (got \(QuotedInput.quote(extra)))",
                hint: "To see one card: palpate card \(extra)")
        }
        let state = try arguments.choice("--state", CardDescription.states, command: name)
        let library = try session.studyContent(requiringDecks: true)
        let deckIDs = try checkedDeckIDs(arguments.all("--deck"), library: library, command: name)
        let store = try session.openStore(forSession: false)
        defer { try? store.close() }
        let catalog = CardCatalog(library: library, deckIDs: deckIDs)
        let describe: CardDescription
        let states: [String: CardState]
        do {
            let plan = try StudyPlan(settings: try store.settings(), timeZone: session.context.timeZone)
            describe = CardDescription(
                moments: MomentFormatter(timeZone: session.context.timeZone, calendar: plan.calendar),
                calendar: plan.calendar, now: session.context.clock())
            states = try store.cardStates()
        } catch {
            throw CommandFailure("\(error)")
        }
        let ids = catalog.order.filter { id in state.map { describe.matches(states[id], state: $0) } ?? true }
        if arguments.has("--json") {
            session.print(
                json(ids, catalog: catalog, states: states, describe: describe).serialized(pretty: true))
            return .success
        }
        guard !ids.isEmpty else {
            session.print(
                catalog.isEmpty
                    ? "No cards: no deck could be read (run 'palpate check')." : "No \(state ?? "") cards.")
            return .success
        }
        var rows = ids.map { id in
            let card = states[id]
            return [
                id, describe.state(card), describe.due(card), "\(card?.lapses ?? 0)", "\(card?.reps ?? 0)",
                "",
            ]
        }
        // The prompt takes what the other columns leave of the width.
        let header = ["CARD", "STATE", "DUE", "LAPSES", "REPS", "PROMPT"]
        func columns() -> [Int] {
            (0..<5).map { column in max(header[column].count, rows.map { $0[column].count }.max() ?? 0) + 2 }
        }
        // On a terminal too narrow for the card id beside a readable prompt, the id gets a line
        // of its own above the rest of its row, whose due time is said in words only; piped, each
        // card stays on one line for scripts.
        let stacked = session.tableWidth.map { columns().reduce(0, +) + 20 > $0 } ?? false
        if stacked {
            for (index, id) in ids.enumerated() { rows[index][2] = describe.due(states[id], brief: true) }
        }
        let taken = stacked ? 2 + columns().dropFirst().reduce(0, +) : columns().reduce(0, +)
        for (index, id) in ids.enumerated() {
            rows[index][5] = promptExcerpt(catalog[id]?.question.prompt ?? "", width: session.width - taken)
        }
        let table = TextTable(header: header, rows: rows, rightAligned: [3, 4])
        session.print(
            lines: stacked ? table.stackedLines(style: session.style) : table.lines(style: session.style))
        session.print()
        session.print(
            lines: TextWrapper(width: session.tableWidth ?? Int.max, style: session.style).wrap(
                pieces: TextWrapper.pieces("\(plural(ids.count, "card")). Change one with:")
                    + ["palpate card \(ids[0]) --suspend", "(see", "'palpate help card')"]))
        return .success
    }

    static func json(
        _ ids: [String], catalog: CardCatalog, states: [String: CardState], describe: CardDescription
    ) -> JSONValue {
        .array(
            ids.map { id in
                let card = states[id]
                let entry = catalog[id]
                let due = card.flatMap { $0.schedule.isNew ? nil : $0.schedule.due }
                return .object([
                    ("card", .string(id)), ("deck", .optional(entry?.deck.id)),
                    ("question", .optional(entry?.question.id)),
                    (
                        "state",
                        .string(describe.state(card).split(separator: " ").first.map(String.init) ?? "new")
                    ),
                    ("leech", .bool(card?.leech ?? false)),
                    (
                        "due",
                        .optional(due.map { ISOTimestamp.format(Instant($0), fractionalSeconds: false) })
                    ),
                    ("due_today", .bool(describe.isDue(card))),
                    ("lapses", .int(card?.lapses ?? 0)), ("reps", .int(card?.reps ?? 0)),
                    ("prompt", .optional(entry?.question.prompt)),
                ])
            })
    }
}
