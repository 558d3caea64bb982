import Foundation
import Testing

@testable import PalpateCLI

private let fixtures = packageRoot.appendingPathComponent("Tests/SchedulingTests/Fixtures")

private func expected(_ name: String) throws -> String {
    try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
}

@Suite struct SchedulerCommandTests {
    @Test func replayWithDefaultsMatchesPyFSRSByteForByte() throws {
        let run = runPalpate(["scheduler", "replay", "replay_input.csv"], directory: fixtures)
        #expect(run.exitCode == .success)
        #expect(run.errorOutput == "")
        #expect(run.output == (try expected("replay_defaults.jsonl")))
    }

    @Test func replayWithEveryOptionMatchesPyFSRS() throws {
        let custom = try customParameters()
        let run = runPalpate(
            [
                "scheduler", "replay", "replay_input.csv", "--desired-retention", "0.85", "--learning-steps",
                "30s,5m,1h",
                "--relearning-steps", "10m", "--maximum-interval", "365", "--parameters", custom,
                "--fuzz-seed", "99",
            ], directory: fixtures)
        #expect(run.exitCode == .success)
        #expect(run.output == (try expected("replay_options.jsonl")))
    }

    @Test func dashReadsTheHistoryFromStandardInput() throws {
        let lines = try String(
            contentsOf: fixtures.appendingPathComponent("replay_input.csv"), encoding: .utf8
        ).components(separatedBy: "\n")
        let run = runPalpate(["scheduler", "replay", "-"], input: lines)
        #expect(run.exitCode == .success)
        #expect(run.output == (try expected("replay_defaults.jsonl")))
        let bad = runPalpate(
            ["scheduler", "replay", "-"], input: ["card_id,review_time,rating", "c1,soon,3"])
        #expect(bad.exitCode == .failure)
        #expect(bad.output == "")
        #expect(bad.errorOutput.hasPrefix("palpate: <stdin>:2: review_time 'soon'"))
    }

    @Test func badRowsPrintNothingAndReportLines() throws {
        let folder = temporaryDataDirectory()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let csv =
            "card_id,review_time,rating\nc1,2025-01-08T11:17:42Z,Good\nc1,yesterday,Good\nc2,2025-01-09T10:00:00Z,7\n"
        try csv.write(to: folder.appendingPathComponent("h.csv"), atomically: true, encoding: .utf8)
        let run = runPalpate(["scheduler", "replay", "h.csv"], directory: folder)
        #expect(run.exitCode == .failure)
        #expect(run.output == "")
        #expect(run.errorOutput.contains("h.csv:3:"))
        #expect(run.errorOutput.contains("h.csv:4:"))
    }

    /// A file with only its header replays nothing: standard output stays empty for scripts,
    /// and standard error says why.
    @Test func aHeaderAloneIsNothingToReplayAndSaysSo() throws {
        let folder = temporaryDataDirectory()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "card_id,review_time,rating\n".write(
            to: folder.appendingPathComponent("h.csv"), atomically: true, encoding: .utf8)
        let run = runPalpate(["scheduler", "replay", "h.csv"], directory: folder)
        #expect(run.exitCode == .success)
        #expect(run.output == "")
        #expect(run.errorOutput == "'h.csv' has no reviews after its header: nothing to replay\n")
    }

    @Test func badOptionValuesAreUsageErrors() {
        let bad = [
            ["--desired-retention", "1.5"], ["--learning-steps", "10"], ["--maximum-interval", "0"],
            ["--parameters", "1,2,3"], ["--fuzz-seed", "-1"],
        ]
        for options in bad {
            let run = runPalpate(["scheduler", "replay", "replay_input.csv"] + options, directory: fixtures)
            #expect(run.exitCode == .usage, "\(options)")
            #expect(run.output == "")
        }
    }

    @Test func missingFileIsAClearFailure() {
        let run = runPalpate(["scheduler", "replay", "nope.csv"])
        #expect(run.exitCode == .failure)
        #expect(
            run.errorOutput
                == "palpate: cannot read 'nope.csv'; check that the file exists and that you may read it\n")
    }

    /// The custom weights the fixture generator used, as it wrote them into configs.json.
    private func customParameters() throws -> String {
        let data = try Data(contentsOf: fixtures.appendingPathComponent("configs.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let configs = try #require(root["configs"] as? [[String: Any]])
        let custom = try #require(configs.first { ($0["name"] as? String) == "custom_parameters" })
        let weights = try #require(custom["parameters"] as? [Double])
        return weights.map { "\($0)" }.joined(separator: ",")
    }
}

@Suite struct SchedulerCommandHostileTests {
    @Test func aCardIDWithControlsIsEscapedInTheJSONLines() {
        let run = runPalpate(
            ["scheduler", "replay", "-"],
            input: ["review_time,card_id,rating", "2024-03-29T20:32:54Z,c\u{9B}6n\u{1B}]0;x\u{07},good"])
        #expect(run.exitCode == .success)
        #expect(run.output.contains(#""card_id":"c\u009b6n\u001b]0;x\u0007""#), "\(run.output)")
        expectPlainText(run.output, "replay output")
    }

    /// Issue 15, finding 5: a card's reviews going back in time were replayed without a word.
    @Test func aCardsReviewGoingBackInTimeIsWarnedWithItsLine() {
        let run = runPalpate(
            ["scheduler", "replay", "-"],
            input: [
                "card_id,review_time,rating", "c1,2025-01-09T10:00:00Z,good", "c2,2025-01-01T10:00:00Z,good",
                "c1,2025-01-08T10:00:00Z,again",
            ])
        #expect(run.exitCode == .success)
        #expect(run.output.split(separator: "\n").count == 3)
        #expect(
            run.errorOutput
                == "<stdin>:4: warning: card 'c1' goes back in time: reviewed at 2025-01-08T10:00:00Z, before its "
                + "review on line 2 at 2025-01-09T10:00:00Z; reviews are replayed in file order (sort the file by "
                + "review_time if they were meant to be in time order)\n")
    }

    /// On a terminal the warning is wrapped at a word to its width, as other messages are; piped
    /// (above) it stays on one line.
    @Test func aWarningOnATerminalIsWrappedToItsWidth() {
        let run = runPalpate(
            ["scheduler", "replay", "-"],
            input: [
                "card_id,review_time,rating", "c1,2025-01-09T10:00:00Z,good", "c1,2025-01-08T10:00:00Z,again",
            ],
            terminal: true, width: 60)
        #expect(run.exitCode == .success)
        let lines = run.errorOutput.split(separator: "\n")
        #expect(lines.count > 3)
        #expect(lines.allSatisfy { $0.count <= 60 }, "\(run.errorOutput)")
        #expect(
            lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
                == "<stdin>:3: warning: card 'c1' goes back in time: reviewed at 2025-01-08T10:00:00Z, before its "
                + "review on line 2 at 2025-01-09T10:00:00Z; reviews are replayed in file order (sort the file by "
                + "review_time if they were meant to be in time order)")
    }
}
