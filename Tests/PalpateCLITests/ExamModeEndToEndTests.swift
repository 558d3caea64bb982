import Content
import Foundation
import Insights
import Progress
import Scheduling
import Testing
import TextFormats

@testable import PalpateCLI

/// Exam mode through the built `palpate`, its input and output piped, as a script (or a student
/// with a shell) drives it: the exam date, the dashboard, `today --json`, a blueprint exam, and a
/// student who studies every day until the exam.
@Suite(.enabled(if: BuiltExecutable.url != nil, "\(BuiltExecutable.missing)"))
struct ExamModeEndToEndTests {
    private let executable = BuiltExecutable.url ?? URL(fileURLWithPath: "/nonexistent")

    /// Runs `palpate arguments` at `now` (ISO 8601) with `input` typed, and waits for it to end.
    private func palpate(
        _ arguments: [String], data: URL, now: String, content: URL = packageRoot, input: [String] = []
    ) throws -> (status: Int32, output: String, errors: String) {
        let process = try RunningPalpate(
            ["--content", content.path, "--data-dir", data.path] + arguments,
            environment: ["PALPATE_NOW": now, "HOME": data.path, "TZ": "UTC"], executable: executable)
        for line in input { process.send(line) }
        process.closeInput()
        let (status, errors) = process.finish()
        return (status, process.text, errors)
    }

    @Test func theExamDateTheDashboardAndTodayJSONThroughPipes() throws {
        let data = temporaryDataDirectory()
        let now = "2026-03-01T08:00:00Z"
        let refused = try palpate(["config", "exam-date", "2026-02-27"], data: data, now: now)
        #expect(refused.status == 1)
        #expect(refused.output.isEmpty)
        #expect(
            refused.errors.contains(
                "the exam date must be after today (2026-03-01) and at most 10 years ahead: 2026-02-27 is in the past"
            ))
        let set = try palpate(["config", "exam-date", "2026-03-20"], data: data, now: now)
        #expect(set.status == 0)
        #expect(set.output == "exam-date = 2026-03-20\n")

        let dashboard = try palpate([], data: data, now: now)
        let cards = CardCatalog(library: ContentLibrary.load(root: packageRoot, displayBase: packageRoot))
            .order.count
        #expect(dashboard.status == 0)
        #expect(!dashboard.output.contains("\u{1B}"))
        let lines = dashboard.output.split(separator: "\n").map(String.init)
        let exam = try #require(lines.first { $0.hasPrefix("Exam ") })
        #expect(exam.hasPrefix("Exam         MBLEx in 19 days (2026-03-20) · readiness "))
        #expect(exam.contains(" · weakest area: "))
        // Piped, each row stays on one line, however long.
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "Workload     19 days to the exam: 0 cards due as they stand and \(cards) new cards planned"
                )
            })

        let json = try palpate(["today", "--json"], data: data, now: now)
        #expect(json.status == 0)
        let root = try JSONParser.parse(Array(json.output.utf8))
        guard case .object(let fields) = root.value,
            case .object(let examFields)? = fields.first(where: { $0.key == "exam" })?.value.value
        else {
            Issue.record("no exam object in \(json.output.prefix(200))")
            return
        }
        let keys = examFields.map(\.key)
        for key in ["name", "date", "days_left", "target", "readiness", "areas", "workload", "new_cards"] {
            #expect(keys.contains(key), "\(key)")
        }
        guard
            case .number(let readiness, _)? = examFields.first(where: { $0.key == "readiness" })?.value.value
        else {
            Issue.record("readiness is not a number")
            return
        }
        #expect(readiness > 0 && readiness < 1)
    }

    @Test func aBlueprintExamAnsweredThroughAPipeEndsWithEachAreasBand() throws {
        let data = temporaryDataDirectory()
        let process = try RunningPalpate(
            [
                "--content", packageRoot.path, "--data-dir", data.path, "exam", "--blueprint", "--count",
                "10", "--seed", "5",
            ],
            environment: ["PALPATE_NOW": "2026-03-01T08:00:00Z", "HOME": data.path], executable: executable)
        var driver = ReviewDriver()
        var answered = 0
        while answered < 10, driver.answerNext(process) { answered += 1 }
        #expect(answered == 10)
        let finished = process.waitForOutput { $0.contains("By content area") }
        process.closeInput()
        let (status, errors) = process.finish()
        #expect(finished)
        #expect(status == 0, "\(errors)")
        #expect(process.text.contains("Question 10 of 10"))
        #expect(!process.text.contains("Question 11"))
        #expect(!process.text.contains("\u{1B}"))
        let table = process.text[process.text.range(of: "By content area")!.lowerBound...]
        #expect(table.contains("good") || table.contains("borderline") || table.contains("poor"))
    }

    /// The fixture deck's prompts, to tell which card is on screen.
    private static let prompts: [(id: String, prompt: String)] = [
        ("mc", "Which is palpable?"), ("tf", "Latent trigger points cause spontaneous pain."),
        ("match", "Match the muscle to its zone."), ("order", "Order the session."),
        ("short", "The painless-until-pressed type is called?"), ("card", "What is a twitch response?"),
    ]

    /// One `palpate review` at `now`, every card answered right and rated as suggested (Good).
    /// Returns the lines typed.
    @discardableResult
    private func studyRightly(data: URL, student: Student, at now: Date) throws -> Int {
        let process = try RunningPalpate(
            ["--content", studyCourse.path, "--data-dir", data.path, "review"],
            environment: [
                "PALPATE_NOW": ISOTimestamp.format(Instant(now), fractionalSeconds: false), "HOME": data.path,
            ], executable: executable)
        var consumed = 0
        var answered = 0
        for _ in 0..<100 {
            var reply: String?
            let found = process.waitForOutput { text in
                let utf8 = Array(text.utf8)
                guard consumed < utf8.count else { return false }
                let fresh = String(decoding: utf8[consumed...], as: UTF8.self)
                guard let newline = fresh.lastIndex(of: "\n") else { return false }
                for line in fresh[..<newline].split(separator: "\n") {
                    if line.hasPrefix("Enter: Good") || line.hasPrefix("Recall the answer")
                        || line.hasPrefix("Enter to continue")
                    {
                        reply = ""
                    } else if line.hasPrefix("How well did you recall it?") {
                        reply = "3"
                    } else if [
                        "Answer with a letter", "Choose all", "True or false", "Give a letter",
                        "Put the step", "Type your answer",
                    ]
                    .contains(where: { line.hasPrefix($0) }) {
                        let shown = Self.prompts.max {
                            (fresh.range(of: $0.prompt, options: .backwards)?.lowerBound ?? fresh.startIndex)
                                < (fresh.range(of: $1.prompt, options: .backwards)?.lowerBound
                                    ?? fresh.startIndex)
                        }
                        reply = shown.flatMap { try? student.correctAnswer($0.id, at: now) }
                    }
                    if reply != nil {
                        consumed = utf8.count - fresh[newline...].utf8.count + 1
                        return true
                    }
                }
                return false
            }
            guard found, let line = reply else { break }
            process.send(line)
            answered += 1
        }
        process.closeInput()
        #expect(process.finish().status == 0)
        return answered
    }

    @Test func aStudentWhoStudiesEveryDayThroughPipesIsAtTheTargetOnTheExamDay() throws {
        let student = Student()
        let data = student.data
        let first = Date(timeIntervalSince1970: 1_767_258_000)  // 2026-01-01T09:00:00Z
        let set = try palpate(
            ["config", "exam-date", "2026-01-13"], data: data, now: "2026-01-01T09:00:00Z",
            content: studyCourse)
        #expect(set.status == 0)
        // Above the desired retention (0.9), which FSRS alone would let the cards fall to.
        let target = try palpate(
            ["config", "exam-target", "0.95"], data: data, now: "2026-01-01T09:00:00Z", content: studyCourse)
        #expect(target.status == 0)
        // Every morning until the day before the exam: a review, and again after each learning step.
        for day in 0..<12 {
            for minutes in [0.0, 2, 13, 25] {
                try studyRightly(
                    data: data, student: student,
                    at: first.addingTimeInterval(Double(day) * 86_400 + minutes * 60))
            }
        }
        let store = try student.store()
        defer { try? store.close() }
        let states = try store.cardStates()
        #expect(states.count == 6)
        // The script answered every card right: each review is Good, and the cards came back for
        // reviews before the exam (more than their learning steps alone).
        let cursor = try store.reviews(in: Date.distantPast..<Date.distantFuture)
        var reviews: [ReviewRecord] = []
        while let review = try cursor.next() { reviews.append(review) }
        #expect(reviews.allSatisfy { $0.rating == .good && $0.correct != false })
        #expect(
            reviews.filter { $0.before?.schedule.phase == .review }.count >= 6, "\(reviews.count) reviews")
        // 2026-01-13T04:00:00Z, the start of the exam's study day.
        let examDay = Date(timeIntervalSince1970: 1_768_276_800)
        let scheduler = FSRSScheduler()
        for (id, state) in states {
            #expect(!state.schedule.isNew, "\(id)")
            let recall = scheduler.retrievability(of: state.schedule, at: examDay)
            #expect(recall >= 0.95, "\(id): \(recall)")
        }
        // The dashboard on the exam's eve says every card is started: no intake warning.
        let eve = try palpate(["today"], data: data, now: "2026-01-12T20:00:00Z", content: studyCourse)
        #expect(!eve.output.contains("will still be new"))
    }
}
