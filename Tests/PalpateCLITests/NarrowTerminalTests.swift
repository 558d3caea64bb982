import Foundation
import Testing

@testable import PalpateCLI

private let morning = Date(timeIntervalSince1970: 1_767_258_000)  // 2026-01-01T09:00:00Z

/// At 60 columns every line Palpate prints fits, broken between words by Palpate rather than
/// mid-word by the terminal; a key, a table row's id or a command to copy is never split.
@Suite struct NarrowTerminalTests {
    /// The lines of `text` wider than `width` characters.
    private func overflowing(_ text: String, width: Int = 60) -> [String] {
        text.split(separator: "\n").map(String.init).filter { $0.count > width }
    }

    /// `palpate ARGUMENTS` on the study course in a terminal `width` columns wide, without colour.
    private func run(
        _ arguments: [String], input: [String] = [], data: URL = temporaryDataDirectory(), width: Int? = 60,
        terminal: Bool = true
    ) -> CLIRun {
        runPalpate(
            ["--content", studyCourse.path, "--data-dir", data.path] + arguments, input: input,
            environment: ["NO_COLOR": "1"], now: morning, terminal: terminal, width: width)
    }

    @Test func theFlashcardRatingLineBreaksBetweenRatings() {
        // Skip the five graded cards to reach the flashcard, then flip it.
        let run = run(["review"], input: ["s", "s", "s", "s", "s", "", ""])
        #expect(overflowing(run.output).isEmpty, "\(overflowing(run.output))")
        let lines = run.output.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("How well did you recall it? 1 Again") })
        #expect(
            lines.contains { $0.hasPrefix("4 Easy (Enter: Good)") || $0.hasSuffix("4 Easy (Enter: Good)") })
    }

    @Test func theControlKeyMessageWrapsUnderItsQuestionMark() {
        let run = run(["review"], input: ["\u{1B}[A", "q"])
        let message = run.output.split(separator: "\n").drop {
            !$0.contains("? that line holds control keys")
        }
        #expect(overflowing(run.output).isEmpty, "\(overflowing(run.output))")
        #expect(message.count > 2)
        #expect(message.dropFirst().prefix(2).allSatisfy { $0.hasPrefix("  ") })
        #expect(run.output.contains("Escape or"))
    }

    @Test func theExamHeaderKeepsEachKeyWithWhatItDoes() {
        let run = run(["exam", "--seed", "7"], input: ["?", "q"])
        #expect(overflowing(run.output).isEmpty, "\(overflowing(run.output))")
        let lines = run.output.split(separator: "\n")
        #expect(lines.contains { $0.contains("revealed at the end.") })
        #expect(lines.contains { $0.hasSuffix("q finish now") })
    }

    @Test func statsAndCardsTablesFitTheTerminalAndStayOneRowALinePiped() throws {
        let student = Student()
        let data = student.data
        _ = run(["review"], input: [try student.correctAnswer("mc", at: morning), "", "q"], data: data)
        let stats = run(["stats"], data: data)
        #expect(stats.exitCode == .success)
        #expect(overflowing(stats.output).isEmpty, "\(overflowing(stats.output))")
        // The card counts that do not fit continue below, under their own headings.
        #expect(stats.output.contains("\nNEW  LEARNING  REVIEW  MATURE  RELEARNING  SUSPENDED\n"))
        #expect(stats.output.contains("\nSKIPPED  LEECHES\n0        0\n"))
        let cards = run(["cards"], data: data)
        #expect(overflowing(cards.output).isEmpty, "\(overflowing(cards.output))")
        // The id on a line of its own, its state and due time (in words) under it.
        #expect(cards.output.contains("\nmini/mc\n  learning  in 10 minutes "))
        // Piped, a script still reads one card a line.
        let piped = run(["cards"], data: data, width: nil, terminal: false).output.split(separator: "\n")
        #expect(piped.first?.hasPrefix("CARD ") == true && piped.first?.hasSuffix("PROMPT") == true)
        #expect(
            piped.contains {
                $0.hasPrefix("mini/mc ") && $0.contains("learning  2026-01-01 09:10 (in 10 minutes)")
            })
        let pipedStats = run(["stats"], data: data, width: nil, terminal: false)
        #expect(
            pipedStats.output.contains(
                "NEW  LEARNING  REVIEW  MATURE  RELEARNING  SUSPENDED  SKIPPED  LEECHES"))
        // The columns that count cards again say so: the row does not add up to the total.
        #expect(pipedStats.output.contains("so they do not add to the total"))
    }

    /// A leech's prompt goes under its card on a narrow terminal; piped or wide, one line.
    @Test func leechLinesFitANarrowTerminal() {
        let prompt =
            "Which muscle refers pain to the temple, the eyebrow and behind the eye when pressed?"
        let leech = { (width: Int?) in
            StatsCommand.leechLines(
                cardID: "referral-patterns/ref-sternocleidomastoid", lapses: 9, suspended: true,
                prompt: prompt, width: width, style: TerminalStyle(enabled: false))
        }
        let narrow = leech(60)
        #expect(
            narrow.prefix(2) == ["  referral-patterns/ref-sternocleidomastoid", "    9 lapses, suspended"])
        #expect(narrow.count == 4)
        #expect(narrow.allSatisfy { $0.count <= 60 })
        #expect(narrow.dropFirst().allSatisfy { $0.hasPrefix("    ") })
        #expect(narrow.dropFirst(2).joined(separator: " ").contains("Which muscle refers pain"))
        let one = [
            "  referral-patterns/ref-sternocleidomastoid  9 lapses, suspended  " + prompt.prefix(59) + "…"
        ]
        #expect(leech(nil) == one)
        #expect(leech(140) == one)
        #expect(leech(100).count == 2)  // the counts fit beside the id, the prompt goes under
    }

    @Test func helpWrapsToANarrowTerminal() {
        for arguments in [["--help"], ["help", "card"], ["stats", "--help"]] {
            let run = run(arguments)
            #expect(run.exitCode == .success)
            #expect(overflowing(run.output).isEmpty, "\(arguments): \(overflowing(run.output))")
        }
        // An option in brackets is never split across lines.
        #expect(
            run(["help", "card"]).output.contains(
                "\n       [--reset | --suspend | --unsuspend | --bury | --undo]\n"))
        // Piped with no width known, help keeps its 80 columns.
        let piped = run(["--help"], width: nil, terminal: false)
        #expect(
            piped.output.contains(
                "  exam          Sit a practice exam (scored; does not change your schedule)\n"))
    }

    @Test func aMistypedGlobalOptionPointsToHelpThatExists() {
        let run = runPalpate(["--colour", "never"])
        #expect(run.exitCode == .usage)
        #expect(run.errorOutput.hasSuffix("\nSee 'palpate --help'.\n"))
        #expect(runPalpate(["--help"]).exitCode == .success)
    }

    @Test func errorsWrapOnATerminalWithAQuotationKeptWhole() {
        let data = temporaryDataDirectory()
        let mistyped = run(["cards", "--state", "nonsense state"], data: data)
        #expect(mistyped.exitCode == .usage)
        #expect(
            mistyped.errorOutput == """
                palpate: --state must be new, learning, review, relearning,
                  suspended, skipped, leech or due, not 'nonsense state'
                See 'palpate help cards'.

                """)
        let created = run(["review"], input: ["q"], data: data)
        #expect(overflowing(created.errorOutput).isEmpty, "\(created.errorOutput)")
        #expect(created.errorOutput.hasPrefix("Created your progress store in"))
        // Piped, an error stays one line for logs and scripts.
        let piped = run(["cards", "--state", "nonsense state"], width: nil, terminal: false)
        #expect(
            piped.errorOutput.hasPrefix(
                "palpate: --state must be new, learning, review, relearning, suspended,"))
    }
}
