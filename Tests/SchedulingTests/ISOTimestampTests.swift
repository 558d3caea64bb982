import Testing

@testable import Scheduling

@Suite struct ISOTimestampTests {
    private func micros(_ text: String) throws -> Int64 {
        try ISOTimestamp.parse(text).microsecondsSince1970
    }

    @Test func readsUTCOffsetsAndFractions() throws {
        #expect(try micros("2025-01-08T11:17:42Z") == 1_736_335_062_000_000)
        #expect(try micros("2025-01-08T12:17:42+01:00") == 1_736_335_062_000_000)
        #expect(try micros("2025-01-08T05:47:42-05:30") == 1_736_335_062_000_000)
        #expect(try micros("2025-01-08T12:17:42+0100") == 1_736_335_062_000_000)
        #expect(try micros("2025-01-08 11:17:42.25Z") == 1_736_335_062_250_000)
        #expect(try micros("2024-03-29T20:32:32.250000+00:00") == 1_711_744_352_250_000)
        #expect(try micros("2025-01-08T11:17:42.1234569Z") == 1_736_335_062_123_456)
        #expect(try micros("2025-01-08T11:17Z") == 1_736_335_020_000_000)
        #expect(try micros("1969-12-31T23:59:59.5Z") == -500_000)
    }

    @Test func refusesTimesWithoutAZone() {
        do {
            _ = try ISOTimestamp.parse("2025-01-08T11:17:42")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("it has no zone"))
            #expect(error.description.contains("2025-01-08T11:17:42Z"))
        }
    }

    @Test func refusesImpossibleDatesAndJunk() {
        for text in [
            "2025-02-29T00:00:00Z", "2025-13-01T00:00:00Z", "2025-01-08T24:00:00Z", "2025-01-08", "yesterday",
            "2025-01-08T11:17:42Zx", "2025-01-08T11:17:42.Z", "2025-01-08T11:17:42+25:00",
        ] {
            #expect(throws: ISOTimestamp.ParseError.self) { try ISOTimestamp.parse(text) }
        }
        #expect(throws: Never.self) { try ISOTimestamp.parse("2024-02-29T00:00:00Z") }
    }

    @Test func writesUTCWithOptionalMicroseconds() throws {
        let instant = try ISOTimestamp.parse("2025-01-08T12:17:42.5+01:00")
        #expect(ISOTimestamp.format(instant, fractionalSeconds: true) == "2025-01-08T11:17:42.500000Z")
        #expect(ISOTimestamp.format(instant, fractionalSeconds: false) == "2025-01-08T11:17:42Z")
        let whole = try ISOTimestamp.parse("2025-01-08T11:17:42Z")
        #expect(ISOTimestamp.format(whole, fractionalSeconds: true) == "2025-01-08T11:17:42Z")
        let before1970 = Instant(microsecondsSince1970: -500_000)
        #expect(ISOTimestamp.format(before1970, fractionalSeconds: false) == "1969-12-31T23:59:59Z")
    }

    @Test func readsBytesFromTheMiddleOfABuffer() throws {
        let bytes = Array("x,2025-01-08T12:17:42+01:00,3".utf8)
        #expect(
            try ISOTimestamp.parse(utf8: bytes[2..<27]) == (try ISOTimestamp.parse("2025-01-08T11:17:42Z")))
        do {
            _ = try ISOTimestamp.parse(utf8: bytes[2..<21])
            Issue.record("expected an error")
        } catch {
            #expect(error.text == "2025-01-08T12:17:42")
        }
    }

    /// Replay writes a review's time and its due date through one writer, the time's date
    /// remembered by the writer and the due date's kept in a memo: many times in turn, on days
    /// near and far (years from 0001 to 9999 included, and past it), each reads as `format`
    /// writes it alone.
    @Test func timesWrittenInTurnThroughTheWriterAndAMemoReadAsWrittenAlone() {
        var random = SplitMix64(seed: 3)
        var instants: [(Instant, Bool)] = []
        var review = Instant(microsecondsSince1970: 1_736_335_062_000_000)
        for index in 0..<4_000 {
            review = review.adding(microseconds: Int64(random.next() % 20_000_000_000))
            // Due the same day now and then (a learning step), whole days on at the same
            // second (a review), else up to about 12 years on.
            let ahead =
                index % 7 == 0
                ? 60_000_000
                : index % 3 == 0
                    ? Int64(random.next() % 3_000) * 86_400_000_000
                    : Int64(random.next() % 400_000_000_000_000) - 1_000_000
            let farthest = Instant(microsecondsSince1970: -62_135_596_800_000_000)
            instants.append((review, true))
            instants.append((index % 50 == 0 ? farthest : review.adding(microseconds: ahead), false))
        }
        let tenThousand = Instant(microsecondsSince1970: 253_402_300_800 * Instant.microsecondsPerSecond)
        instants.append((Instant(microsecondsSince1970: 253_402_300_799_000_000), false))
        instants.append((tenThousand, false))
        instants.append((tenThousand, false))
        let dueDates = ISODateMemo()
        var text: [UInt8] = []
        text.write(atMost: instants.count * (ISOTimestamp.longestFormat + 1)) { writer in
            for (instant, isReview) in instants {
                if isReview {
                    ISOTimestamp.write(instant, fractionalSeconds: true, to: &writer)
                } else {
                    ISOTimestamp.write(instant, fractionalSeconds: false, dates: dueDates, to: &writer)
                }
                writer.put(UInt8(ascii: "\n"))
            }
        }
        let expected = instants.map { instant, isReview in
            ISOTimestamp.format(instant, fractionalSeconds: isReview) + "\n"
        }
        .joined()
        #expect(String(decoding: text, as: UTF8.self) == expected)
    }

    /// Dates a memo keeps are found again by their day, and a day that shares a slot with
    /// another pushes it out rather than being read as it.
    @Test func aDateMemoFindsTheDaysItKept() {
        let text = { (date: ReplayWriter.DateText?) -> String? in
            guard let date else { return nil }
            var bytes: [UInt8] = []
            bytes.write(atMost: 10) { $0.put(date: date) }
            return String(decoding: bytes, as: UTF8.self)
        }
        let dates = ISODateMemo()
        let day: Int64 = 19_800
        let sharingTheSlot = day + Int64(ISODateMemo.slots)
        #expect(text(dates.date(ofDay: day)) == nil)
        dates.remember(ReplayWriter.dateText(year: 2024, month: 3, day: 17), ofDay: day)
        #expect(text(dates.date(ofDay: day)) == "2024-03-17")
        #expect(text(dates.date(ofDay: sharingTheSlot)) == nil)
        dates.remember(ReplayWriter.dateText(year: 2025, month: 8, day: 1), ofDay: sharingTheSlot)
        #expect(text(dates.date(ofDay: day)) == nil)
        #expect(text(dates.date(ofDay: sharingTheSlot)) == "2025-08-01")
    }

    @Test func appendsAfterWhatIsAlreadyWritten() throws {
        var text = Array("due=".utf8)
        ISOTimestamp.append(
            try ISOTimestamp.parse("0987-06-05T04:03:02.000001Z"), fractionalSeconds: true, to: &text)
        let tenThousand = Instant(microsecondsSince1970: 253_402_300_800 * Instant.microsecondsPerSecond)
        ISOTimestamp.append(tenThousand, fractionalSeconds: false, to: &text)
        #expect(
            String(decoding: text, as: UTF8.self) == "due=0987-06-05T04:03:02.000001Z10000-01-01T00:00:00Z")
    }
}
