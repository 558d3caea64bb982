extension CSVReader {
    /// The position of the first byte at or after `start` that ends a plain field or that only
    /// the full reader takes: a comma, LF, CR, double quote or any byte from 0x80 up;
    /// `buffer.count` when there is none.
    ///
    /// For skimmers (`CSVSkimmer`), which find a row's fields this way eight bytes at a time
    /// instead of testing each byte against five cases.
    @inlinable
    public static func firstFieldBreak(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = buffer.baseAddress else { return buffer.count }
        let raw = UnsafeRawPointer(base)
        var position = start
        while position + 8 <= buffer.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
            let breaks = ByteWords.fieldBreaks(word)
            // The lowest flag is always a true one (false flags only sit above a true one).
            if breaks != 0 { return position + breaks.trailingZeroBitCount / 8 }
            position += 8
        }
        while position < buffer.count {
            let byte = base[position]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
                || byte == UInt8(ascii: "\"") || byte >= 0x80
            {
                return position
            }
            position += 1
        }
        return position
    }
}
