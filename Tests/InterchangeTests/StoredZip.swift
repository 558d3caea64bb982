/// A zip file of stored (uncompressed) entries, for tests that damage what a package holds and
/// still need the zip around it to be sound (its CRC-32s right).
enum StoredZip {
    static func make(_ entries: [(name: String, bytes: [UInt8])]) -> [UInt8] {
        var file: [UInt8] = []
        var central: [UInt8] = []
        func le16(_ value: Int, _ out: inout [UInt8]) {
            out += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)]
        }
        func le32(_ value: UInt32, _ out: inout [UInt8]) {
            out += [
                UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24),
            ]
        }
        for entry in entries {
            let name = Array(entry.name.utf8)
            let crc = crc32(entry.bytes)
            let offset = UInt32(file.count)
            le32(0x0403_4b50, &file)
            le16(20, &file)
            le16(0, &file)
            le16(0, &file)
            le16(0, &file)
            le16(0, &file)
            le32(crc, &file)
            le32(UInt32(entry.bytes.count), &file)
            le32(UInt32(entry.bytes.count), &file)
            le16(name.count, &file)
            le16(0, &file)
            file += name + entry.bytes
            le32(0x0201_4b50, &central)
            le16(20, &central)
            le16(20, &central)
            le16(0, &central)
            le16(0, &central)
            le16(0, &central)
            le16(0, &central)
            le32(crc, &central)
            le32(UInt32(entry.bytes.count), &central)
            le32(UInt32(entry.bytes.count), &central)
            le16(name.count, &central)
            le16(0, &central)
            le16(0, &central)
            le16(0, &central)
            le16(0, &central)
            le32(0, &central)
            le32(offset, &central)
            central += name
        }
        let centralOffset = UInt32(file.count)
        file += central
        le32(0x0605_4b50, &file)
        le16(0, &file)
        le16(0, &file)
        le16(entries.count, &file)
        le16(entries.count, &file)
        le32(UInt32(central.count), &file)
        le32(centralOffset, &file)
        le16(0, &file)
        return file
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
