import Foundation
import Testing

@testable import Scheduling

@Suite struct ReplayTests {
    /// The replay input and py-fsrs's output lines (from `Fixtures/generate.py`), compared byte
    /// for byte: varied time zones and fractions, rating names in any case, an extra quoted
    /// column with commas and line breaks, columns in an unusual order.
    @Test(arguments: KnownAnswerFixtures.replays)
    func reproducesPyFSRSLineForLine(_ fixture: KnownAnswerFixtures.Replay) throws {
        let folder = KnownAnswerFixtures.folder
        let input = try String(contentsOf: folder.appendingPathComponent("replay_input.csv"), encoding: .utf8)
        let expected = try String(contentsOf: folder.appendingPathComponent(fixture.file), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let lines = try replay(
            csv: input, fileName: "replay_input.csv", options: try Self.options(fixture.options))
        #expect(lines.count == expected.count)
        #expect(lines.count > 1_000)
        let differing = zip(lines, expected).enumerated().filter { $0.element.0 != $0.element.1 }
        for (index, pair) in differing.prefix(3) {
            Issue.record("line \(index + 1):\n  got      \(pair.0)\n  expected \(pair.1)")
        }
        #expect(differing.isEmpty)
    }

    /// Guards against the parameterised test above silently running on no fixtures.
    @Test func bothReplayOptionSetsHaveFixtures() {
        #expect(Set(KnownAnswerFixtures.replays.map(\.name)) == ["replay_defaults", "replay_options"])
    }

    /// Plain ids are quoted straight from their bytes, the rest through `ReplayLine.string`:
    /// each line's `card_id` is the id as `ReplayLine.string` quotes it, whichever way it went.
    @Test func quotesEveryKindOfIDAsTheJSONStringWriterDoes() throws {
        let ids = [
            "plain-id", "with space", "quote\"inside", "back\\slash", "tab\tin", "del\u{7F}",
            "Schulter–Nacken",
            "~!#$%&'()*+-./:;<=>?@[]^_{|}`",
        ]
        let rows = ids.enumerated().map { index, id in
            "\"\(id.replacingOccurrences(of: "\"", with: "\"\""))\",2025-01-08T11:17:\(10 + index)Z,3\n"
        }
        let lines = try replay(
            csv: "card_id,review_time,rating\n" + rows.joined(), fileName: "ids.csv", options: ReplayOptions()
        )
        #expect(lines.count == ids.count)
        for (id, line) in zip(ids, lines) {
            #expect(line.hasPrefix(#"{"card_id":"# + ReplayLine.string(id) + #","review_time""#), "\(line)")
        }
    }

    @Test func writesOneJSONObjectPerReview() throws {
        let csv = "card_id,review_time,rating\nc1,2025-01-08T11:17:42Z,good\nc1,2025-01-08T12:27:42+01:00,3\n"
        let lines = try replay(csv: csv, fileName: "h.csv", options: ReplayOptions())
        #expect(
            lines == [
                #"{"card_id":"c1","review_time":"2025-01-08T11:17:42Z","rating":3,"retrievability":null,"#
                    + #""state":"learning","step":1,"stability":2.3065,"difficulty":2.118103970459016,"#
                    + #""due":"2025-01-08T11:27:42Z"}"#,
                #"{"card_id":"c1","review_time":"2025-01-08T11:27:42Z","rating":3,"retrievability":1.0,"#
                    + #""state":"review","step":null,"stability":2.3065,"difficulty":2.111214235785395,"#
                    + #""due":"2025-01-10T11:27:42Z"}"#,
            ])
    }

    @Test func headerOnlyGivesNoLines() throws {
        #expect(
            try replay(csv: "card_id,review_time,rating\n", fileName: "h.csv", options: ReplayOptions())
                .isEmpty)
    }

    @Test func anyBadRowMeansNoOutputAndEveryProblemIsListed() {
        let csv = """
            card_id,review_time,rating
            a,2025-01-08T11:17:42Z,3
            b,2025-01-08 11:17,3
            ,2025-01-08T11:17:42Z,Goood
            c,2025-01-08T11:17:42Z,3,extra
            """
        let problems = Self.problems(csv)
        #expect(problems.map(\.line) == [3, 4, 4, 5])
        guard problems.count == 4 else { return }
        #expect(problems.allSatisfy { $0.file == "log.csv" })
        #expect(problems[0].description.hasPrefix("log.csv:3: review_time '2025-01-08 11:17'"))
        #expect(problems[0].message.contains("it has no zone"))
        #expect(problems[1].message.contains("card_id is empty"))
        #expect(problems[2].message.contains("write 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)"))
        #expect(problems[2].message.contains("did you mean Good?"))
        #expect(problems[3].message.contains("4 fields but the header has 3"))
        #expect(problems[3].message.contains("put a field that contains a comma in double quotes"))
    }

    /// The problems replaying `csv` (as `log.csv`) reports; none, and an issue recorded, if it
    /// replays.
    private static func problems(_ csv: String) -> [ReplayProblem] {
        do {
            _ = try replay(csv: csv, fileName: "log.csv", options: ReplayOptions())
            Issue.record("expected an error")
        } catch {
            guard case .invalidInput(let problems) = error else {
                Issue.record("unexpected \(error)")
                return []
            }
            return problems
        }
        return []
    }

    /// Too few fields is a value left out, not an unquoted comma; an empty time says so rather
    /// than that the date is not YYYY-MM-DD.
    @Test func aMissingValueIsCalledMissing() {
        let csv = """
            card_id,review_time,rating
            c3,2025-01-11T09:00:00Z
            c2,,3
            """
        #expect(
            Self.problems(csv).map(\.description) == [
                "log.csv:2: the row has 2 fields but the header has 3; give each row a value for each of "
                    + "the header's 3 columns",
                "log.csv:3: review_time is empty; give the time of the review, e.g. 2025-01-08T11:17:42Z",
            ])
    }

    @Test func invalidOptionsAreReportedBeforeTheInputIsRead() {
        #expect(throws: ReplayError.invalidOptions(.desiredRetentionOutOfRange(1.2))) {
            try replay(csv: "", fileName: "x.csv", options: ReplayOptions(desiredRetention: 1.2))
        }
    }

    @Test func fuzzSeedMakesReplaysReproducibleAndDifferent() throws {
        var csv = "card_id,review_time,rating\n"
        var time = try ISOTimestamp.parse("2025-01-08T08:00:00Z")
        for card in ["a", "b", "c", "d", "e", "f"] {
            for gap in [0, 1, 3, 8, 21, 55] {
                time = time.adding(days: gap)
                csv += "\(card),\(ISOTimestamp.format(time, fractionalSeconds: false)),3\n"
            }
        }
        let seeded = ReplayOptions(fuzzSeed: 1)
        let once = try replay(csv: csv, fileName: "f.csv", options: seeded)
        #expect(try replay(csv: csv, fileName: "f.csv", options: seeded) == once)
        #expect(try replay(csv: csv, fileName: "f.csv", options: ReplayOptions(fuzzSeed: 2)) != once)
        #expect(try replay(csv: csv, fileName: "f.csv", options: ReplayOptions()) != once)
    }

    /// As when cards were keyed by string: the Kelvin sign spelling of K1 is the same card, and
    /// its review prints it as written.
    @Test func equivalentSpellingsShareACardAndPrintAsWritten() throws {
        let csv = "card_id,review_time,rating\nK1,2025-01-08T11:17:42Z,3\n\u{212A}1,2025-01-09T11:17:42Z,3\n"
        let lines = try replay(csv: csv, fileName: "h.csv", options: ReplayOptions())
        #expect(lines.count == 2)
        #expect(
            lines.last?.hasPrefix(#"{"card_id":"\#u{212A}1","review_time":"2025-01-09T11:17:42Z""#) == true)
        #expect(lines.last?.contains(#""retrievability":null"#) == false)
    }

    /// Builds options from the fixture's option texts the way the command line does.
    static func options(_ texts: [String: KnownAnswerFixtures.ReplayOption]) throws -> ReplayOptions {
        var options = ReplayOptions()
        for (key, value) in texts {
            switch (key, value) {
            case ("desired_retention", .number(let number)): options.desiredRetention = number
            case ("learning_steps", .text(let text)): options.learningSteps = try StepList.parse(text)
            case ("relearning_steps", .text(let text)): options.relearningSteps = try StepList.parse(text)
            case ("maximum_interval", .number(let number)): options.maximumInterval = Int(number)
            case ("parameters", .text(let text)): options.parameters = try FSRSParameters(parsing: text)
            case ("fuzz_seed", .number(let number)): options.fuzzSeed = UInt64(number)
            default: throw KnownAnswerFixtures.FixtureError(description: "unknown replay option \(key)")
            }
        }
        return options
    }

    @Test func streamsTheLinesInPiecesOfTheSizeAsked() throws {
        var csv = "card_id,review_time,rating\n"
        for day in 1...20 {
            csv += "c\(day % 3),2025-01-\(day < 10 ? "0" : "")\(day)T08:00:00Z,\(1 + day % 4)\n"
        }
        var chunks: [String] = []
        try replay(csv: Array(csv.utf8), fileName: "h.csv", options: ReplayOptions(), linesPerWrite: 3) {
            chunks.append(String(decoding: $0, as: UTF8.self))
        }
        #expect(chunks.map { $0.split(separator: "\n").count } == [3, 3, 3, 3, 3, 3, 2])
        #expect(chunks.allSatisfy { $0.hasSuffix("\n") })
        let lines = try replay(csv: csv, fileName: "h.csv", options: ReplayOptions())
        #expect(lines.count == 20)
        #expect(chunks.joined() == lines.map { $0 + "\n" }.joined())
    }

    /// The first batches are smaller (one piece, two, four, then eight), so the writers start
    /// sooner; every piece still has the lines asked for, in order, through the change of size.
    @Test func piecesKeepTheirSizeWhileTheBatchesGrow() throws {
        var csv = "card_id,review_time,rating\n"
        for row in 0..<100 {
            csv += "c\(row % 7),2025-02-\(10 + row / 10)T08:\(10 + row % 10):00Z,\(1 + row % 4)\n"
        }
        var pieces: [String] = []
        try replay(csv: Array(csv.utf8), fileName: "h.csv", options: ReplayOptions(), linesPerWrite: 3) {
            pieces.append(String(decoding: $0, as: UTF8.self))
        }
        #expect(pieces.map { $0.split(separator: "\n").count } == Array(repeating: 3, count: 33) + [1])
        let lines = try replay(csv: csv, fileName: "h.csv", options: ReplayOptions())
        #expect(pieces.joined() == lines.map { $0 + "\n" }.joined())
    }

    /// While the file is read, the worker schedules its first reviews ahead (`ReplayHeadStart`);
    /// the lines are the same however many that is, fuzz included (its numbers are drawn in
    /// file order either way), across the ring the reviews are handed over in.
    @Test(arguments: [0, 1, 1_023, 2_500, 40_000])
    func reviewsScheduledAheadGiveTheSameLines(scheduledAhead: Int) throws {
        var csv = "card_id,review_time,rating\n"
        var random = SplitMix64(seed: 11)
        for row in 0..<36_000 {
            let card = Int(random.next() % 400)
            csv +=
                "c\(card),2025-03-\(String(format: "%02d", 1 + row / 1_500))T\(String(format: "%02d", row % 24)):00:00Z,"
            csv += "\(1 + Int(random.next() % 4))\n"
        }
        for seed in [nil, 7] as [UInt64?] {
            var options = ReplayOptions()
            options.fuzzSeed = seed
            let whole = try replay(csv: csv, fileName: "h.csv", options: options)
            var pieces: [String] = []
            try replay(
                chunks: .bytes(Array(csv.utf8), chunkSize: 5_000), fileName: "h.csv", options: options,
                linesPerWrite: 1_024, scheduledAhead: scheduledAhead, warn: { _ in },
                write: { pieces.append(String(decoding: $0, as: UTF8.self)) })
            #expect(pieces.joined().split(separator: "\n").map(String.init) == whole)
        }
    }

    /// Once every review ahead is scheduled, both threads write the rest together through a
    /// ring of text slots (`PieceRing`); tiny pieces go round it hundreds of times, and the
    /// lines still come out whole and in order.
    @Test func linesWrittenTogetherComeOutInOrderAcrossTheRing() throws {
        var csv = "card_id,review_time,rating\n"
        for row in 0..<9_000 {
            csv += "c\(row % 700),2025-03-\(String(format: "%02d", 1 + row / 400))T10:00:00Z,\(1 + row % 4)\n"
        }
        let whole = try replay(csv: csv, fileName: "h.csv", options: ReplayOptions())
        for linesPerWrite in [1, 7, 1_000] {
            var pieces: [String] = []
            try replay(
                chunks: .bytes(Array(csv.utf8)), fileName: "h.csv", options: ReplayOptions(),
                linesPerWrite: linesPerWrite, scheduledAhead: 100_000, warn: { _ in },
                write: { pieces.append(String(decoding: $0, as: UTF8.self)) })
            #expect(pieces.allSatisfy { $0.split(separator: "\n").count <= linesPerWrite })
            #expect(pieces.joined().split(separator: "\n").map(String.init) == whole)
        }
    }

    /// A bad row found after the worker has scheduled reviews ahead: the problem is reported,
    /// nothing is written, and the worker stops (the call returns).
    @Test func aBadRowAfterReviewsScheduledAheadWritesNothing() {
        var csv = "card_id,review_time,rating\n"
        for row in 0..<5_000 {
            csv += "c\(row % 9),2025-04-01T10:\(String(format: "%02d", row / 100)):00Z,3\n"
        }
        csv += "c1,2025-04-02T10:00:00Z,7\n"
        var written = 0
        #expect(throws: ReplayError.self) {
            try replay(
                chunks: .bytes(Array(csv.utf8), chunkSize: 4_096), fileName: "h.csv",
                options: ReplayOptions(),
                linesPerWrite: 64, scheduledAhead: 100_000, warn: { _ in }, write: { _ in written += 1 })
        }
        #expect(written == 0)
    }

    @Test func badInputWritesNothingAtAll() {
        var written = 0
        #expect(throws: ReplayError.self) {
            try replay(
                csv: Array("card_id,review_time,rating\nc1,2025-01-08T11:17:42Z,3\nc1,later,3\n".utf8),
                fileName: "h.csv", options: ReplayOptions(), linesPerWrite: 1
            ) { _ in written += 1 }
        }
        #expect(written == 0)
    }

    /// Issue 15, finding 6: a file read a piece at a time (and a log longer than one block of
    /// the review log) replays exactly as the same text in memory.
    @Test func aFileReadInPiecesReplaysAsTheWholeText() throws {
        var csv = "card_id,review_time,rating\n"
        for row in 0..<70_000 {
            csv +=
                "c\(row % 97),2025-01-\(String(format: "%02d", 1 + row / 2_500))T10:00:\(String(format: "%02d", row % 60))Z,\(1 + row % 4)\n"
        }
        let whole = try replay(csv: csv, fileName: "h.csv", options: ReplayOptions())
        var pieces: [String] = []
        try replay(
            chunks: .bytes(Array(csv.utf8), chunkSize: 4_093), fileName: "h.csv", options: ReplayOptions()
        ) { pieces.append(String(decoding: $0, as: UTF8.self)) }
        #expect(pieces.joined().split(separator: "\n").map(String.init) == whole)
    }

    @Test func aFileThatIsNotUTF8IsRefusedAtItsRow() throws {
        let bytes =
            Array("card_id,review_time,rating\nc1,2025-01-08T11:17:42Z,Good\nc".utf8) + [0xE9]
            + Array(",2025-01-09T11:17:42Z,Good\n".utf8)
        #expect(
            throws: ReplayError.invalidInput([
                ReplayProblem(
                    file: "h.csv", line: 3, message: "'h.csv' is not UTF-8 text; save it as UTF-8 CSV")
            ])
        ) {
            try replay(chunks: .bytes(bytes, chunkSize: 7), fileName: "h.csv", options: ReplayOptions()) {
                _ in
            }
        }
    }
}

/// Replay reads plain rows straight from the bytes and leaves the rest to the CSV reader: the
/// two paths must read the same history, whatever the mix.
@Suite struct ReplayFastReadingTests {
    /// Rows of a few cards over a month, one going back in time.
    static let rows: [(id: String, time: String, rating: String)] = (0..<300).map { row in
        let day = 1 + row / 12
        let time = "2025-01-\(day < 10 ? "0" : "")\(day)T\(10 + row % 12):0\(row % 10):00Z"
        return ("card-\(row % 7)", row == 150 ? "2025-01-01T09:00:00Z" : time, "\(1 + row * 7 % 4)")
    }

    static func csv(_ spell: (Int, (id: String, time: String, rating: String)) -> String) -> String {
        "card_id,review_time,rating\n" + rows.enumerated().map { spell($0.offset, $0.element) }.joined()
    }

    /// Rows of the usual form (`id,time,digit`) are taken by the shortest path; a row that only
    /// looks like one is left to the general reading, which reports it: the same problems, on the
    /// same lines, as with the columns in another order (which never takes the shortest path).
    @Test func rowsAlmostOfTheUsualFormAreReportedAsEver() {
        let rows = [
            ("c1", "2025-01-01T08:00:00Z", "3"), ("c1", "2025-13-01T08:00:00Z", "3"),
            ("c2", "2025-01-01T08:00:00Z", "5"), ("c3", "2025-01-01T08:00:00Z", "3,x"),
            ("", "2025-01-01T08:00:00Z", "3"), ("c4 ", "2025-01-01T08:00:00Z", "0"),
            ("c5", "2025-01-01T08:00:00Z", "2"),
        ]
        func problems(_ text: String) -> [ReplayProblem] {
            do {
                try replay(
                    chunks: .bytes(Array(text.utf8), chunkSize: 50), fileName: "h.csv",
                    options: ReplayOptions()
                ) {
                    _ in
                }
            } catch ReplayError.invalidInput(let problems) {
                return problems
            } catch {}
            return []
        }
        let usual = problems(
            "card_id,review_time,rating\n" + rows.map { "\($0.0),\($0.1),\($0.2)\n" }.joined())
        let reordered = problems(
            "rating,card_id,review_time\n"
                + rows.map { row in
                    let parts = row.2.split(separator: ",", omittingEmptySubsequences: false)
                    return "\(parts[0]),\(row.0),\(row.1)\(parts.dropFirst().map { ",\($0)" }.joined())\n"
                }
                .joined())
        #expect(usual.map(\.line) == [3, 4, 5, 6, 7])
        #expect(usual == reordered)
    }

    @Test func plainRowsAndEveryOtherSpellingReplayAlike() throws {
        let plain = Self.csv { _, row in "\(row.id),\(row.time),\(row.rating)\n" }
        // Every field quoted: nothing for the fast path.
        let quoted = Self.csv { _, row in "\"\(row.id)\",\"\(row.time)\",\"\(row.rating)\"\n" }
        // A mix: CRLF line ends, named ratings, offsets, fractions, blank lines, spaces to trim.
        let names = ["1": "Again", "2": "hard", "3": "GOOD", "4": "Easy"]
        let mixed = Self.csv { index, row in
            switch index % 6 {
            case 0: "\(row.id),\(row.time),\(row.rating)\r\n"
            case 1: "\(row.id),\(row.time),\(names[row.rating]!)\n"
            case 2:
                "\(row.id),\(row.time.replacingOccurrences(of: "Z", with: ".000000+00:00")),"
                    + "\(row.rating)\n\n"
            case 3: " \(row.id) ,\(row.time),\(row.rating)\n"
            default: "\(row.id),\(row.time),\(row.rating)\n"
            }
        }
        // Windows line ends throughout, blank lines included, on the same lines as the plain file.
        let crlf = plain.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n\r\n"
        var outputs: [[String]] = []
        var warnings: [[String]] = []
        for text in [plain, quoted, mixed, crlf] {
            var lines: [String] = []
            var warned: [String] = []
            try replay(
                chunks: .bytes(Array(text.utf8), chunkSize: 97), fileName: "h.csv", options: ReplayOptions(),
                linesPerWrite: 16, warn: { warned.append($0) },
                write: {
                    lines += String(decoding: $0, as: UTF8.self).split(separator: "\n").map(String.init)
                })
            outputs.append(lines)
            warnings.append(warned)
        }
        #expect(outputs[0].count == Self.rows.count)
        #expect(outputs[1] == outputs[0])
        // Times are printed in UTC and ratings as digits, however the file spelt them.
        #expect(outputs[2] == outputs[0])
        #expect(warnings[0].count == 1 && warnings[0][0].hasPrefix("h.csv:152: warning: card 'card-3'"))
        #expect(warnings[1] == warnings[0])
        #expect(outputs[3] == outputs[0])
        #expect(warnings[3] == warnings[0])
    }
}
