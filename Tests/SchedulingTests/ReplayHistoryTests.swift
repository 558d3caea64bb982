import Testing

@testable import Scheduling

@Suite struct ReplayHistoryTests {
    /// Ids of every length from 1 to 25 bytes (the lookup reads them as words of 8: the short
    /// lengths, 4–7 with overlapping loads, 8, 16 and beyond), each differing from the others of
    /// its length in one byte: every one is a card of its own, and a second review finds it.
    @Test func idsThatDifferInOneByteAtAnyLengthStayApart() {
        var ids: [String] = []
        for length in 1...25 {
            ids.append(String(repeating: "a", count: length))
            for position in 0..<length {
                ids.append(
                    String(repeating: "a", count: position) + "b"
                        + String(repeating: "a", count: length - position - 1))
            }
        }
        var history = ReplayHistory()
        let time = Instant(microsecondsSince1970: 0)
        for id in ids + ids.reversed() { history.append(cardID: id, time: time, rating: .good) }
        #expect(history.ids == ids)
        #expect(history.cardCount == ids.count)
        #expect(
            history.reviews.map(\.id) == Array(0..<Int32(ids.count))
                + Array((0..<Int32(ids.count)).reversed()))
    }

    /// Numbered ids of 15, 16 and 17 bytes differ only in their last bytes: they must spread over
    /// the slots, not crowd into a few (a hash whose last multiplication carried those bytes only
    /// upwards put 4,096 of them into a few hundred slots of 8,192).
    @Test func numberedIDsSpreadOverTheSlots() {
        for width in [10, 11, 12] {
            var homes = Set<Int>()
            for number in 0..<4_096 {
                let digits = String(number)
                let id = Array(("card-" + String(repeating: "0", count: width - digits.count) + digits).utf8)
                homes.insert(
                    id.withUnsafeBufferPointer { ReplayHistory.Slot($0, id: 0).hash($0) } & 8_191)
            }
            // Random placement fills about 8,192 × (1 − e^−½) ≈ 3,223 slots.
            #expect(homes.count > 3_000, "ids of \(width + 5) bytes")
        }
    }

    /// The reader of usual rows makes an id's slot by reading sixteen bytes from its start,
    /// whatever follows it; the slot is the one made from the id alone, at every length.
    @Test func aSlotReadAheadIsTheSlotOfTheIdAlone() {
        let text = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
        text.withUnsafeBufferPointer { buffer in
            for length in 0...20 {
                let id = UnsafeBufferPointer(rebasing: buffer[3..<(3 + length)])
                #expect(
                    ReplayHistory.Slot(readingAhead: id, id: 7) == ReplayHistory.Slot(id, id: 7),
                    "length \(length)")
            }
        }
    }
}
