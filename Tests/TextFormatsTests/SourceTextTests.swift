import Testing

@testable import TextFormats

@Suite struct SourceTextTests {
    @Test func turnsByteOffsetsIntoOneBasedLinesAndColumns() {
        let source = SourceText("ab\ncd\n\nef")
        #expect(source.position(ofByteOffset: 0) == SourcePosition(line: 1, column: 1))
        #expect(source.position(ofByteOffset: 1) == SourcePosition(line: 1, column: 2))
        #expect(source.position(ofByteOffset: 2) == SourcePosition(line: 1, column: 3))
        #expect(source.position(ofByteOffset: 3) == SourcePosition(line: 2, column: 1))
        #expect(source.position(ofByteOffset: 6) == SourcePosition(line: 3, column: 1))
        #expect(source.position(ofByteOffset: 8) == SourcePosition(line: 4, column: 2))
        #expect(source.lineCount == 4)
    }

    @Test func countsColumnsInCharactersNotBytes() {
        let source = SourceText("\"é😀\": x")
        // é is two bytes and 😀 four, but each is one column.
        #expect(source.position(ofByteOffset: 9) == SourcePosition(line: 1, column: 6))
    }

    @Test func treatsCRLFLikeLF() {
        let source = SourceText("a\r\n  b\r\n")
        #expect(source.position(ofByteOffset: 5) == SourcePosition(line: 2, column: 3))
        #expect(source.lineCount == 3)
    }

    @Test func doesNotCountAByteOrderMarkAsAColumn() {
        let source = SourceText(bytes: [0xEF, 0xBB, 0xBF] + Array("{ x\ny".utf8))
        #expect(source.position(ofByteOffset: 3) == SourcePosition(line: 1, column: 1))
        #expect(source.position(ofByteOffset: 5) == SourcePosition(line: 1, column: 3))
        #expect(source.position(ofByteOffset: 7) == SourcePosition(line: 2, column: 1))
    }

    @Test func clampsOffsetsOutsideTheText() {
        let source = SourceText("ab\nc")
        #expect(source.position(ofByteOffset: -4) == SourcePosition(line: 1, column: 1))
        #expect(source.position(ofByteOffset: 99) == SourcePosition(line: 2, column: 2))
        #expect(SourceText("").position(ofByteOffset: 0) == SourcePosition(line: 1, column: 1))
    }

    @Test func ordersAndPrintsPositionsAsLineColon() {
        #expect(SourcePosition(line: 2, column: 9) < SourcePosition(line: 3, column: 1))
        #expect(SourcePosition(line: 3, column: 1) < SourcePosition(line: 3, column: 2))
        #expect(SourcePosition(line: 12, column: 7).description == "12:7")
    }

    @Test func findsTheFirstByteThatIsNotUTF8() {
        #expect(SourceText("héllo\nwörld").firstInvalidUTF8Position == nil)
        let latin1 = SourceText(bytes: Array("ab\ncaf".utf8) + [0xE9, 0x0A])
        #expect(latin1.firstInvalidUTF8Position == SourcePosition(line: 2, column: 4))
        // A sequence cut short by the end of the file, and a lone continuation byte.
        #expect(
            SourceText(bytes: [0x41, 0xE2, 0x82]).firstInvalidUTF8Position
                == SourcePosition(line: 1, column: 2))
        #expect(SourceText.firstInvalidUTF8Offset(in: [0x41, 0x42, 0x80][...]) == 2)
    }
}
