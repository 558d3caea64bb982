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
