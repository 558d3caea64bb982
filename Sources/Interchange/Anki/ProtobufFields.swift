/// The few protocol-buffer fields Anki's current collections keep in blobs (a note type's kind,
/// a template's front and back): read by field number, everything else skipped. Damaged bytes
/// give no value rather than a crash.
struct ProtobufFields {
    private(set) var varints: [Int: UInt64] = [:]
    private(set) var bytes: [Int: [UInt8]] = [:]

    init(_ data: [UInt8]) {
        var position = 0
        func varint() -> UInt64? {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while position < data.count, shift < 64 {
                let byte = data[position]
                position += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte & 0x80 == 0 { return value }
                shift += 7
            }
            return nil
        }
        while position < data.count {
            guard let key = varint() else { return }
            let field = Int(truncatingIfNeeded: key >> 3)
            switch key & 7 {
            case 0:
                guard let value = varint() else { return }
                if varints[field] == nil { varints[field] = value }
            case 1: position += 8
            case 5: position += 4
            case 2:
                guard let length = varint(), length <= UInt64(data.count - position) else { return }
                let end = position + Int(length)
                if bytes[field] == nil { bytes[field] = Array(data[position..<end]) }
                position = end
            default: return
            }
        }
    }

    func text(_ field: Int) -> String? {
        bytes[field].map { String(decoding: $0, as: UTF8.self) }
    }
}
