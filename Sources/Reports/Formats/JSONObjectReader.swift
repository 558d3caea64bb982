import Foundation
import Scheduling
import TextFormats

/// Reads typed fields out of a parsed JSON object, turning every mismatch into a located
/// `ReportFileError` that names the field by its path (`exams[2].score`).
struct JSONObjectReader {
    /// What the errors need: the file's name and a way to turn a byte offset into a line and
    /// column (from its bytes, turned into lines only when an error occurs, or from the stream
    /// reader that read it).
    final class Source {
        let file: String
        private let position: (Int) -> SourcePosition

        init(file: String, bytes: [UInt8]) {
            self.file = file
            var text: SourceText?
            position = { offset in
                if text == nil { text = SourceText(bytes: bytes) }
                return text!.position(ofByteOffset: offset)
            }
        }

        init(file: String, position: @escaping (Int) -> SourcePosition) {
            self.file = file
            self.position = position
        }

        func error(at offset: Int, _ message: String) -> ReportFileError {
            ReportFileError(file: file, position: position(offset), message: message)
        }
    }

    let source: Source
    let node: JSONNode
    let members: [JSONMember]
    let path: String

    init(_ node: JSONNode, path: String, source: Source) throws(ReportFileError) {
        guard let members = node.objectValue else {
            throw source.error(
                at: node.offset, "\(Self.name(path)) must be an object { … }, not \(node.typeDescription)")
        }
        self.source = source
        self.node = node
        self.members = members
        self.path = path
    }

    private static func name(_ path: String) -> String { path.isEmpty ? "the report" : "'\(path)'" }

    private func field(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The member's value, or `nil` when absent or `null`.
    func optional(_ key: String) -> JSONNode? {
        guard let node = members.first(where: { $0.key == key })?.value else { return nil }
        if case .null = node.value { return nil }
        return node
    }

    func required(_ key: String) throws(ReportFileError) -> JSONNode {
        guard let node = optional(key) else {
            throw source.error(
                at: node.offset, "\(Self.name(path)) lacks '\(key)'; every palpate-report/1 file has it")
        }
        return node
    }

    func mismatch(_ key: String, _ node: JSONNode, expected: String) -> ReportFileError {
        source.error(at: node.offset, "'\(field(key))' must be \(expected), not \(node.typeDescription)")
    }

    func string(_ key: String) throws(ReportFileError) -> String {
        let node = try required(key)
        guard let text = node.stringValue else { throw mismatch(key, node, expected: "text") }
        return text
    }

    /// A list of texts.
    func stringArray(_ key: String) throws(ReportFileError) -> [String] {
        let node = try required(key)
        guard let items = node.arrayValue else { throw mismatch(key, node, expected: "a list of texts") }
        var texts: [String] = []
        for item in items {
            guard let text = item.stringValue else { throw mismatch(key, item, expected: "text") }
            texts.append(text)
        }
        return texts
    }

    func optionalString(_ key: String) throws(ReportFileError) -> String? {
        guard let node = optional(key) else { return nil }
        guard let text = node.stringValue else { throw mismatch(key, node, expected: "text or null") }
        return text
    }

    func int(_ key: String) throws(ReportFileError) -> Int {
        let node = try required(key)
        guard let number = node.integerValue, number >= 0 else {
            throw mismatch(key, node, expected: "a whole number of 0 or more")
        }
        return number
    }

    /// A whole number of 0 or more, `null`, or absent (a field added after the format's first release).
    func optionalInt(_ key: String) throws(ReportFileError) -> Int? {
        guard let node = optional(key) else { return nil }
        guard let number = node.integerValue, number >= 0 else {
            throw mismatch(key, node, expected: "a whole number of 0 or more, or null")
        }
        return number
    }

    func double(_ key: String) throws(ReportFileError) -> Double {
        let node = try required(key)
        guard case .number(let number, _) = node.value else {
            throw mismatch(key, node, expected: "a number")
        }
        return number
    }

    func optionalDouble(_ key: String) throws(ReportFileError) -> Double? {
        guard let node = optional(key) else { return nil }
        guard case .number(let number, _) = node.value else {
            throw mismatch(key, node, expected: "a number or null")
        }
        return number
    }

    func bool(_ key: String) throws(ReportFileError) -> Bool {
        let node = try required(key)
        guard let flag = node.boolValue else { throw mismatch(key, node, expected: "true or false") }
        return flag
    }

    func optionalBool(_ key: String) throws(ReportFileError) -> Bool? {
        guard let node = optional(key) else { return nil }
        guard let flag = node.boolValue else { throw mismatch(key, node, expected: "true, false or null") }
        return flag
    }

    func date(_ key: String) throws(ReportFileError) -> Date {
        let node = try required(key)
        return try parseDate(key, node)
    }

    func optionalDate(_ key: String) throws(ReportFileError) -> Date? {
        guard let node = optional(key) else { return nil }
        return try parseDate(key, node)
    }

    private func parseDate(_ key: String, _ node: JSONNode) throws(ReportFileError) -> Date {
        guard let text = node.stringValue, let instant = try? ISOTimestamp.parse(text),
            instant.date >= StudyCalendar.earliestSupported
        else {
            throw mismatch(key, node, expected: "an ISO-8601 time from 1970 on, such as 2026-03-01T08:00:00Z")
        }
        return instant.date
    }

    func object(_ key: String) throws(ReportFileError) -> JSONObjectReader {
        try JSONObjectReader(try required(key), path: field(key), source: source)
    }

    /// Each element of the array `key`, read as an object by `read`.
    func array<T>(_ key: String, _ read: (JSONObjectReader) throws(ReportFileError) -> T)
        throws(ReportFileError) -> [T]
    {
        let node = try required(key)
        guard let items = node.arrayValue else { throw mismatch(key, node, expected: "a list [ … ]") }
        var result: [T] = []
        result.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            result.append(
                try read(try JSONObjectReader(item, path: "\(field(key))[\(index)]", source: source)))
        }
        return result
    }
}
