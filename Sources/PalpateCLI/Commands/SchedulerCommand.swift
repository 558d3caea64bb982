import Content
import Foundation
import Scheduling
import TextFormats

/// `palpate scheduler replay FILE`: what the scheduler does with a review history, one JSON
/// object per review — for curious students, instructors, and checking FSRS from outside.
/// `palpate scheduler optimize FILE`: FSRS weights fitted to that history (`SchedulerOptimizeCommand`).
enum SchedulerCommand: Command {
    static let name = "scheduler"
    static let printsData = true
    static let summary = "Replay a review history through the FSRS scheduler, or fit FSRS to it"
    static let usage =
        "palpate scheduler replay FILE [--desired-retention R] [--learning-steps 1m,10m] [--relearning-steps 10m] "
        + "[--maximum-interval DAYS] [--parameters w0,…,w20] [--fuzz-seed N]\n       "
        + SchedulerOptimizeCommand.usage
    static let discussion = """
        FILE is a CSV file (or - for standard input) with a header naming the columns card_id, review_time and \
        rating (other columns are ignored). Times are ISO-8601 with a zone (2025-01-08T11:17:42Z); ratings are 1–4 \
        or Again/Hard/Good/Easy. Reviews are applied in file order.

        Prints one JSON object per review: card_id, review_time, rating, retrievability (before the review; null on \
        a card's first review), state (learning, review or relearning), step, stability, difficulty and due. A file \
        with any bad row prints nothing: each problem is reported as file:line: message and the exit code is 1.

        Without options the scheduler uses FSRS-6's defaults (desired retention 0.9, learning steps 1m,10m, \
        relearning steps 10m, maximum interval 36500 days, no fuzz).

        optimize fits FSRS-6's 21 parameters to the same CSV (an Anki review_rating column is read as rating; \
        review_duration is ignored) as fsrs-rs does: each card's reviews in time order, days as whole 24-hour \
        blocks, one prediction per review a day or more after the card's previous one. It prints the parameters \
        in the form --parameters takes, and the log loss and RMSE(bins) of the default and fitted parameters on \
        the history (lower is better). It needs at least 100 such reviews; with fewer, or a history that cannot \
        support a fit (one card, never Again, always Again), it says so and keeps the defaults. --json prints one \
        object: outcome, parameters, default and fitted (log_loss, rmse_bins), reviews, cards, items, verdict.
        """
    static let options: [OptionSpec] = [
        OptionSpec(
            name: "--desired-retention", value: "R",
            help: "Target recall probability, between 0 and 1 (default 0.9)."),
        OptionSpec(
            name: "--learning-steps", value: "STEPS", help: "e.g. 1m,10m, or none (units s, m, h, d)."),
        OptionSpec(name: "--relearning-steps", value: "STEPS", help: "e.g. 10m, or none."),
        OptionSpec(name: "--maximum-interval", value: "DAYS", help: "Longest interval in days, 1–36500."),
        OptionSpec(name: "--parameters", value: "W", help: "The 21 FSRS-6 weights, comma-separated."),
        OptionSpec(
            name: "--fuzz-seed", value: "N", help: "Turn fuzz on, with this seed (fuzz is off without it)."),
        .flag("--json", "optimize: print one JSON object."),
    ]

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode {
        // It only computes and prints: Ctrl-C ends it at once.
        InterruptSignal.endProcessOnInterrupt()
        let subcommands = ["replay", "optimize"]
        guard let subcommand = arguments.positionals.first, subcommands.contains(subcommand) else {
            let got =
                arguments.positionals.first.map { "unknown subcommand \(QuotedInput.quote($0))" }
                ?? "a subcommand is needed"
            throw UsageError(
                "scheduler: \(got); the subcommands are 'replay' and 'optimize'",
                hint: "e.g. palpate scheduler replay history.csv")
        }
        guard arguments.positionals.count == 2 else {
            throw UsageError(
                "scheduler \(subcommand) needs one FILE",
                hint: "e.g. palpate scheduler \(subcommand) history.csv")
        }
        if subcommand == "optimize" {
            let replayOnly = options.filter { $0.value != nil }.map(\.name)
            if let extra = replayOnly.first(where: { arguments.value($0) != nil }) {
                throw UsageError(
                    "\(extra) is an option of scheduler replay; optimize takes only --json",
                    hint: "See 'palpate help scheduler'.")
            }
            let file = arguments.positionals[1]
            return try SchedulerOptimizeCommand.run(
                file: file, json: arguments.has("--json"), bytes: try input(file, session: session).readAll(),
                session: session)
        }
        if arguments.has("--json") {
            throw UsageError(
                "--json is an option of scheduler optimize; replay always prints JSON lines",
                hint: "See 'palpate help scheduler'.")
        }
        let options = try replayOptions(arguments)
        let file = arguments.positionals[1]
        let source = try input(file, session: session)
        do {
            let output = session.context.output
            let fileName = file == "-" ? "<stdin>" : file
            var wroteAny = false
            try replay(
                chunks: source, fileName: fileName, options: options,
                warn: { session.printWrappedError($0) },
                write: {
                    wroteAny = wroteAny || !$0.isEmpty
                    output.write(utf8: $0)
                })
            // Nothing on standard output is right for a script; a person is told why.
            if !wroteAny {
                session.printWrappedError(
                    "\(QuotedInput.quote(fileName)) has no reviews after its header: nothing to replay")
            }
            return .success
        } catch let error as ReplayError {
            if case .invalidOptions(let problem) = error {
                throw UsageError(problem.description, hint: "See 'palpate help scheduler'.")
            }
            throw CommandFailure(error.description)
        } catch {
            throw CommandFailure("cannot read \(QuotedInput.quote(file)): \(error)")
        }
    }

    private static func replayOptions(_ arguments: ParsedArguments) throws -> ReplayOptions {
        var options = ReplayOptions()
        let hint = "See 'palpate help scheduler'."
        if let text = arguments.value("--desired-retention") {
            guard let value = Double(text), value > 0, value < 1 else {
                throw UsageError(
                    "--desired-retention needs a number between 0 and 1, not \(QuotedInput.quote(text))",
                    hint: hint)
            }
            options.desiredRetention = value
        }
        do {
            if let text = arguments.value("--learning-steps") {
                options.learningSteps = try StepList.parse(text)
            }
            if let text = arguments.value("--relearning-steps") {
                options.relearningSteps = try StepList.parse(text)
            }
        } catch {
            throw UsageError(error.description, hint: hint)
        }
        if let days = try arguments.integer("--maximum-interval", in: 1...36_500, command: name) {
            options.maximumInterval = days
        }
        if let text = arguments.value("--parameters") {
            do {
                options.parameters = try FSRSParameters(parsing: text)
            } catch {
                throw UsageError(error.description, hint: hint)
            }
        }
        if let text = arguments.value("--fuzz-seed") {
            guard let seed = UInt64(text) else {
                throw UsageError(
                    "--fuzz-seed needs a whole number of 0 or more, not \(QuotedInput.quote(text))",
                    hint: hint)
            }
            options.fuzzSeed = seed
        }
        return options
    }

    /// FILE (or standard input for `-`), read a piece at a time when the replay comes to it (the
    /// replay checks that it is UTF-8, row by row).
    private static func input(_ file: String, session: AppSession) throws -> ByteChunks {
        if file == "-" {
            var lines: [String] = []
            while let line = session.context.input.readLine() { lines.append(line) }
            return .bytes(Array(lines.joined(separator: "\n").utf8))
        }
        let url = URL.resolving(file, against: session.context.currentDirectory)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
            FileManager.default.isReadableFile(atPath: url.path)
        else {
            throw CommandFailure(
                "cannot read \(QuotedInput.quote(file)); check that the file exists and that you may read it")
        }
        // 64 KB pieces stay under the allocator's limit for blocks of their own (`MemoryPolicy`),
        // so each piece reuses the last one's memory instead of faulting in fresh pages.
        return .file(url, chunkSize: 1 << 16)
    }
}
