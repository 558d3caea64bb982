import Testing

@testable import TextFormats

/// Every row as (line, fields), or the error, read whole or in chunks of `chunkSize`.
private func rows(_ text: String, chunkSize: Int? = nil) -> Result<[String], CSVError> {
    var seen: [String] = []
    let visit = { (row: CSVRow) in
        seen.append(
            "\(row.line):"
                + (0..<row.count).map { String(decoding: row[$0], as: UTF8.self) }.joined(separator: "|"))
    }
    do {
        if let chunkSize {
            try CSVReader.forEachRow(in: .bytes(Array(text.utf8), chunkSize: chunkSize), visit)
        } else {
            try CSVReader.forEachRow(in: Array(text.utf8), visit)
        }
    } catch let error as CSVError {
        return .failure(error)
    } catch {
        Issue.record("unexpected \(error)")
    }
    return .success(seen)
}

@Suite struct CSVReaderChunksTests {
    /// Issue 15, finding 6: replay reads its file a piece at a time; every cut must read as the
    /// whole file does.
    @Test func readingInChunksIsReadingTheWholeText() {
        let texts = [
            "\u{FEFF}id,note\r\n1,\"a \"\"b\"\"\r\nc\",x\r\n\r\n2,plain\r\n",
            "a,b\rc,d\r\re,\"f\rg\"\n",
            "id,note\n\n1,\"a,b\",\"\"\n2,\"\"\"quoted\"\"\"\n3,end",
            "a\nb\nsay \"hi\"\nd\n",
            "a,\"never closed\nb,c\n",
            "a,\"x\"y\nb\n",
            // Plain lines (the new part of a piece is searched whole for quotes and CRs), then
            // a CRLF, a quoted line end, and plain lines again.
            "x,y\nz,w\nv,u\r\n\"q\nr\",s\nt,u\nlast,line\n",
        ]
        for text in texts {
            let whole = rows(text)
            for chunkSize in [1, 2, 3, 5, 8, 64] {
                #expect(
                    rows(text, chunkSize: chunkSize) == whole, "\(text.debugDescription) in \(chunkSize)s")
            }
        }
    }
}
