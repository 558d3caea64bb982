import Testing

@testable import TextFormats

@Suite struct CSVWriterTests {
    let writer = CSVWriter()

    @Test func quotesOnlyWhenNeeded() {
        #expect(writer.field("plain text") == "plain text")
        #expect(writer.field("a,b") == "\"a,b\"")
        #expect(writer.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(writer.field("two\nlines") == "\"two\nlines\"")
        #expect(writer.field("") == "")
    }

    @Test func endsRecordsWithCRLF() {
        #expect(writer.record(["a", "b c", "1"]) == "a,b c,1\r\n")
        #expect(writer.document([["h"], ["v"]]) == "h\r\nv\r\n")
    }

    @Test func neutralisesFormulaStarts() {
        #expect(writer.field("=SUM(A1:A9)") == "'=SUM(A1:A9)")
        #expect(writer.field("+cmd") == "'+cmd")
        #expect(writer.field("-2+3") == "'-2+3")
        #expect(writer.field("@SUM(1)") == "'@SUM(1)")
        #expect(writer.field("\tindented") == "'\tindented")
        #expect(writer.field("\rreturn") == "\"'\rreturn\"")
        #expect(writer.field("=HYPERLINK(\"x\",\"y\")") == "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"")
    }

    @Test func leavesPlainNumbersAsNumbers() {
        for number in ["-3.5", "+1", "-0", "-.5", "-1e-05", "+2.5E+3", "42"] {
            #expect(writer.field(number) == number)
        }
        for notANumber in ["-", "-e5", "-1.2.3", "-1e", "-1-1", "-0x10"] {
            #expect(writer.field(notANumber) == "'" + notANumber)
        }
    }

    @Test func neutralisationCanBeTurnedOff() {
        #expect(CSVWriter(neutralisesFormulas: false).field("=1+1") == "=1+1")
    }
}
