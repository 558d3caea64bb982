import Testing
import TextFormats

@testable import Reports

@Suite struct ReportCSVTests {
    @Test func theSummaryIsAFieldValueTable() {
        let csv = ReportCSV.encode(fullHostileReport())
        #expect(csv.hasPrefix("field,value\r\n"))
        #expect(csv.contains("\r\nreviews,4\r\n"))
        #expect(csv.contains("\r\naccuracy,0.750\r\n"))
        #expect(csv.contains("\r\ndue_2026-01-01,2\r\n"))
    }

    @Test func cellsASpreadsheetWouldRunAreNeutralisedAndQuoted() throws {
        let csv = ReportCSV.encode(fullHostileReport())
        #expect(
            csv.contains("student,\"Ana <b>\"\"&\"\"</b> =HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"\r\n"))
        let reviews = ReportCSV.encode(fullHostileReport(), table: .reviews)
        #expect(reviews.contains(",'@SUM(A1),no,12.5\r\n"))
        let tags = ReportCSV.encode(fullHostileReport(), table: .tags)
        #expect(tags.contains("\r\n'+tag,'+tag,2,2,"))
        #expect(tags.contains("\r\n'-b,'-b,1,0,"))
        let exams = ReportCSV.encode(fullHostileReport(), table: .exams)
        #expect(exams.contains(",d 2/3,'@tag 1/2\r\n"))
    }

    @Test func everyTableReadsBackAsRectangularCSV() throws {
        for table in ReportCSV.Table.allCases {
            let rows = try CSVReader.records(in: ReportCSV.encode(reportWithReadiness(), table: table))
            #expect(rows.count > 1, "\(table)")
            #expect(Set(rows.map(\.fields.count)).count == 1, "\(table)")
        }
    }

    @Test func misconceptionsAndCaseScoresHaveTablesOfTheirOwn() {
        let misconceptions = ReportCSV.encode(fullHostileReport(), table: .misconceptions)
        #expect(misconceptions.hasPrefix("decks,misconception,text,times_picked,cards\r\n"))
        #expect(misconceptions.contains("d,formula,\"<script>alert(1)</script>"))
        #expect(misconceptions.hasSuffix(",1,d/q1\r\n"))
        let cases = ReportCSV.encode(fullHostileReport(), table: .cases)
        #expect(cases == "exam_started,case,steps_right,steps\r\n2026-01-01T08:00:00Z,'=runner,2,3\r\n")
    }

    @Test func theDeckTableListsTheWeakestQuestions() {
        let decks = ReportCSV.encode(fullHostileReport(), table: .decks)
        #expect(
            decks.hasPrefix(
                "deck,title,cards_total,cards_seen,mature,mean_retrievability,reviews,accuracy,retention,weakest\r\n"
            ))
        #expect(decks.contains("d,Deck <script>x</script>,3,2,1,0.800,4,0.750,0.750,d/q1\r\n"))
    }
}
