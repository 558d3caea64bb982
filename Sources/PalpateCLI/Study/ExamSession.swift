import Content
import Decks
import Foundation
import Progress
import TextFormats

/// A practice exam: answers are recorded as they are given but not revealed until the end; the
/// score, the breakdown and every missed question come last. Exams never move the schedule.
final class ExamSession {
    private let app: AppSession
    private let store: ProgressStore
    private let plan: ExamPlan
    private let passMark: Double
    private let timeLimit: TimeInterval?
    private let details: JSONValue
    private lazy var renderer = QuestionRenderer(
        width: app.width, style: app.style, regions: app.regionQuestionView())
    private lazy var reader = PromptReader(session: app)

    init(
        app: AppSession, store: ProgressStore, plan: ExamPlan, passMark: Double, timeLimit: TimeInterval?,
        details: JSONValue
    ) {
        self.app = app
        self.store = store
        self.plan = plan
        self.passMark = passMark
        self.timeLimit = timeLimit
        self.details = details
    }

    func run() throws -> ExitCode {
        let startedAt = app.context.clock()
        let sessionID = try store.startSession(kind: .exam, at: startedAt)
        var answers = [Bool?](repeating: nil, count: plan.items.count)
        // Partial credit of region answers, by position.
        var credits = [Double?](repeating: nil, count: plan.items.count)
        // What the student gave, in the author's terms (a choice's text, not its letter), for
        // the missed questions at the end.
        var given = [String?](repeating: nil, count: plan.items.count)
        var pending = Array(plan.items.indices)
        var interrupted = false
        // Why the exam ended early, if it did: before any answer it leaves no result.
        var inputEnded = false
        var finishedEarly = false
        app.print(
            wrapping:
                "Practice exam: \(plural(plan.items.count, "question")), pass mark \(Int((passMark * 100).rounded()))%"
                + (timeLimit.map { ", \(Int($0 / 60)) minutes" } ?? "") + ". Answers are revealed at the end."
        )
        // A key stays on one line with what it does.
        app.print(
            lines: TextWrapper(width: app.width, style: app.style).wrap(
                pieces: ["At any prompt:", "? help ·", "s skip (comes back at the end) ·", "q finish now"],
                apply: app.style.dim))
        exam: while let index = pending.first {
            if let timeLimit, app.context.clock().timeIntervalSince(startedAt) >= timeLimit {
                app.print(app.style.yellow("Time is up."))
                break
            }
            let item = plan.items[index]
            // A region question's numbers come from the body model, laid out when it is shown.
            let presentation = renderer.numbered(item.presentation, for: item.question)
            let shownAt = app.context.clock()
            app.print()
            if let clientCase = item.clientCase,
                item.startsCase(after: index > 0 ? plan.items[index - 1] : nil)
            {
                let wrapper = TextWrapper(width: app.width, style: app.style)
                let steps = plan.items.count {
                    $0.deckID == item.deckID && $0.clientCase?.id == clientCase.id
                }
                app.print(
                    lines: wrapper.wrap(
                        "Case: \(TerminalSanitizer.clean(clientCase.title, keepNewlines: false)) "
                            + "(\(plural(steps, "question")), in order)",
                        apply: app.style.bold))
                app.print(
                    lines: wrapper.wrap(TerminalSanitizer.clean(clientCase.scenario, keepNewlines: false)))
                app.print()
            }
            app.print(app.style.dim("Question \(index + 1) of \(plan.items.count)"))
            app.print(lines: renderer.question(item.question, presentation: presentation))
            while true {
                let input = item.question.answersWithOneKey ? reader.readKey() : reader.read()
                guard case .line(let line) = input else {
                    interrupted = app.context.input.wasInterrupted
                    inputEnded = !interrupted
                    break exam
                }
                switch line.lowercased() {
                case "?":
                    app.print(
                        wrapping:
                            "Answer as shown under the question; s skips it until the end, q finishes the exam now."
                    )
                    app.print("Unanswered questions count as wrong.")
                    continue
                case "q":
                    finishedEarly = true
                    break exam
                case "s":
                    guard item.clientCase == nil else {
                        // A case is asked in order, so a step cannot be put off to the end.
                        app.print(
                            app.style.yellow("The steps of a case are answered in order; answer this one."))
                        continue
                    }
                    pending.append(pending.removeFirst())
                    continue exam
                default:
                    break
                }
                let response: Response
                switch ResponseParser.parse(line, question: item.question, presentation: presentation) {
                case .unreadable(let message):
                    app.print(
                        wrapping: "? \(message)", indent: "  ", firstIndent: "", apply: app.style.yellow)
                    continue
                case .answer(let parsed):
                    response = parsed
                }
                let correct = AnswerChecker.isCorrect(response, for: item.question) == true
                answers[index] = correct
                credits[index] = AnswerChecker.credit(response, for: item.question)
                given[index] =
                    AnswerText.canonical(line, question: item.question, presentation: presentation)
                    ?? line
                let milliseconds = Int((app.context.clock().timeIntervalSince(shownAt) * 1000).rounded())
                // A region answer is kept as the regions' names: its numbers mean nothing without
                // the board, which a report does not draw.
                let stored = item.question.type == .region ? given[index] ?? line : line
                try store.recordExamAnswer(
                    sessionID: sessionID, questionID: item.cardID, answer: stored, correct: correct,
                    answeredAt: app.context.clock(), durationMilliseconds: max(0, milliseconds))
                pending.removeFirst()
                break
            }
        }
        if answers.allSatisfy({ $0 == nil }) && (interrupted || inputEnded || finishedEarly) {
            return try leaveUnrecorded(sessionID, inputEnded: inputEnded, interrupted: interrupted)
        }
        let result = ExamResult(plan: plan, answers: answers, passMark: passMark, credits: credits)
        try store.finishSession(
            sessionID, at: app.context.clock(), score: result.score, passed: result.passed,
            details: summary(result).serialized())
        report(result, given: given, seconds: Int(app.context.clock().timeIntervalSince(startedAt)))
        return interrupted ? .interrupted : .success
    }

    /// Ends an exam left before its first answer: no score is recorded (a 0% exam would count
    /// in the student's exam trend and in reports). Input that closed is an error, so a script
    /// that meant to answer notices.
    private func leaveUnrecorded(_ sessionID: SessionID, inputEnded: Bool, interrupted: Bool) throws
        -> ExitCode
    {
        try store.discardSessionWithoutAnswers(sessionID)
        let message = "No question was answered, so this exam is not recorded."
        if inputEnded {
            app.printError(
                "palpate: the input ended before the first answer. \(message) "
                    + "Run 'palpate exam' in a terminal, or give the answers on standard input, one per line."
            )
            return .failure
        }
        app.print(message)
        return interrupted ? .interrupted : .success
    }

    private func summary(_ result: ExamResult) -> JSONValue {
        func tallies(_ list: [ExamResult.Tally]) -> JSONValue {
            .array(
                list.map {
                    .object([
                        ("name", .string($0.name)), ("correct", .int($0.correct)), ("total", .int($0.total)),
                        ("points", .double($0.points)),
                    ])
                })
        }
        var fields: [(String, JSONValue)] = [
            ("options", details), ("correct", .int(result.correct)), ("total", .int(result.total)),
            ("points", .double(result.points)),
            ("by_deck", tallies(result.byDeck)), ("by_tag", tallies(result.byTag)),
            ("by_case", tallies(result.byCase)),
        ]
        if !result.byArea.isEmpty {
            fields.append(
                (
                    "by_area",
                    .array(
                        result.byArea.map {
                            .object([
                                ("area", .string($0.area.id)), ("name", .string($0.area.title)),
                                ("correct", .int($0.tally.correct)), ("total", .int($0.tally.total)),
                                ("points", .double($0.tally.points)),
                                ("band", .string($0.band.rawValue)),
                            ])
                        })
                ))
        }
        return .object(fields)
    }

    private func report(_ result: ExamResult, given: [String?], seconds: Int) {
        let style = app.style
        let percent = Int((result.score * 100).rounded())
        app.print()
        let verdict = result.passed ? style.green("PASS") : style.red("FAIL")
        app.print(
            style.bold("Score: \(ExamResult.marks(result.points, outOf: result.total)) (\(percent)%) — ")
                + verdict
                + " (pass mark \(Int((passMark * 100).rounded()))%, \(formatDuration(seconds)))")
        app.print()
        if !result.byArea.isEmpty {
            app.print(style.bold("By content area (\(plan.blueprint?.name ?? "blueprint"))"))
            app.print(lines: areaLines(result.byArea))
            app.print(
                style.dim(
                    "good: 10 points or more above the pass mark · borderline: within 10 points · poor: further below"
                ))
        }
        app.print(style.bold("By deck"))
        app.print(lines: tallyLines(result.byDeck))
        if !result.byTag.isEmpty {
            app.print(style.bold("By tag (weakest first)"))
            app.print(lines: tallyLines(result.byTag))
        }
        if !result.byCase.isEmpty {
            app.print(style.bold("By case (steps right)"))
            app.print(
                lines: tallyLines(
                    result.byCase.map {
                        var tally = $0
                        tally.name = TerminalSanitizer.clean(tally.name, keepNewlines: false)
                        return tally
                    }))
        }
        guard !result.missed.isEmpty else { return }
        app.print()
        app.print(style.bold("Missed questions"))
        let wrapper = TextWrapper(width: app.width, style: style)
        for item in result.missed {
            app.print()
            app.print(lines: wrapper.wrap(TerminalSanitizer.clean(item.question.prompt, keepNewlines: false)))
            var answer = plan.items.firstIndex { $0.cardID == item.cardID }.flatMap { given[$0] }
            if case .region(let regions) = item.question.kind, let names = answer, let view = renderer.regions
            {
                // By number and title, as the board showed them, with the credit earned.
                let picked = names.components(separatedBy: " + ")
                let credit = RegionGrade(picked: picked, answer: regions).credit
                answer = view.named(picked, answer: regions) + " (credit \(Int((credit * 100).rounded()))%)"
            }
            app.print(
                lines: wrapper.wrap(
                    "Your answer: "
                        + (answer.map { TerminalSanitizer.clean($0, keepNewlines: false) } ?? "(not answered)"),
                    indent: "  ", firstIndent: "", apply: style.red))
            app.print(style.bold("Right answer:"))
            app.print(lines: renderer.correctAnswer(item.question, presentation: item.presentation))
            app.print(
                lines: TextWrapper(width: app.width, style: style).wrap(
                    TerminalSanitizer.clean(item.question.explanation, keepNewlines: false)))
            if !item.question.lesson.isUnlinked {
                app.print(
                    lines: wrapper.wrap(
                        pieces: ["Reread:", "palpate read \(item.question.lesson)"], apply: style.dim))
            }
        }
    }

    private func areaLines(_ scores: [ExamResult.AreaScore]) -> [String] {
        let rows = scores.map {
            [
                TerminalSanitizer.clean($0.area.title, keepNewlines: false),
                ExamResult.marks($0.tally.points, outOf: $0.tally.total),
                "\(Int(($0.tally.fraction * 100).rounded()))%", $0.band.rawValue,
            ]
        }
        return TextTable(header: ["", "RIGHT", "SCORE", "BAND"], rows: rows, rightAligned: [1, 2]).lines(
            style: app.style
        ).dropFirst().map { "  " + $0 }
    }

    private func tallyLines(_ tallies: [ExamResult.Tally]) -> [String] {
        let rows = tallies.map {
            [$0.name, ExamResult.marks($0.points, outOf: $0.total), "\(Int(($0.fraction * 100).rounded()))%"]
        }
        return TextTable(header: ["", "RIGHT", "SCORE"], rows: rows, rightAligned: [1, 2]).lines(
            style: app.style
        ).dropFirst().map { "  " + $0 }
    }
}
