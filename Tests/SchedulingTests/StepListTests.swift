import Testing

@testable import Scheduling

@Suite struct StepListTests {
    @Test func readsUnitsAndSpaces() throws {
        #expect(try StepList.parse("1m,10m") == [60, 600])
        #expect(try StepList.parse(" 30s, 1h ,1d") == [30, 3_600, 86_400])
        #expect(try StepList.parse("1.5m") == [90])
    }

    @Test func noneMeansNoSteps() throws {
        #expect(try StepList.parse("none") == [])
        #expect(try StepList.parse("NONE") == [])
    }

    @Test func rejectsMissingUnitsAndNonPositiveDurations() {
        #expect(throws: StepList.ParseError.self) { try StepList.parse("10") }
        #expect(throws: StepList.ParseError.self) { try StepList.parse("0m") }
        #expect(throws: StepList.ParseError.self) { try StepList.parse("1m,,10m") }
        #expect(throws: StepList.ParseError.self) { try StepList.parse("") }
        #expect(throws: StepList.ParseError.self) { try StepList.parse("5w") }
    }

    @Test func errorSaysWhatWouldBeValid() {
        do {
            _ = try StepList.parse("10")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("'10' has no unit"))
            #expect(error.description.contains("e.g. 1m,10m"))
        }
    }

    @Test func formatsBackToTheShortestText() {
        #expect(StepList.format([60, 600]) == "1m,10m")
        #expect(StepList.format([]) == "none")
        #expect(StepList.format([30, 86_400, 5_400]) == "30s,1d,90m")
    }
}
