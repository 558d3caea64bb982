import Foundation
import Testing
import TextFormats

@testable import Reports

@Suite struct ReportJSONTests {
    @Test func aReportReadsBackExactlyAsWritten() throws {
        let report = fullHostileReport()
        let text = ReportJSON.encode(report)
        #expect(try ReportJSON.decode(Array(text.utf8), file: "r.json") == report)
    }

    @Test func aReportWrittenBeforeTheRightAnswerAndRetentionCountsWereKeptStillReads() throws {
        // The same report as an earlier release wrote it: no `answer` on weak questions, no
        // `retention_reviews` on decks and tags (the totals always had theirs).
        var object = try #require(
            try JSONSerialization.jsonObject(with: Data(ReportJSON.encode(fullHostileReport()).utf8))
                as? [String: Any])
        func withoutAnswers(_ list: Any?) -> [[String: Any]] {
            (list as? [[String: Any]] ?? []).map {
                var weak = $0
                weak["answer"] = nil
                return weak
            }
        }
        object["weakest"] = withoutAnswers(object["weakest"])
        for key in ["by_deck", "by_tag"] {
            object[key] = (object[key] as? [[String: Any]] ?? []).map {
                var group = $0
                group["retention_reviews"] = nil
                group["weakest"] = withoutAnswers(group["weakest"])
                return group
            }
        }
        let text = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        let decoded = try ReportJSON.decode(Array(text.utf8), file: "old.json")
        #expect(decoded.weakest.first?.answer == nil)
        #expect(decoded.byDeck.first?.retentionReviews == nil)
        #expect(decoded.totals.retentionReviews == 4)
    }

    @Test func theClassViewCanSkipTheReviewLog() throws {
        let decoded = try ReportJSON.decode(
            Array(ReportJSON.encode(fullHostileReport()).utf8), file: "r.json", includeReviews: false)
        #expect(decoded.reviews.isEmpty)
        #expect(decoded.items.count == 1)
    }

    @Test func theOutputFollowsTheShippedSchema() throws {
        let schema = try JSONParser.parse(Array(try Data(contentsOf: reportSchemaURL)))
        for report in [fullHostileReport(), studentReport("Empty")] {
            let value = try JSONParser.parse(Array(ReportJSON.encode(report).utf8))
            #expect(JSONSchemaValidator.validate(value, schema: schema).map(\.description) == [])
        }
    }

    @Test func theSchemaCatchesAReportThatBreaksIt() throws {
        let schema = try JSONParser.parse(Array(try Data(contentsOf: reportSchemaURL)))
        let text = ReportJSON.encode(fullHostileReport())
            .replacingOccurrences(of: "\"rating\": \"again\"", with: "\"rating\": \"maybe\"")
        let value = try JSONParser.parse(Array(text.utf8))
        #expect(
            JSONSchemaValidator.validate(value, schema: schema).map(\.description) == [
                "$.reviews[0].rating: 'maybe' is not one of again, hard, good, easy"
            ])
    }

    @Test func keysComeInAStableOrderWithISOTimes() {
        let text = ReportJSON.encode(fullHostileReport())
        let keys = [
            "\"format\"", "\"student\"", "\"generated_at\"", "\"time_zone\"", "\"period\"", "\"decks\"",
            "\"totals\"",
        ]
        let positions = keys.compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count)
        #expect(positions == positions.sorted())
        #expect(text.contains("\"generated_at\": \"2026-01-01T09:00:00Z\""))
        #expect(text.contains("\"at\": \"2026-01-01T08:58:19.750000Z\""))
        #expect(text.contains("\"format\": \"palpate-report/1\""))
    }

    @Test func errorsNameTheFileLineColumnAndField() {
        let text = ReportJSON.encode(studentReport("Ana")).replacingOccurrences(
            of: "\"reviews\": 0,", with: "\"reviews\": \"many\",")
        #expect(throws: ReportFileError.self) { try ReportJSON.decode(Array(text.utf8), file: "ana.json") }
        do {
            _ = try ReportJSON.decode(Array(text.utf8), file: "ana.json")
        } catch {
            let line = text.components(separatedBy: "\n").firstIndex { $0.contains("\"many\"") }.map {
                $0 + 1
            }
            #expect(
                error.description
                    == "ana.json:\(line ?? 0):16: error: 'totals.reviews' must be a whole number of 0 or more, not text (a string)"
            )
        }
    }

    @Test func aTruncatedFileIsASyntaxErrorAtItsEnd() {
        let text = String(ReportJSON.encode(studentReport("Ana")).prefix(40))
        do {
            _ = try ReportJSON.decode(Array(text.utf8), file: "cut.json")
            Issue.record("a truncated file was read")
        } catch {
            #expect(error.description.hasPrefix("cut.json:"))
            #expect(error.position != nil)
        }
    }

    /// Issue 15, finding 6: the class view reads a report a window at a time, past its review
    /// log, and must read it exactly as the whole-file decoder does.
    @Test func readingAWindowAtATimeGivesTheSameReportAndTheSameErrors() throws {
        let text = ReportJSON.encode(fullHostileReport())
        let bytes = Array(text.utf8)
        let whole = try ReportJSON.decode(bytes, file: "r.json", includeReviews: false)
        for chunkSize in [1, 7, 4_096] {
            let streamed = try ReportJSON.decodeWithoutReviews(
                .bytes(bytes, chunkSize: chunkSize), file: "r.json")
            #expect(streamed == whole, "chunks of \(chunkSize)")
        }
        // An error after the review log, and one in a file that is not JSON at all.
        for broken in [
            text.replacingOccurrences(of: "\"prompt\":", with: "\"prompt\": 3, \"x\":"),
            String(text.prefix(200)),
            text.replacingOccurrences(of: "\"reviews\": 0,", with: "\"reviews\": \"many\","),
        ] {
            let wholeError = #expect(throws: ReportFileError.self) {
                try ReportJSON.decode(Array(broken.utf8), file: "b.json", includeReviews: false)
            }
            let streamedError = #expect(throws: ReportFileError.self) {
                try ReportJSON.decodeWithoutReviews(.bytes(Array(broken.utf8), chunkSize: 5), file: "b.json")
            }
            #expect(streamedError == wholeError)
        }
    }

    @Test func aLongReviewLogIsReadPastNotHeld() throws {
        // 200,000 reviews (~40 MB) handed out a chunk at a time and never kept whole.
        let text = ReportJSON.encode(studentReport("Ana"))
        guard let open = text.range(of: "\"reviews\": [") else {
            Issue.record("no review log")
            return
        }
        let head = Array(text[..<open.upperBound].utf8)
        let tail = Array(text[open.upperBound...].drop { $0 != "]" }.utf8)
        let entry = Array(
            #"{"card": "d/q", "at": "2026-01-01T08:00:00Z", "rating": "good", "answer": "x"}"#.utf8)
        let count = 200_000
        let source = ByteChunks {
            var sent = -1
            return {
                defer { sent += 1 }
                if sent == -1 { return head }
                if sent < count { return (sent == 0 ? [] : Array(",".utf8)) + entry }
                return sent == count ? tail : []
            }
        }
        let report = try ReportJSON.decodeWithoutReviews(source, file: "long.json")
        #expect(report.student == "Ana")
        #expect(report.reviews.isEmpty)
    }
}
