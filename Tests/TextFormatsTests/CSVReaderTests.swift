import Testing

@testable import TextFormats

@Suite struct CSVReaderTests {
    private func fields(_ text: String) throws -> [[String]] {
        try CSVReader.records(in: text).map(\.fields)
    }

    @Test func readsPlainRecordsWithAnyLineEnd() throws {
        #expect(try fields("a,b\r\nc,d\r\n") == [["a", "b"], ["c", "d"]])
        #expect(try fields("a,b\nc,d") == [["a", "b"], ["c", "d"]])
        #expect(try fields("a,b\rc,d\r") == [["a", "b"], ["c", "d"]])
    }

    /// Rows without quotes point into the text, quoted ones into a copy: mixed in any order,
    /// each reads its own fields, and says whether they are ASCII.
    @Test func plainAndQuotedRowsAlternate() throws {
        var rows: [(fields: [String], isASCII: Bool)] = []
        try CSVReader.forEachRow(in: Array("plain,row\n\"quoted\",é\nlonger plain text,x\nné,\"q\"\n".utf8)) {
            rows.append(($0.record.fields, $0.isASCII))
        }
        #expect(
            rows.map(\.fields) == [
                ["plain", "row"], ["quoted", "é"], ["longer plain text", "x"], ["né", "q"],
            ])
        #expect(rows.map(\.isASCII) == [true, false, true, false])
    }

    @Test func keepsEmptyFields() throws {
        #expect(try fields("a,,c,\n,\n") == [["a", "", "c", ""], ["", ""]])
    }

    @Test func readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let text = "id,note\n1,\"says \"\"hi\"\", twice\"\n2,\"two\r\nlines\"\n3,\"\"\n"
        #expect(
            try fields(text) == [
                ["id", "note"], ["1", "says \"hi\", twice"], ["2", "two\r\nlines"], ["3", ""],
            ])
    }

    @Test func numbersRecordsByTheLineTheyStartOn() throws {
        let records = try CSVReader.records(in: "h\n\"a\nb\nc\"\n\nlast\n")
        #expect(records.map(\.line) == [1, 2, 6])
        #expect(records.map(\.fields) == [["h"], ["a\nb\nc"], ["last"]])
    }

    @Test func skipsAByteOrderMarkAndBlankLines() throws {
        #expect(try fields("\u{FEFF}card_id,rating\n\n1,3\n") == [["card_id", "rating"], ["1", "3"]])
    }

    @Test func keepsUnicodeText() throws {
        #expect(
            try fields("Muskel,\"Trapezius – Pars descendens\"\n") == [
                ["Muskel", "Trapezius – Pars descendens"]
            ])
    }

    @Test func reportsAnUnterminatedQuoteAtTheLineItOpens() {
        #expect(throws: CSVError(kind: .unterminatedQuote, line: 2)) {
            try CSVReader.records(in: "a,b\n1,\"never closed\n2,3\n")
        }
    }

    @Test func reportsTextAfterAClosingQuote() {
        #expect(throws: CSVError(kind: .textAfterClosingQuote, line: 1)) {
            try CSVReader.records(in: "\"quoted\"tail,b\n")
        }
    }

    @Test func reportsAStrayQuoteInAnUnquotedField() {
        #expect(throws: CSVError(kind: .quoteInUnquotedField, line: 3)) {
            try CSVReader.records(in: "a\nb\nsay \"hi\"\n")
        }
    }

    @Test func errorsSayHowToFixTheField() {
        let error = CSVError(kind: .unterminatedQuote, line: 4)
        #expect(error.description.hasPrefix("line 4: "))
        #expect(error.description.contains("\"\""))
    }

    @Test func readsWhatTheWriterWrites() throws {
        let rows = [["id", "note"], ["1", "a, \"b\"\nc"], ["2", ""], ["3", "=1+1"]]
        let text = CSVWriter(neutralisesFormulas: false).document(rows)
        #expect(try fields(text) == rows)
    }

    @Test func visitsRowsAsBytesWithQuotesRemoved() throws {
        var seen: [(line: Int, fields: [String])] = []
        try CSVReader.forEachRow(in: Array("id,note\n\n1,\"a \"\"b\"\"\nc\",\n".utf8)) { row in
            seen.append((row.line, (0..<row.count).map { String(decoding: row[$0], as: UTF8.self) }))
        }
        #expect(seen.map(\.line) == [1, 3])
        #expect(seen.map(\.fields) == [["id", "note"], ["1", "a \"b\"\nc", ""]])
    }

    @Test func visitsTheRowsBeforeAMalformedOne() {
        var lines: [Int] = []
        #expect(throws: CSVError(kind: .quoteInUnquotedField, line: 3)) {
            try CSVReader.forEachRow(in: Array("a\nb\nsay \"hi\"\nd\n".utf8)) { lines.append($0.line) }
        }
        #expect(lines == [1, 2])
    }
}
