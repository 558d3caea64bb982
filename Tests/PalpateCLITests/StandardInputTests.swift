import Foundation
import Testing

@testable import PalpateCLI

/// Standard input read from a pipe holding `bytes`, closed after them.
private func lines(from bytes: [UInt8]) -> [String] {
    let pipe = Pipe()
    let writer = Thread {
        try? pipe.fileHandleForWriting.write(contentsOf: Data(bytes))
        try? pipe.fileHandleForWriting.close()
    }
    writer.start()
    let input = StandardInput(descriptor: pipe.fileHandleForReading.fileDescriptor)
    var lines: [String] = []
    while let line = input.readLine() { lines.append(line) }
    #expect(input.readLine() == nil)
    return lines
}

@Suite struct StandardInputTests {
    @Test func linesEndInLineFeedsOrWindowsLineEndsAndTheLastNeedsNone() {
        #expect(lines(from: Array("a\nb\r\n\nlast".utf8)) == ["a", "b", "", "last"])
        #expect(lines(from: []) == [])
    }

    @Test func bytesThatAreNotUTF8AreMarkedNotLostAndNeverCrash() {
        let read = lines(from: [0x61, 0xFF, 0x62, 0x0A, 0xC3, 0x0A, 0xE2, 0x82, 0xAC, 0x0A, 0x00, 0x0A])
        #expect(read == ["a\u{FFFD}b", "\u{FFFD}", "€", "\u{0}"])
    }

    @Test func aVeryLongLineArrivesWholeAndAnEndlessOneInPieces() {
        let long = [UInt8](repeating: 0x61, count: 100_000)
        #expect(lines(from: long + [0x0A, 0x62]) == [String(repeating: "a", count: 100_000), "b"])
        let endless = [UInt8](repeating: 0x7A, count: StandardInput.maximumLineBytes + 10)
        #expect(lines(from: endless).map(\.count) == [StandardInput.maximumLineBytes, 10])
    }
}
