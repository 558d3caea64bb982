import Testing

@testable import Scheduling

@Suite struct ISOTimestampSameDayReaderTests {
    /// Reads `texts` in turn with one reader and with `ISOTimestamp.parse`, each from its own
    /// buffer: the instants, or the errors, must be the same.
    private func expectSameAsParse(_ texts: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        expectSameAsParse(bytes: texts.map { Array($0.utf8) }, sourceLocation: sourceLocation)
    }

    private func expectSameAsParse(bytes texts: [[UInt8]], sourceLocation: SourceLocation = #_sourceLocation)
    {
        var reader = ISOTimestamp.SameDayReader()
        for bytes in texts {
            let text = String(decoding: bytes, as: UTF8.self)
            let fast = bytes.withUnsafeBufferPointer { buffer in Result { try reader.parse(utf8: buffer) } }
            let full = bytes.withUnsafeBufferPointer { buffer in
                Result { try ISOTimestamp.parse(utf8: buffer) }
            }
            switch (fast, full) {
            case (.success(let a), .success(let b)):
                #expect(a == b, "\(text)", sourceLocation: sourceLocation)
            case (.failure(let a), .failure(let b)):
                #expect(
                    a as? ISOTimestamp.ParseError == b as? ISOTimestamp.ParseError, "\(text)",
                    sourceLocation: sourceLocation)
            default: Issue.record("\(text): \(fast) against \(full)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func timesOnTheRememberedDayReadAsInFull() {
        expectSameAsParse([
            "2024-03-02T08:00:01Z", "2024-03-02T08:00:14Z", "2024-03-02T23:59:59Z", "2024-03-02T00:00:00Z",
            "2024-03-03T00:00:00Z", "2024-03-03T12:34:56Z", "2024-03-02T12:34:56Z",
        ])
    }

    /// Every byte value in each place of the time of day, after a time that set the day: each
    /// text reads, or fails, as `parse` says. And every minute of the day, at a few seconds.
    @Test func everyByteInEachPlaceOfTheTimeOfDayReadsAsInFull() {
        var texts = [Array("2024-03-02T08:00:01Z".utf8)]
        for place in 11..<19 {
            for byte in UInt8.min...UInt8.max {
                var bytes = Array("2024-03-02T12:34:56Z".utf8)
                bytes[place] = byte
                texts.append(bytes)
            }
        }
        for minute in 0..<(24 * 60) {
            for second in [0, 7, 59] {
                let time = [minute / 60, minute % 60, second].map { $0 < 10 ? "0\($0)" : "\($0)" }
                texts.append(Array(("2024-03-02T" + time.joined(separator: ":") + "Z").utf8))
            }
        }
        expectSameAsParse(bytes: texts)
    }

    @Test func aBadTimeOfDayOnTheRememberedDayGetsParsesError() {
        expectSameAsParse([
            "2024-03-02T08:00:01Z", "2024-03-02T24:00:00Z", "2024-03-02T08:60:00Z", "2024-03-02T08:00:60Z",
            "2024-03-02T0a:00:00Z", "2024-03-02T08-00:00Z", "2024-03-02T08:00:0/Z", "2024-03-02T08:00:01Z",
        ])
    }

    @Test func otherFormsAreReadInFullAndLeaveTheDayAlone() {
        expectSameAsParse([
            "2024-03-02T08:00:01Z", "2024-03-02t08:00:02Z", "2024-03-02 08:00:03Z", "2024-03-02T08:00:04z",
            "2024-03-02T09:00:05+01:00", "2024-03-02T08:00:06.250000Z", "2024-03-02T08:00Z",
            "2024-03-02T08:00:07Z", "2024-02-30T08:00:00Z", "2024-13-02T08:00:00Z", "2024-03-02T08:00:08",
            "2024-03-02T08:00:09ZZ", "", "20240302T080000Z", "2024-03-02T08:00:10Z",
        ])
    }

    @Test func aLongRunMatchesEveryDayOfTwoYears() {
        var texts: [String] = []
        var random = SplitMix64(seed: 11)
        var day = CivilDay(year: 2023, month: 12, day: 25)
        while day < CivilDay(year: 2026, month: 1, day: 5) {
            for _ in 0..<3 {
                let second = Int(random.next() % 86_400)
                texts.append(
                    day.description
                        + "T\(second / 36_000)\(second / 3_600 % 10):\(second / 600 % 6)\(second / 60 % 10):"
                        + "\(second % 60 / 10)\(second % 10)Z")
            }
            day = day.adding(days: 1)
        }
        expectSameAsParse(texts)
    }
}
