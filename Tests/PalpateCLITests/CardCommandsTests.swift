import Foundation
import Testing

@testable import PalpateCLI

@Suite struct CardCommandsTests {
    private let morning = Date(timeIntervalSince1970: 1_767_258_000)  // 2026-01-01T09:00:00Z

    private func run(_ student: Student, _ arguments: [String], terminal: Bool = false, input: [String] = [])
        -> CLIRun
    {
        runPalpate(
            ["--content", studyCourse.path, "--data-dir", student.data.path] + arguments, input: input,
            now: morning, terminal: terminal)
    }

    @Test func suspendSaysWhatChangedAndUndoPutsItBack() throws {
        let student = Student()
        let suspended = run(student, ["card", "mini/mc", "--suspend"])
        #expect(suspended.exitCode == .success)
        #expect(suspended.output.contains("Suspended mini/mc: now suspended"))
        #expect(suspended.output.contains("Undo with: palpate card mini/mc --undo"))
        #expect(try student.store().cardState(id: "mini/mc")?.suspended == true)
        #expect(run(student, ["cards", "--state", "suspended"]).output.contains("mini/mc"))
        let undone = run(student, ["card", "mini/mc", "--undo"])
        #expect(undone.exitCode == .success)
        #expect(try student.store().cardState(id: "mini/mc") == nil)
        #expect(run(student, ["card", "mini/mc", "--undo"]).exitCode == .failure)
    }

    @Test func aMistypedCardIsAnsweredWithTheNearestOne() {
        let result = run(Student(), ["card", "mini/mcc", "--suspend"])
        #expect(result.exitCode == .usage)
        #expect(result.errorOutput.contains("did you mean 'mini/mc'?"))
    }

    @Test func onATerminalAChangeAsksFirst() throws {
        let student = Student()
        let declined = run(student, ["card", "mini/tf", "--bury"], terminal: true, input: ["n"])
        #expect(declined.exitCode == .failure)
        #expect(try student.store().cardState(id: "mini/tf") == nil)
    }

    @Test func resetAllRefusesWithoutYesWhenPipedAndBacksUpFirst() throws {
        let student = Student()
        _ = student.review(try student.allCorrect(at: morning), at: morning)
        let refused = run(student, ["reset", "--all"])
        #expect(refused.exitCode == .usage)
        let reset = run(student, ["reset", "--all", "--yes"])
        #expect(reset.exitCode == .success)
        #expect(reset.output.contains("palpate doctor --restore 2026-01-01 --yes"))
        #expect(try student.store().progressCounts().isEmpty)
    }

    @Test func searchFindsTheSectionAndTheQuestion() {
        let result = runPalpate(["--content", studyCourse.path, "search", "taut", "band"], now: morning)
        #expect(result.exitCode == .success)
        #expect(result.output.contains("palpate read basics#taut-band"))
        #expect(result.output.contains("card mini/mc"))
        #expect(runPalpate(["--content", studyCourse.path, "search", "zzz"]).exitCode == .failure)
        #expect(runPalpate(["--content", studyCourse.path, "search"]).exitCode == .usage)
    }
}
