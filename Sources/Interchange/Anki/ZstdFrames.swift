import CZstd

/// zstd-compressed bytes (Anki's `collection.anki21b` and its media list) decompressed by the
/// system's libzstd, streaming, so frames that do not state their size are read too, and never
/// past a size limit.
enum ZstdFrames {
    enum Failure: Error, Equatable {
        /// Decompressing would pass the limit (in bytes).
        case tooLarge(limit: Int)
        /// Not zstd data, or damaged: libzstd's own words.
        case damaged(String)
        /// The input ends inside a frame.
        case cutShort
    }

    static func decompress(_ input: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        if input.isEmpty { throw .cutShort }
        let stated = input.withUnsafeBytes { ZSTD_getFrameContentSize($0.baseAddress, $0.count) }
        // ZSTD_CONTENTSIZE_UNKNOWN and _ERROR are the two largest values: neither is a size.
        if stated < UInt64.max - 1 && stated > UInt64(limit) { throw .tooLarge(limit: limit) }
        guard let stream = ZSTD_createDStream() else { throw .damaged("libzstd could not start") }
        defer { ZSTD_freeDStream(stream) }
        ZSTD_initDStream(stream)
        let chunk = ZSTD_DStreamOutSize()
        var output: [UInt8] = []
        if stated < UInt64.max - 1 { output.reserveCapacity(Int(stated)) }
        var buffer = [UInt8](repeating: 0, count: chunk)
        var lastResult = 0
        var consumed = 0
        while true {
            var produced = 0
            let before = consumed
            let result = input.withUnsafeBytes { inputBytes in
                buffer.withUnsafeMutableBytes { outputBytes in
                    var inBuffer = ZSTD_inBuffer(
                        src: inputBytes.baseAddress, size: inputBytes.count, pos: consumed)
                    var outBuffer = ZSTD_outBuffer(
                        dst: outputBytes.baseAddress, size: outputBytes.count, pos: 0)
                    let result = ZSTD_decompressStream(stream, &outBuffer, &inBuffer)
                    consumed = inBuffer.pos
                    produced = outBuffer.pos
                    return result
                }
            }
            if ZSTD_isError(result) != 0 {
                throw .damaged(String(cString: ZSTD_getErrorName(result)))
            }
            if output.count + produced > limit { throw .tooLarge(limit: limit) }
            output += buffer[..<produced]
            lastResult = result
            // Done when the input is used up and no output is held back; a full buffer may hide more.
            if consumed == input.count && produced < chunk { break }
            // No progress at all: whatever remains cannot be read (guards against a loop).
            if consumed == before && produced == 0 { break }
        }
        if lastResult != 0 { throw .cutShort }
        return output
    }
}
