import Testing

@testable import TextFormats

@Suite struct CSVReaderFieldBreaksTests {
    /// The first comma, LF, CR, quote or byte from 0x80 at or after `start`, byte by byte.
    private func slowBreak(_ bytes: [UInt8], from start: Int) -> Int {
        bytes[start...].firstIndex { [0x2C, 0x0A, 0x0D, 0x22].contains($0) || $0 >= 0x80 } ?? bytes.count
    }

    @Test func findsTheSameBreakAsAByteByByteScan() {
        // Plain runs of every length up to three words, then each kind of break.
        let breaks: [UInt8] = [0x2C, 0x0A, 0x0D, 0x22, 0x80, 0xC3, 0xFF]
        for length in 0..<25 {
            for stop in breaks + [nil] {
                let bytes =
                    Array(repeating: UInt8(ascii: "a"), count: length) + (stop.map { [$0, 0x61] } ?? [])
                for start in 0...bytes.count {
                    let found = bytes.withUnsafeBufferPointer {
                        CSVReader.firstFieldBreak(in: $0, from: start)
                    }
                    #expect(found == slowBreak(bytes, from: start), "\(bytes) from \(start)")
                }
            }
        }
    }

    @Test func theFirstOfSeveralBreaksInOneWordIsFound() {
        // Bytes just off the breaks (+, -, /, 0x7F, 0x09, 0x0B, 0x0C, 0x21, 0x23) never stop it,
        // and neither does a byte above one that does.
        var random = XorShift(state: 9)
        let alphabet: [UInt8] = [
            0x2B, 0x2D, 0x2F, 0x7F, 0x09, 0x0B, 0x0C, 0x21, 0x23, 0x61, 0x2C, 0x0A, 0x0D, 0x22, 0x81,
        ]
        for _ in 0..<5_000 {
            let bytes = (0..<Int(random.next() % 40)).map { _ in
                alphabet[Int(random.next() % UInt64(alphabet.count))]
            }
            let start = bytes.isEmpty ? 0 : Int(random.next() % UInt64(bytes.count))
            let found = bytes.withUnsafeBufferPointer { CSVReader.firstFieldBreak(in: $0, from: start) }
            #expect(found == slowBreak(bytes, from: start), "\(bytes) from \(start)")
        }
    }

    /// A small seeded generator (TextFormats has no random source of its own).
    private struct XorShift {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
    }
}
