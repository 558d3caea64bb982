import Content
import Insights
import TextFormats

/// `palpate review`: today's queue of due, learning and new cards.
enum ReviewCommand: Command {
    static let name = "review"
    static let summary = "Review today's cards (spaced repetition)"
    static let usage = "palpate review [--deck ID]… [--new N] [--limit N]"
    static let discussion = """
        Shows the cards the scheduler picked for today: learning cards whose step is due, then reviews due \
        today (the most forgotten first), then new cards in curriculum order, taking turns between decks.

        Answer each question with a letter (b) or letters (a,c) for multiple choice, t or f, letters \
        for matching (bca or 1b 2c 3a), step numbers for ordering (3 1 2 4), the numbers of the regions on \
        the body map for a region question (3 7 12), or the text itself. After the \
        feedback, press Enter to accept the rating (Good when right, Again when wrong) or type 2 (Hard) or 4 \
        (Easy). At any prompt: ? help, l read the linked lesson, u undo, s skip until tomorrow, q quit. On a \
        terminal an answer of one key (a letter, t or f, a rating, a command) is taken without Enter; piped, \
        each answer is one line.

        Every answer is saved the moment you give it: quit, Ctrl-C or a closed terminal loses nothing, and \
        running review again continues where the day stands.
        """
    static let options: [OptionSpec] = [
        OptionSpec(
            name: "--deck", value: "ID", help: "Only this deck (repeat for several).", repeatable: true),
        OptionSpec(
            name: "--new", value: "N",
            help: "Allow N new cards in this session instead of what is left of today's limit."),
        OptionSpec(
            name: "--limit", value: "N",
            help: "Stop after N answers (a card still in its learning steps can come back the same session)."),
    ]

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode {
        if let extra = arguments.positionals.first {
            throw UsageError(
                "'review' takes no arguments (got \(QuotedInput.quote(extra)))",
                hint: "To study one deck: palpate review --deck ID")
        }
        let newCards = try arguments.integer("--new", in: 0...10_000, command: name)
        let limit = try arguments.integer("--limit", in: 1...100_000, command: name)
        let library = try session.studyContent(requiringDecks: true)
        let deckIDs = try checkedDeckIDs(arguments.all("--deck"), library: library, command: name)
        let store = try session.openStore(forSession: true)
        defer { try? store.close() }
        do {
            let plan = try StudyPlan(settings: try store.settings(), timeZone: session.context.timeZone)
            let catalog = CardCatalog(library: library, deckIDs: deckIDs)
            let review = try ReviewSession(
                app: session, store: store, library: library, catalog: catalog, plan: plan,
                sessionLimit: limit,
                newCards: newCards)
            return try review.run()
        } catch let error as CommandFailure {
            throw error
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}

/// Deck ids given with `--deck`, each checked against the loaded decks.
func checkedDeckIDs(_ ids: [String], library: ContentLibrary, command: String) throws -> [String] {
    for id in ids where library.deck(id: id) == nil {
        let near = EditDistance.suggestions(for: id, among: library.decks.map(\.id)).first
        throw UsageError(
            "there is no deck \(QuotedInput.quote(id))" + (near.map { "; did you mean '\($0)'?" } ?? ""),
            hint: "The decks are: \(library.decks.map(\.id).joined(separator: ", ")).")
    }
    return ids
}
