import Foundation
import Scheduling
import Testing

@testable import PalpateCLI

@Suite struct SchedulerOptimizeCommandTests {
    /// The shared review history as `scheduler optimize` reads it, rebuilt from the scheduler
    /// fixtures' `real_history.csv` (card, review_us, rating), with an ignored review_duration.
    static func realHistoryFile() throws -> URL {
        let source = packageRoot.appendingPathComponent("Tests/SchedulingTests/Fixtures/real_history.csv")
        var csv = "card_id,review_time,review_rating,review_duration\n"
        for line in try String(contentsOf: source, encoding: .utf8).split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            let time = Instant(microsecondsSince1970: Int64(fields[1])!)
            csv += "\(fields[0]),\(time),\(fields[2]),1000\n"
        }
        return try write(csv, name: "history.csv")
    }

    static func write(_ text: String, name: String) throws -> URL {
        let folder = temporaryDataDirectory()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func printsParametersThatReplayAcceptsAndTheFigures() throws {
        let file = try Self.realHistoryFile()
        let run = runPalpate(["scheduler", "optimize", file.path])
        #expect(run.exitCode == .success)
        #expect(run.errorOutput == "")
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            lines.first
                == "12580 reviews of 1205 cards; 5329 of them predictable (a review a day or more after the card's previous one)."
        )
        let index = try #require(lines.firstIndex(of: "Fitted parameters (for --parameters):"))
        let parameters = try FSRSParameters(parsing: lines[index + 1])
        #expect(parameters != .default)
        #expect(run.output.contains("default parameters   0.4502     0.0883\n"))
        #expect(
            run.output.contains("These parameters predict your recall better than the defaults: 0.450 → 0.43")
        )
        let replay = runPalpate(["scheduler", "replay", file.path, "--parameters", lines[index + 1]])
        #expect(replay.exitCode == .success)
    }

    @Test func jsonIsOneObjectWithTheFigures() throws {
        let file = try Self.realHistoryFile()
        let run = runPalpate(["scheduler", "optimize", file.path, "--json"])
        #expect(run.exitCode == .success)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["outcome"] as? String == "fitted")
        #expect((object["parameters"] as? [Double])?.count == 21)
        #expect(object["reviews"] as? Int == 12_580)
        #expect(object["cards"] as? Int == 1_205)
        #expect(object["items"] as? Int == 5_329)
        let fitted = try #require(object["fitted"] as? [String: Double])
        let defaults = try #require(object["default"] as? [String: Double])
        #expect(fitted["log_loss"]! <= 0.4403)
        #expect(fitted["rmse_bins"]! <= 0.052)
        #expect(abs(defaults["log_loss"]! - 0.45019) < 1e-4)
    }

    @Test func tooLittleHistorySaysHowMuchMoreIsNeeded() throws {
        var csv = "card_id,review_time,rating\n"
        for card in 0..<10 {
            csv += "c\(card),2025-01-0\(1 + card % 3)T10:00:00Z,Good\nc\(card),2025-02-01T10:00:00Z,Again\n"
        }
        let file = try Self.write(csv, name: "short.csv")
        let run = runPalpate(["scheduler", "optimize", file.path])
        #expect(run.exitCode == .success)
        #expect(
            run.output == """
                20 reviews of 10 cards; 10 of them predictable (a review a day or more after the card's previous one).
                Too little history to fit parameters: at least 100 predictable reviews are needed, 90 more. \
                Nothing was changed; the defaults stay.

                """)
        let json = runPalpate(["scheduler", "optimize", file.path, "--json"])
        #expect(json.output.hasPrefix(#"{"outcome":"too_little_history","needed":90,"parameters":[0.212,"#))
    }

    @Test func oneCardKeepsTheDefaultsAndSaysWhy() throws {
        var csv = "card_id,review_time,rating\n"
        for day in 0..<150 {
            let date = Date(timeIntervalSince1970: 1_735_725_600 + Double(day) * 86_400)
            csv += "only,\(Instant(date)),\(day % 4 == 3 ? "Again" : "Good")\n"
        }
        let run = runPalpate(["scheduler", "optimize", try Self.write(csv, name: "one.csv").path])
        #expect(run.exitCode == .success)
        #expect(run.output.contains("The defaults stay: every review is of one card"))
        #expect(!run.output.contains("nan"))
    }

    @Test func badRowsAreReportedEscapedAndCut() throws {
        let hostile = "\u{1b}[2J" + String(repeating: "x", count: 100)
        let csv =
            "card_id,review_time,rating\nc1,2025-01-08T11:17:42Z,\(hostile)\nc1,2025-01-07T11:17:42Z,9\n"
        let run = runPalpate(["scheduler", "optimize", try Self.write(csv, name: "bad.csv").path])
        #expect(run.exitCode == .failure)
        #expect(run.output == "")
        #expect(
            run.errorOutput.contains(
                "bad.csv:2: rating '\\e[2J" + String(repeating: "x", count: 55) + "…'"))
        #expect(run.errorOutput.contains("bad.csv:3: rating '9' is not a rating"))
        #expect(!run.errorOutput.contains("\u{1b}"))
    }

    @Test func replayOptionsAndUnknownSubcommandsAreUsageErrors() {
        let withReplayOption = runPalpate(["scheduler", "optimize", "h.csv", "--fuzz-seed", "3"])
        #expect(withReplayOption.exitCode == .usage)
        #expect(withReplayOption.errorOutput.contains("--fuzz-seed is an option of scheduler replay"))
        let jsonOnReplay = runPalpate(["scheduler", "replay", "h.csv", "--json"])
        #expect(jsonOnReplay.exitCode == .usage)
        let unknown = runPalpate(["scheduler", "optimise\u{7}", "h.csv"])
        #expect(unknown.exitCode == .usage)
        #expect(unknown.errorOutput.contains("unknown subcommand 'optimise\\u{7}'"))
        let help = runPalpate(["help", "scheduler"])
        #expect(help.output.contains("palpate scheduler optimize FILE [--json]"))
    }
}
