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
}
