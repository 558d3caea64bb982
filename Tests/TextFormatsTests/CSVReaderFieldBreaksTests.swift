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
        // Knuth's MMIX linear congruential steps: seeded, so every run tests the same texts.
        var state: UInt64 = 9
        let random = {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let alphabet: [UInt8] = [
            0x2B, 0x2D, 0x2F, 0x7F, 0x09, 0x0B, 0x0C, 0x21, 0x23, 0x61, 0x2C, 0x0A, 0x0D, 0x22, 0x81,
        ]
        for _ in 0..<5_000 {
            let bytes = (0..<Int(random() % 40)).map { _ in
                alphabet[Int(random() % UInt64(alphabet.count))]
            }
            let start = bytes.isEmpty ? 0 : Int(random() % UInt64(bytes.count))
            let found = bytes.withUnsafeBufferPointer { CSVReader.firstFieldBreak(in: $0, from: start) }
            #expect(found == slowBreak(bytes, from: start), "\(bytes) from \(start)")
        }
    }
}
