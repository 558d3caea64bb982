import Testing

@testable import TextFormats

/// A skimmer takes the rows it knows ahead of the general reader; together they must read
/// every record once, in order, on the right line, whether the text is whole or in pieces.
@Suite struct CSVReaderSkimmingTests {
    static let text = "h1,h2\na,1\na,2\n\nb,\"x\ny\"\na,3\r\nb,4\na,5\na,6"

    /// Takes the rows that start with `a` and end in a line feed, as `(line, text)`.
    static func skimmer(into taken: UnsafeMutablePointer<[(Int, String)]>) -> CSVReader.CSVSkimmer {
        { ahead, line in
            var position = 0
            var lines = 0
            while position < ahead.count, ahead[position] == UInt8(ascii: "a") {
                guard let end = ahead[position...].firstIndex(of: UInt8(ascii: "\n")),
                    !ahead[position..<end].contains(UInt8(ascii: "\r"))
                else { break }
                taken.pointee.append((line + lines, String(decoding: ahead[position..<end], as: UTF8.self)))
                position = end + 1
                lines += 1
            }
            return (position, lines)
        }
    }

    @Test func theSkimmerAndTheReaderShareTheRecords() throws {
        var taken: [(Int, String)] = []
        var read: [(Int, [String])] = []
        try withUnsafeMutablePointer(to: &taken) { pointer in
            try CSVReader.forEachRow(in: Array(Self.text.utf8), skimming: Self.skimmer(into: pointer)) {
                read.append(($0.line, $0.record.fields))
            }
        }
        #expect(taken.map(\.0) == [2, 3, 9])
        #expect(taken.map(\.1) == ["a,1", "a,2", "a,5"])
        // The header, the quoted record over two lines, a CRLF row and the last row without a
        // line end are left to the reader, on their own lines.
        #expect(read.map(\.0) == [1, 5, 7, 8, 10])
        #expect(read.map(\.1) == [["h1", "h2"], ["b", "x\ny"], ["a", "3"], ["b", "4"], ["a", "6"]])
    }

    @Test func inPiecesTheSkimmerSeesOnlyWholeRecords() throws {
        for size in [1, 2, 3, 5, 8, 64] {
            var taken: [(Int, String)] = []
            var read: [Int] = []
            try withUnsafeMutablePointer(to: &taken) { pointer in
                try CSVReader.forEachRow(
                    in: .bytes(Array(Self.text.utf8), chunkSize: size), skimming: Self.skimmer(into: pointer),
                    { read.append($0.line) })
            }
            // Every record is read once, by one or the other, on its line.
            let lines = (taken.map(\.0) + read).sorted()
            #expect(lines == [1, 2, 3, 5, 7, 8, 9, 10], "pieces of \(size)")
            #expect(taken.allSatisfy { $0.1.hasPrefix("a,") && !$0.1.contains("\n") }, "pieces of \(size)")
        }
    }
}
