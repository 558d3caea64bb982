import Foundation
import Insights
import Progress
import Scheduling
import TextFormats

/// `palpate simulate`: the coming weeks' workload and memorised cards, simulated with the
/// student's own cards, limits and parameters; `--sweep` compares desired retentions.
enum SimulateCommand: Command {
    static let name = "simulate"
    static let summary = "Simulate your coming weeks of study, or compare desired retentions"
    static let usage =
        "palpate simulate [--days N | --exam-date YYYY-MM-DD | --sweep [--runs N]] [--desired-retention R] [--new-per-day N] [--seed N] [--json]"
    static let discussion = """
        Simulates your coming study days with your cards as they stand, your daily limits and the FSRS \
        parameters in use: new cards come in curriculum order within the new-card limit, cards come back when \
        due, and whether you remember each is drawn at random from its predicted recall (rated Hard, Good or \
        Easy as you usually rate, once you have 50 answers of each kind; otherwise as Anki users do on \
        average). For each week it prints reviews per day, new cards per day, minutes per day (at your own mean \
        answer time, or 10 seconds an answer while fewer than 20 answers are timed) and the cards memorised at \
        the week's end: the sum over your cards of the probability you would recall each. The same seed gives \
        the same simulation.

        --sweep simulates every desired retention from 0.70 to 0.97 (365 days unless --days says otherwise; \
        each retention 8 times, or --runs times, with seeds S, S+1, … from --seed, and averaged) and marks the \
        one that keeps the most memorised cards per minute of study. Above it each extra card remembered costs \
        more and more time. It is a floor worth staying above, not a target: 'palpate config \
        desired-retention R' sets yours.

        --exam-date YYYY-MM-DD simulates the days up to that exam twice with the same seed, with exam mode \
        (see 'palpate help config': reviews brought forward so every card is at your exam-target on the day, new \
        cards planned so all are started a week before) and without, and compares the exam's day: the mean \
        predicted recall, the cards at or above the target, the cards still new, and the answers it took. With \
        exam mode on ('palpate config exam-date'), 'palpate simulate' alone does this for your exam's date, as \
        the queue follows exam mode; --days or --sweep simulate the schedule without it, and say so.
        """
    static let options: [OptionSpec] = [
        OptionSpec(
            name: "--days", value: "N", help: "Study days to simulate (default 90; 365 with --sweep)."),
        OptionSpec(
            name: "--desired-retention", value: "R", help: "Simulate this retention instead of your setting."),
        OptionSpec(name: "--new-per-day", value: "N", help: "Simulate this new-card limit instead of yours."),
        OptionSpec(name: "--seed", value: "N", help: "Seed of the random answers (default 42)."),
        .flag("--sweep", "Compare desired retentions from 0.70 to 0.97."),
        OptionSpec(
            name: "--exam-date", value: "YYYY-MM-DD",
            help: "Compare the exam's day with exam mode and without (up to 10 years ahead)."),
        OptionSpec(
            name: "--runs", value: "N", help: "Simulations averaged per retention with --sweep (default 8)."),
        .flag("--json", "Print one JSON object."),
    ]
    static let defaultSeed: UInt64 = 42

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode {
        // It only computes and prints: Ctrl-C ends it at once.
        InterruptSignal.endProcessOnInterrupt()
        if let extra = arguments.positionals.first {
            throw UsageError(
                "'simulate' takes no arguments (got \(QuotedInput.quote(extra)))",
                hint: "See 'palpate help simulate'.")
        }
        let sweep = arguments.has("--sweep")
        let days = try arguments.integer("--days", in: 1...3_650, command: name) ?? (sweep ? 365 : 90)
        let retention = try arguments.double("--desired-retention", in: 0.70...0.99, command: name)
        if sweep && retention != nil {
            throw UsageError(
                "--sweep tries every desired retention: --desired-retention cannot go with it",
                hint: "See 'palpate help simulate'.")
        }
        let runs = try arguments.integer("--runs", in: 1...64, command: name)
        if runs != nil && !sweep {
            throw UsageError("--runs goes with --sweep", hint: "See 'palpate help simulate'.")
        }
        let newPerDay = try arguments.integer("--new-per-day", in: 0...9_999, command: name)
        var examDate = try examDay(arguments, sweep: sweep)
        var seed = defaultSeed
        if let text = arguments.value("--seed") {
            guard let number = UInt64(text) else {
                throw UsageError(
                    "--seed needs a whole number from 0 to \(UInt64.max), not \(QuotedInput.quote(text))",
                    hint: "See 'palpate help simulate'.")
            }
            seed = number
        }
        let library = try session.studyContent(requiringDecks: true)
        let store = try session.openStore(forSession: false)
        defer { try? store.close() }
        let simulation: StudentSimulation
        let source: String
        var exam: (goal: ExamGoal, today: CivilDay)?
        // Exam mode on but left out of this simulation (--days, --sweep): said above the figures.
        var examModeLeftOut: ExamGoal?
        do {
            let settings = try store.settings()
            let plan = try StudyPlan(settings: settings, timeZone: session.context.timeZone)
            let now = session.context.clock()
            if examDate == nil, let goal = plan.exam, goal.isAhead(of: now) {
                // The queue follows exam mode, so a plain simulation does too (it simulated 20 new
                // cards a day while the dashboard planned 6).
                if sweep || arguments.value("--days") != nil {
                    examModeLeftOut = goal
                } else {
                    examDate = goal.date
                }
            }
            var simulatedDays = days
            if let examDate {
                let today = plan.calendar.studyDay(containing: now).civilDay
                if let refusal = ExamGoal.refusal(of: examDate, today: today) {
                    throw CommandFailure(
                        "--exam-date must be after today (\(today)) and at most 10 years ahead: \(examDate) is "
                            + refusal)
                }
                let goal = ExamGoal(
                    day: plan.calendar.studyDay(on: examDate).start, date: examDate,
                    target: settings.examTarget)
                exam = (goal, today)
                simulatedDays = examDate.ordinal - today.ordinal
            }
            simulation = try StudentSimulation.make(
                store: store, catalog: CardCatalog(library: library), plan: plan, now: now,
                days: simulatedDays, desiredRetention: retention, newPerDay: newPerDay)
            source = try parameterSource(settings.parameters, store: store)
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure("\(error)")
        }
        if let exam {
            let (examMode, normal) = simulation.examComparison(
                goal: exam.goal, firstDay: exam.today, seed: seed)
            let report = ExamSimulationReport(
                simulation: simulation, goal: exam.goal, examMode: examMode, normal: normal, seed: seed,
                parameters: source, style: session.style, wrapWidth: session.tableWidth)
            if arguments.has("--json") {
                session.print(report.json().serialized())
            } else {
                session.print(lines: report.lines())
            }
            return .success
        }
        let report = SimulationReport(
            simulation: simulation, seed: seed, runs: runs ?? RetentionSweep.defaultRuns, parameters: source,
            terminal: session.context.stdoutIsTerminal, style: session.style, width: session.width)
        if let goal = examModeLeftOut, !arguments.has("--json") {
            session.print(
                wrapping: "Exam mode is on (exam on \(goal.date)): this simulates the schedule without it. "
                    + "'palpate simulate' alone follows exam mode up to the exam.")
        }
        if sweep {
            let result: RetentionSweep
            do {
                result = try simulation.sweep(seed: seed, runs: runs ?? RetentionSweep.defaultRuns)
            } catch {
                throw CommandFailure("\(error)")
            }
            if arguments.has("--json") {
                session.print(report.json(result).serialized())
            } else {
                session.print(lines: report.lines(result))
            }
        } else {
            let result = simulation.run(seed: seed)
            if arguments.has("--json") {
                session.print(report.json(result).serialized())
            } else {
                session.print(lines: report.lines(result))
            }
        }
        return .success
    }

    /// `--exam-date`'s day, refused with `--sweep` or `--days` (the exam decides the days).
    private static func examDay(_ arguments: ParsedArguments, sweep: Bool) throws -> CivilDay? {
        guard let text = arguments.value("--exam-date") else { return nil }
        if sweep || arguments.value("--days") != nil {
            throw UsageError(
                "--exam-date simulates the days up to the exam: --\(sweep ? "sweep" : "days") cannot go with it",
                hint: "See 'palpate help simulate'.")
        }
        guard let day = CivilDay(text.trimmingCharacters(in: .whitespaces)) else {
            throw UsageError(
                "--exam-date needs a day as YYYY-MM-DD, not \(QuotedInput.quote(text))"
                    + (CivilDay.whyNoDay(text).map { " (\($0))" } ?? ""),
                hint: "For example: palpate simulate --exam-date 2026-06-15")
        }
        return day
    }

    /// Where the parameters in use came from, in words.
    private static func parameterSource(_ parameters: FSRSParameters, store: ProgressStore) throws -> String {
        if parameters == .default { return "the default FSRS parameters" }
        guard let fitted = try store.parameterOrigin(current: parameters).fittedAt else {
            return "the FSRS parameters set in 'palpate config'"
        }
        return
            "your FSRS parameters fitted on \(ISOTimestamp.format(Instant(fitted), fractionalSeconds: false).prefix(10))"
    }
}
