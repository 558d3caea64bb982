import Testing

@testable import TextFormats

@Suite struct ByteCodingTests {
    @Test(arguments: [0, 1, -1, 63, -64, 64, 127, 128, 300, -300, 1 << 40, Int.max, Int.min])
    func integersOfEitherSignRoundTrip(_ value: Int) throws {
        var writer = ByteWriter()
        writer.int(value)
        var reader = ByteReader(writer.bytes)
        #expect(try reader.int() == value)
        #expect(reader.isAtEnd)
    }

    @Test func smallIntegersTakeOneByte() {
        for value in -64...63 {
            var writer = ByteWriter()
            writer.int(value)
            #expect(writer.bytes.count == 1, "\(value)")
        }
    }

    @Test func textListsOptionalsAndBlobsRoundTripInOrder() throws {
        var writer = ByteWriter(capacity: 4)
        writer.string("Upper trapezius")
        writer.string("")
        writer.string("Schmerz → Nacken 💆")
        writer.optional(String?.none) { $0.string($1) }
        writer.optional("kept") { $0.string($1) }
        writer.list([3, -2, 1]) { $0.int($1) }
        writer.blob([0, 255, 7])
        writer.bool(true)
        var reader = ByteReader(writer.bytes)
        #expect(try reader.string() == "Upper trapezius")
        #expect(try reader.string() == "")
        #expect(try reader.string() == "Schmerz → Nacken 💆")
        #expect(try reader.optional { reader throws(ByteReader.Damaged) in try reader.string() } == nil)
        #expect(try reader.optional { reader throws(ByteReader.Damaged) in try reader.string() } == "kept")
        #expect(try reader.list { reader throws(ByteReader.Damaged) in try reader.int() } == [3, -2, 1])
        #expect(try reader.blob() == [0, 255, 7])
        #expect(try reader.bool())
        #expect(reader.isAtEnd)
    }

    @Test func skippingChecksWhatReadingWouldAndMovesTheSameWay() throws {
        var writer = ByteWriter()
        writer.list(["a", "bé", ""]) { $0.string($1) }
        writer.string("end")
        var reader = ByteReader(writer.bytes)
        try reader.skipList { reader throws(ByteReader.Damaged) in try reader.skipString() }
        #expect(try reader.string() == "end")
    }

    @Test func longTextReadsBackWhetherASCIIOrNot() throws {
        var writer = ByteWriter()
        writer.string("the upper trapezius refers pain to the temple")
        writer.string("Druckschmerz im Muskelbauch: Triggerpunkt über dem Knochen")
        var reader = ByteReader(writer.bytes)
        #expect(try reader.string() == "the upper trapezius refers pain to the temple")
        #expect(try reader.string() == "Druckschmerz im Muskelbauch: Triggerpunkt über dem Knochen")
    }

    /// Bytes from a file may be anything: every way of being wrong is `Damaged`, never a trap.
    @Test func damagedBytesAreRefusedNotTrappedOn() {
        var text = ByteWriter()
        text.string("trigger point")
        let damaged: [(String, [UInt8], (inout ByteReader) throws(ByteReader.Damaged) -> Void)] = [
            ("empty", [], { reader throws(ByteReader.Damaged) in _ = try reader.int() }),
            (
                "unfinished integer", [0x80, 0x80],
                { reader throws(ByteReader.Damaged) in _ = try reader.int() }
            ),
            (
                "integer past 64 bits", Array(repeating: 0xff, count: 11),
                { reader throws(ByteReader.Damaged) in _ = try reader.int() }
            ),
            (
                "integer past 64 bits in its tenth byte", Array(repeating: 0xff, count: 9) + [0x7f],
                { reader throws(ByteReader.Damaged) in _ = try reader.int() }
            ),
            ("bool that is 2", [2], { reader throws(ByteReader.Damaged) in _ = try reader.bool() }),
            (
                "text cut short", Array(text.bytes.dropLast()),
                { reader throws(ByteReader.Damaged) in _ = try reader.string() }
            ),
            (
                "text not UTF-8", [4, 0x41, 0xff, 0xfe, 0x41],
                { reader throws(ByteReader.Damaged) in _ = try reader.string() }
            ),
            (
                // 22 bytes (zig-zag 44), past the first eight, which are checked a word at a time.
                "long text not UTF-8 at its end",
                [44] + Array("trigger points hurt".utf8) + [0xc3, 0x28, 0x41],
                { reader throws(ByteReader.Damaged) in _ = try reader.string() }
            ),
            (
                "skipped text not UTF-8", [2, 0xc3, 0x28],
                { reader throws(ByteReader.Damaged) in try reader.skipString() }
            ),
            ("negative count", [1], { reader throws(ByteReader.Damaged) in _ = try reader.blob() }),
            (
                "list longer than the bytes", [100, 0],
                { reader throws(ByteReader.Damaged) in
                    _ = try reader.list { reader throws(ByteReader.Damaged) in try reader.int() }
                }
            ),
        ]
        for (name, bytes, read) in damaged {
            var reader = ByteReader(bytes)
            #expect(throws: ByteReader.Damaged.self, "\(name)") { try read(&reader) }
        }
    }
}
