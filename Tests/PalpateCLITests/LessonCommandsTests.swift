import Foundation
import Progress
import Testing

@testable import PalpateCLI

@Suite struct LessonCommandsTests {
    @Test func lessonsListsTheCurriculumInOrder() {
        let run = runPalpate(["lessons"])
        #expect(run.exitCode == .success)
        let ids = run.output.split(separator: "\n").dropFirst().prefix { !$0.hasPrefix("Read one with") }.map
        {
            $0.split(separator: " ").first.map(String.init)
        }
        #expect(ids.first == "what-is-a-trigger-point")
        #expect(ids.count == 11)
        #expect(ids[5] == "more-referral-patterns")
        #expect(ids.last == "claims-and-evidence")
        #expect(run.output.hasSuffix("Read one with: palpate read what-is-a-trigger-point\n"))
    }

    @Test func readShowsOneSectionOnly() {
        let run = runPalpate(["read", "referral-patterns#upper-trapezius"])
        #expect(run.exitCode == .success)
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "Referral patterns")
        #expect(lines[1] == "about 45 min · referral-patterns")  // the title once, not again as the topic
        #expect(lines[3] == "Upper trapezius")
        #expect(lines[4] == "---------------")
        #expect(!run.output.contains("Levator scapulae"))
        #expect(lines.allSatisfy { $0.count <= 80 })
    }

    /// `read` of a whole lesson counts it as read (the dashboard suggested it again after it was
    /// read); one section alone does not.
    @Test func readingAWholeLessonMarksItRead() throws {
        let data = temporaryDataDirectory()
        let read = { (target: String) in
            runPalpate(["--content", studyCourse.path, "--data-dir", data.path, "read", target])
        }
        #expect(read("basics#taut-band").exitCode == .success)
        var store = try ProgressStore.open(directory: data, now: fixedNow, timeZone: .gmt)
        #expect(try store.lessonsRead().isEmpty)
        try store.close()
        #expect(read("basics").exitCode == .success)
        store = try ProgressStore.open(directory: data, now: fixedNow, timeZone: .gmt)
        #expect(try store.lessonsRead() == ["basics": fixedNow])
    }

    @Test func readWrapsToTheTerminalWidth() {
        let run = runPalpate(["read", "techniques"], width: 50)
        #expect(run.output.split(separator: "\n").allSatisfy { $0.count <= 50 })
    }

    @Test func unknownLessonSuggestsTheNearest() {
        let run = runPalpate(["read", "refferal"])
        #expect(run.exitCode == .failure)
        #expect(run.errorOutput == "palpate: no lesson 'refferal'; did you mean: referral-patterns?\n")
    }

    @Test func unknownSectionSuggestsTheNearest() {
        let run = runPalpate(["read", "safety#red-flag"])
        #expect(run.exitCode == .failure)
        #expect(
            run.errorOutput
                == "palpate: the lesson 'safety' has no section '#red-flag'; did you mean: #red-flags?\n")
    }

    @Test func readWithoutALessonIsAUsageError() {
        let run = runPalpate(["read"])
        #expect(run.exitCode == .usage)
        #expect(run.errorOutput.hasPrefix("palpate: 'read' needs a lesson id\n"))
    }
}
