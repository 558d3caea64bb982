/// JSON to write: objects keep their key order, so output is stable and diffable.
///
/// Foundation's `JSONSerialization` neither keeps key order nor prints doubles reproducibly on
/// every platform; reports, diagnostics and replay output all go through this one writer.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    /// An optional that becomes `null` when absent.
    public static func optional(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }
    public static func optional(_ number: Double?) -> JSONValue { number.map { .double($0) } ?? .null }
    public static func optional(_ number: Int?) -> JSONValue { number.map { .int($0) } ?? .null }

    /// Compact JSON on one line (for JSON Lines), or indented with two spaces.
    public func serialized(pretty: Bool = false) -> String {
        var output = ""
        write(to: &output, pretty: pretty, indent: "")
        return output
    }

    private func write(to output: inout String, pretty: Bool, indent: String) {
        switch self {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .int(let number): output += String(number)
        case .double(let number): output += Self.format(number)
        case .string(let text): Self.writeString(text, to: &output)
        case .array(let items):
            if items.isEmpty {
                output += "[]"
                return
            }
            let inner = indent + "  "
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                if pretty { output += "\n" + inner }
                item.write(to: &output, pretty: pretty, indent: inner)
            }
            if pretty { output += "\n" + indent }
            output += "]"
        case .object(let members):
            if members.isEmpty {
                output += "{}"
                return
            }
            let inner = indent + "  "
            output += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output += "," }
                if pretty { output += "\n" + inner }
                Self.writeString(key, to: &output)
                output += pretty ? ": " : ":"
                value.write(to: &output, pretty: pretty, indent: inner)
            }
            if pretty { output += "\n" + indent }
            output += "}"
        }
    }

    /// The shortest text that reads back as the same double (Swift's own algorithm); whole
    /// numbers keep a `.0` so readers see a float. Non-finite numbers, which JSON lacks, are null.
    public static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        return number.description
    }

    /// A JSON string literal, escaped as Python's `json.dumps(ensure_ascii=False)` does, so replay
    /// output can be compared with the reference implementation byte for byte, except that the
    /// characters that act on a reader (see `ControlCharacters`: DEL, C1 controls, bidirectional
    /// controls, U+2028 and U+2029) are also written as `\uXXXX`. That loses nothing (a parser
    /// reads them back) and keeps a JSON file shown on a terminal or pasted into JavaScript inert.
    public static func quoted(_ text: String) -> String {
        var output = ""
        writeString(text, to: &output)
        return output
    }

    /// Whether a string whose UTF-8 bytes all pass this is quoted as it is, without an escape
    /// (`quoted` copies such strings whole). Bytes from 0x7F up may start DEL, a C1 control or
    /// a bidirectional control, so those lead bytes fail.
    @inlinable
    public static func isWrittenAsIs(_ byte: UInt8) -> Bool {
        let mayStartAControl = byte == 0x7F || byte == 0xC2 || byte == 0xE2
        return byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && !mayStartAControl
    }

    private static func writeString(_ text: String, to output: inout String) {
        // Most strings need no escape at all: copy them whole rather than scalar by scalar.
        if text.utf8.allSatisfy(isWrittenAsIs) {
            output += "\""
            output += text
            output += "\""
            return
        }
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            default:
                if ControlCharacters.isUnsafe(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
