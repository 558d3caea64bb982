/// A zip file of stored (uncompressed) entries: enough to wrap a generated Anki collection as a
/// package. The benchmark measures reading, not packing, so it needs no deflate; when
/// Interchange has a zip writer of its own this can give way to it.
enum StoredZipWriter {
    static func make(_ entries: [(name: String, bytes: [UInt8])]) -> [UInt8] {
        var file: [UInt8] = []
        var central: [UInt8] = []
        func put16(_ value: Int, _ out: inout [UInt8]) {
            out += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)]
        }
        func put32(_ value: UInt32, _ out: inout [UInt8]) {
            out += [
                UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24),
            ]
        }
        for entry in entries {
            let name = Array(entry.name.utf8)
            let crc = crc32(entry.bytes)
            let size = UInt32(entry.bytes.count)
            let offset = UInt32(file.count)
            // Local header: version 2.0, no flags, stored, no time.
            put32(0x0403_4b50, &file)
            for value in [20, 0, 0, 0, 0] { put16(value, &file) }
            put32(crc, &file)
            put32(size, &file)
            put32(size, &file)
            put16(name.count, &file)
            put16(0, &file)
            file += name + entry.bytes
            put32(0x0201_4b50, &central)
            for value in [20, 20, 0, 0, 0, 0] { put16(value, &central) }
            put32(crc, &central)
            put32(size, &central)
            put32(size, &central)
            for value in [name.count, 0, 0, 0, 0] { put16(value, &central) }
            put32(0, &central)
            put32(offset, &central)
            central += name
        }
        let centralOffset = UInt32(file.count)
        file += central
        put32(0x0605_4b50, &file)
        for value in [0, 0, entries.count, entries.count] { put16(value, &file) }
        put32(UInt32(central.count), &file)
        put32(centralOffset, &file)
        put16(0, &file)
        return file
    }

    /// CRC-32 (ISO 3309, as zip uses), a table made once.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return ~crc
    }

    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? (value >> 1) ^ 0xEDB8_8320 : value >> 1 }
        return value
    }
}
