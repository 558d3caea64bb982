import Testing

@testable import Scheduling

@Suite struct ReplayLineTests {
    @Test func escapesStringsAsPythonJSONDoes() {
        #expect(ReplayLine.string("plain") == "\"plain\"")
        #expect(ReplayLine.string("a\"b\\c") == #""a\"b\\c""#)
        #expect(ReplayLine.string("tab\tnew\nline\r") == #""tab\tnew\nline\r""#)
        #expect(ReplayLine.string("\u{01}\u{1F}") == #""\u0001\u001f""#)
        #expect(ReplayLine.string("Schulter–Nacken") == "\"Schulter–Nacken\"")
    }

    /// Ids up to sixteen bytes are copied as two words, longer ones whole: both read back as
    /// the id, with nothing of the bytes after it.
    @Test(arguments: [#""c\"1""#, #""card-0123456789""#, #""a card id well over sixteen bytes long""#])
    func writesEachPhaseByItsNameAndEndsTheLine(quotedID: String) throws {
        let time = try ISOTimestamp.parse("2025-01-08T11:17:42.5Z")
        // One memo for all the lines, as for a thread's: from the second on, the numbers and the
        // due date come from it.
        let memo = ReplayLineMemo()
        for phase in CardPhase.allCases {
            let schedule = CardSchedule(
                phase: phase, step: phase == .review ? nil : 12, stability: 1e-5, difficulty: 5,
                dueInstant: time, lastReviewInstant: time)
            let line = ReplayLine(
                time: time, rating: .hard,
                outcome: ReplayOutcome(ReviewOutcome(schedule: schedule, retrievability: nil)))
            var text = Array("before\n".utf8)
            // Bytes follow the id, as the next ids and the padding do in replay.
            let id = Array(quotedID.utf8)
            (id + repeatElement(UInt8(ascii: "x"), count: ReplayWriter.idReadAhead)).withUnsafeBufferPointer {
                padded in
                text.write(atMost: id.count + ReplayLine.longestWithoutCardID) {
                    line.write(
                        quotedCardID: UnsafeBufferPointer(rebasing: padded.prefix(id.count)), memo: memo,
                        to: &$0)
                }
            }
            let step = phase == .review ? "null" : "12"
            #expect(
                String(decoding: text, as: UTF8.self)
                    == "before\n"
                    + #"{"card_id":\#(quotedID),"review_time":"2025-01-08T11:17:42.500000Z","rating":2,"#
                    + #""retrievability":null,"state":"\#(phase.name)","step":\#(step),"stability":1e-05,"#
                    + #""difficulty":5.0,"due":"2025-01-08T11:17:42Z"}"# + "\n")
        }
    }
}
