import Decks
import Scheduling
import TextFormats

/// `palpate exam`: a practice exam like the licensing exam.
enum ExamCommand: Command {
    static let name = "exam"
    static let summary = "Sit a practice exam (scored; does not change your schedule)"
    static let usage =
        "palpate exam [--blueprint] [--deck ID]… [--tag T]… [--count N] [--time-limit MINUTES] [--pass PERCENT] [--seed N]"
    static let discussion = """
        Draws questions at random from the decks (all by default), shuffles their choices, and asks them \
        without revealing answers. At the end: your score, pass or fail, a breakdown per deck and tag, and \
        every missed question with its answer, explanation and the lesson section to reread. Flashcards are \
        left out (they cannot be scored). Unanswered questions count as wrong.

        With --blueprint the questions follow the weights of the exam's content areas \
        (Quizzes/blueprint.json: the MBLEx's seven areas), as many as the real exam has unless --count \
        says otherwise, and the results show each area's score as good, borderline or poor (10 points \
        or more above the pass mark, within 10 points of it, or further below).

        The exam is recorded in your history; it never changes when cards are due. The seed is printed so \
        the same exam can be sat again with --seed.
        """
    static let options: [OptionSpec] = [
        .flag("--blueprint", "Follow the exam blueprint's content areas and weights."),
        OptionSpec(
            name: "--deck", value: "ID", help: "Only this deck (repeat for several).", repeatable: true),
        OptionSpec(
            name: "--tag", value: "T", help: "Only questions with this tag (repeat for several).",
            repeatable: true),
        OptionSpec(name: "--count", value: "N", help: "Number of questions (default 25)."),
        OptionSpec(name: "--time-limit", value: "MINUTES", help: "Stop when the time is up."),
        OptionSpec(name: "--pass", value: "PERCENT", help: "Pass mark (default 70)."),
        OptionSpec(
            name: "--seed", value: "N", help: "Choose the same questions and order as an earlier exam."),
    ]

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode {
        if let extra = arguments.positionals.first {
            throw UsageError(
                "'exam' takes no arguments (got \(QuotedInput.quote(extra)))",
                hint: "See 'palpate help exam'.")
        }
        let countGiven = try arguments.integer("--count", in: 1...1_000, command: name)
        let minutes = try arguments.integer("--time-limit", in: 1...600, command: name)
        let pass = try arguments.integer("--pass", in: 0...100, command: name) ?? 70
        let seed: UInt64
        if let text = arguments.value("--seed") {
            guard let value = UInt64(text) else {
                throw UsageError(
                    "--seed needs a whole number of 0 or more, not \(QuotedInput.quote(text))",
                    hint: "See 'palpate help exam'.")
            }
            seed = value
        } else {
            seed = UInt64(bitPattern: Instant(session.context.clock()).microsecondsSince1970) % 1_000_000
        }
        let library = try session.studyContent(requiringDecks: true)
        let blueprint: Blueprint?
        if arguments.has("--blueprint") {
            guard let found = library.blueprint else {
                throw CommandFailure(
                    "this course has no exam blueprint (Quizzes/blueprint.json), or it has errors; run 'palpate check' to see why"
                )
            }
            blueprint = found
        } else {
            blueprint = nil
        }
        let count = countGiven ?? blueprint?.questionCount ?? 25
        let deckIDs = try checkedDeckIDs(arguments.all("--deck"), library: library, command: name)
        let tags = arguments.all("--tag")
        let decks = library.decks.filter { deckIDs.isEmpty || deckIDs.contains($0.id) }
        let knownTags = Set(decks.flatMap { $0.questions.flatMap(\.tags) })
        for tag in tags where !knownTags.contains(tag) {
            let near = EditDistance.suggestions(for: tag, among: knownTags).first
            throw UsageError(
                "no question has the tag \(QuotedInput.quote(tag))"
                    + (near.map { "; did you mean '\($0)'?" } ?? ""),
                hint: "See 'palpate stats' for the tags.")
        }
        var generator = SplitMix64(seed: seed)
        let plan =
            if let blueprint {
                ExamPlan.make(decks: decks, blueprint: blueprint, tags: tags, count: count, using: &generator)
            } else {
                ExamPlan.make(decks: decks, tags: tags, count: count, using: &generator)
            }
        guard !plan.items.isEmpty else {
            throw CommandFailure("no questions match; try fewer --deck or --tag filters")
        }
        let store = try session.openStore(forSession: true)
        defer { try? store.close() }
        let again = (blueprint == nil ? "" : "--blueprint ") + "--seed \(seed)"
        // Wrapped at a word, like the exam's own opening lines.
        session.print(
            wrapping: "Exam seed \(seed) (sit the same exam again with \(again))", apply: session.style.dim)
        if blueprint == nil, let asked = countGiven, plan.items.count < asked {
            let found = plan.items.count == 1 ? "1 question matches" : "\(plan.items.count) questions match"
            session.print(
                wrapping: "Only \(found) of the \(asked) asked for; fewer --deck or --tag filters give more.",
                apply: session.style.yellow)
        }
        for shortfall in plan.shortfalls {
            session.print(
                wrapping:
                    "\(shortfall.area.title): \(plural(shortfall.found, "question")) found of the \(shortfall.wanted) its weight asks for.",
                apply: session.style.yellow)
        }
        var fields: [(String, JSONValue)] = [
            ("seed", .int(Int(seed))), ("decks", .array(deckIDs.map { .string($0) })),
            ("tags", .array(tags.map { .string($0) })),
            ("count", .int(count)), ("pass", .int(pass)), ("time_limit_minutes", .optional(minutes)),
        ]
        // Only a blueprint exam records it, so earlier exams' records read exactly as before.
        if blueprint != nil { fields.append(("blueprint", .bool(true))) }
        let options = JSONValue.object(fields)
        do {
            return try ExamSession(
                app: session, store: store, plan: plan, passMark: Double(pass) / 100,
                timeLimit: minutes.map { Double($0) * 60 },
                details: options
            ).run()
        } catch let error as CommandFailure {
            throw error
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}
