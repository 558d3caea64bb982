import Foundation
import Testing

@testable import PalpateCLI

@Suite struct StandardInputTests {
    /// Reads every line of `bytes` through a file descriptor, as the real standard input is read.
    private func lines(from bytes: [UInt8]) throws -> [String] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "palpate-stdin-\(UUID().uuidString)")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let descriptor = open(file.path, O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let input = StandardInput(descriptor: descriptor)
        var result: [String] = []
        while let line = input.readLine() { result.append(line) }
        return result
    }

    @Test func linesEndWithLFOrCRLFAndTheLastMayHaveNoNewline() throws {
        #expect(try lines(from: Array("a\nb\r\n\nlast".utf8)) == ["a", "b", "", "last"])
    }

    @Test func bytesThatAreNotUTF8BecomeReplacementCharactersNotTheEndOfInput() throws {
        #expect(try lines(from: [0x61, 0xFF, 0xFE, 0x0A, 0x62, 0x0A]) == ["a\u{FFFD}\u{FFFD}", "b"])
    }

    @Test func aRunawayLineIsHandedOverInBoundedPieces() throws {
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: StandardInput.maximumLineBytes + 10) + [0x0A]
        let pieces = try lines(from: long)
        #expect(pieces.map(\.count) == [StandardInput.maximumLineBytes, 10])
    }
}
