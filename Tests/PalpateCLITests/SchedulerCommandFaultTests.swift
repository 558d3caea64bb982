import Foundation
import Testing

@testable import PalpateCLI

/// A folder holding `h.csv` with `contents`.
private func historyFile(_ contents: [UInt8]) throws -> URL {
    let folder = temporaryDataDirectory()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(contents).write(to: folder.appendingPathComponent("h.csv"))
    return folder
}

private let header = "card_id,review_time,rating\n"

private func goodRows(_ count: Int) -> String {
    (0..<count).map {
        "c\($0 % 50),2025-01-\(String(format: "%02d", 1 + $0 / 200))T10:\(String(format: "%02d", $0 % 60)):00Z,Good\n"
    }
    .joined()
}

@Suite struct SchedulerCommandFaultTests {
    @Test func aBadRowAtTheEndOfALongFileWritesNothingAtAll() throws {
        let folder = try historyFile(
            Array((header + goodRows(5_000) + "c1,2025-01-30T10:00:00Z,Perfect\n").utf8))
        let run = runPalpate(["scheduler", "replay", "h.csv"], directory: folder)
        #expect(run.exitCode == .failure)
        #expect(run.output.isEmpty)
        #expect(run.errorOutput.contains("h.csv:5002: "), "\(run.errorOutput)")
    }

    @Test func lineNumbersCountTheFilesLinesWhateverItsLineEndsAndQuotedBreaks() throws {
        let csv =
            "card_id,review_time,rating,notes\r\n"
            + "c1,2025-01-08T11:17:42Z,Good,\"a note\r\nover two lines\"\r\n"
            + "c1,2025-01-09T11:17:42Z,Hard,\r\n"
            + ",2025-01-10T11:17:42Z,Good,\r\n"
            + "c2,2025-01-10 11:17,Good,\r\n"
        let run = runPalpate(["scheduler", "replay", "h.csv"], directory: try historyFile(Array(csv.utf8)))
        #expect(run.exitCode == .failure)
        #expect(run.output.isEmpty)
        #expect(run.errorOutput.contains("h.csv:5: card_id is empty"), "\(run.errorOutput)")
        #expect(run.errorOutput.contains("h.csv:6: review_time"), "\(run.errorOutput)")
        #expect(!run.errorOutput.contains("h.csv:4:"))
    }

    @Test func bytesThatAreNotUTF8AreReportedAtTheirLine() throws {
        let bytes =
            Array((header + "c1,2025-01-08T11:17:42Z,Good\nc").utf8) + [0xE9]
            + Array(",2025-01-09T11:17:42Z,Good\n".utf8)
        let run = runPalpate(["scheduler", "replay", "h.csv"], directory: try historyFile(bytes))
        #expect(run.exitCode == .failure)
        #expect(run.output.isEmpty)
        #expect(run.errorOutput == "palpate: h.csv:3: 'h.csv' is not UTF-8 text; save it as UTF-8 CSV\n")
    }

    @Test func aRowWithTooFewCellsOrATruncatedFileIsLocated() throws {
        let short = header + "c1,2025-01-08T11:17:42Z\nc2,2025-01-08T11:17:42Z,Good\n"
        let shortRun = runPalpate(
            ["scheduler", "replay", "h.csv"], directory: try historyFile(Array(short.utf8)))
        #expect(shortRun.exitCode == .failure)
        #expect(shortRun.output.isEmpty)
        #expect(shortRun.errorOutput.hasPrefix("palpate: h.csv:2: the row has 2 fields but the header has 3"))
        let cut = header + "c2,2025-01-08T11:17:42Z,Good\nc3,\"2025"
        let cutRun = runPalpate(
            ["scheduler", "replay", "h.csv"], directory: try historyFile(Array(cut.utf8)))
        #expect(cutRun.exitCode == .failure)
        #expect(cutRun.output.isEmpty)
        #expect(cutRun.errorOutput.hasPrefix("palpate: h.csv:3: a quoted field opened here is never closed"))
    }

    @Test func aHugeHostileRatingIsQuotedShortAndEscaped() throws {
        let rating = "\u{1B}]52;c;" + String(repeating: "A", count: 1_000_000) + "\u{07}"
        let csv = header + "c1,2025-01-08T11:17:42Z,\(rating)\n"
        let run = runPalpate(["scheduler", "replay", "h.csv"], directory: try historyFile(Array(csv.utf8)))
        #expect(run.exitCode == .failure)
        #expect(run.output.isEmpty)
        #expect(run.errorOutput.contains(#"h.csv:2: rating '\e]52;c;AAAA"#), "\(run.errorOutput.prefix(300))")
        #expect(run.errorOutput.utf8.count < 400, "\(run.errorOutput.prefix(300))")
    }
}
