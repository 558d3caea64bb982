import Foundation
import Scheduling

/// Writes times as `2026-03-01 08:00 UTC` (to the minute, rounded down) by integer arithmetic.
///
/// The review log writes one per row, 100,000 of them in time order: the writer remembers the
/// last minute and the last day it wrote, so most rows reuse a text and the calendar sums run
/// once a day rather than once a row.
struct MomentText {
    private static let microsecondsPerMinute: Int64 = 60_000_000
    private static let minutesPerDay: Int64 = 1_440

    private var minute: Int64?
    private var minuteText = ""
    private var day: Int64?
    private var dayText: [UInt8] = []

    mutating func text(_ date: Date) -> String {
        let minute = Instant.floorDivide(Instant(date).microsecondsSince1970, Self.microsecondsPerMinute)
            .quotient
        if minute == self.minute { return minuteText }
        let (day, minuteOfDay) = Instant.floorDivide(minute, Self.minutesPerDay)
        if day != self.day {
            self.day = day
            dayText = Array(CivilDay(ordinal: Int(day)).description.utf8)
        }
        let timeAndZone: [UInt8] = [
            UInt8(ascii: " "), digit(minuteOfDay / 600), digit(minuteOfDay / 60 % 10), UInt8(ascii: ":"),
            digit(minuteOfDay % 60 / 10), digit(minuteOfDay % 10), UInt8(ascii: " "), UInt8(ascii: "U"),
            UInt8(ascii: "T"), UInt8(ascii: "C"),
        ]
        self.minute = minute
        minuteText = String(unsafeUninitializedCapacity: dayText.count + timeAndZone.count) { buffer in
            let end = buffer.initialize(fromContentsOf: dayText)
            return buffer[end...].initialize(fromContentsOf: timeAndZone)
        }
        return minuteText
    }

    private func digit(_ value: Int64) -> UInt8 { UInt8(ascii: "0") + UInt8(value) }
}
