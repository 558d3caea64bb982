#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension CSVReader {
    /// Calls `body` with each record of the text `chunks` gives (UTF-8), in order, reading it a
    /// piece at a time: memory holds the piece and the record being read, never the file.
    ///
    /// Pieces are cut after the last line end that is outside quotes (quotes are counted: a
    /// doubled quote inside a quoted field counts twice), never between a CR and its LF, and the
    /// run of whole records before the cut is read exactly as `forEachRow(in:)` reads a file.
    /// - Throws: `CSVError` with the line of the first malformed field, or what `chunks` throws
    ///   when it cannot be read.
    public static func forEachRow(in chunks: ByteChunks, _ body: (CSVRow) -> Void) throws {
        try forEachRow(in: chunks, skimming: { _, _ in (0, 0) }, body)
    }

    /// `forEachRow(in:_:)` with `skim` offered the text ahead of each record, as
    /// `forEachRow(in:skimming:_:)` offers it; the text ahead ends where the piece being read
    /// is cut.
    public static func forEachRow(in chunks: ByteChunks, skimming skim: CSVSkimmer, _ body: (CSVRow) -> Void)
        throws
    {
        let next = try chunks.open()
        var window: [UInt8] = []
        var line = 1
        var atFileStart = true
        // How far the window has been scanned, whether that point is inside quotes, and the end
        // of the last line end found outside quotes (0: none yet).
        var scanned = 0
        var inQuotes = false
        var cut = 0
        var reachedEnd = false
        while !reachedEnd {
            let chunk = try next()
            if chunk.isEmpty {
                reachedEnd = true
                cut = window.count
            } else {
                window += chunk
                // Nearly every file: no quote and no CR in what is new, found by the C library's
                // `memchr` (many bytes a step), and the cut is after the last LF, found from the
                // end. Otherwise eight bytes at a time up to the first quote or CR.
                window.withUnsafeBufferPointer { buffer in
                    guard !inQuotes, let base = buffer.baseAddress, scanned < buffer.count else { return }
                    let raw = UnsafeRawPointer(base)
                    let rest = buffer.count - scanned
                    if memchr(raw + scanned, Int32(Parser.quote), rest) == nil,
                        memchr(raw + scanned, Int32(Parser.cr), rest) == nil
                    {
                        var last = buffer.count - 1
                        while last >= scanned && base[last] != Parser.lf { last -= 1 }
                        if last >= scanned { cut = last + 1 }
                        scanned = buffer.count
                        return
                    }
                    while scanned + 8 <= buffer.count {
                        let word = UInt64(
                            littleEndian: raw.loadUnaligned(fromByteOffset: scanned, as: UInt64.self))
                        if ByteWords.bytes(word, equalTo: Parser.quote)
                            | ByteWords.bytes(word, equalTo: Parser.cr)
                            != 0
                        {
                            break
                        }
                        let feeds = ByteWords.lineFeeds(word)
                        if feeds != 0 { cut = scanned + (63 - feeds.leadingZeroBitCount) / 8 + 1 }
                        scanned += 8
                    }
                }
                while scanned < window.count {
                    let byte = window[scanned]
                    if byte == Parser.quote {
                        inQuotes.toggle()
                    } else if !inQuotes && byte == Parser.lf {
                        cut = scanned + 1
                    } else if !inQuotes && byte == Parser.cr {
                        // A CR at the very end may be the first half of a CRLF: wait for the next byte.
                        guard scanned + 1 < window.count else { break }
                        if window[scanned + 1] != Parser.lf { cut = scanned + 1 }
                    }
                    scanned += 1
                }
            }
            guard cut > 0 else { continue }
            do {
                // The window itself, read up to the cut (and released before it is shifted).
                var parser = Parser(bytes: window, end: cut, line: line, atFileStart: atFileStart)
                try parser.parse(skimming: skim, body)
                line = parser.line
            }
            atFileStart = false
            window.removeSubrange(..<cut)
            scanned -= cut
            cut = 0
        }
    }
}
