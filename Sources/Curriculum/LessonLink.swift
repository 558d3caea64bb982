import TextFormats

/// A link from a question to what teaches it: `lesson-id` or `lesson-id#section`.
///
/// Only ids and anchors are allowed (no paths), so a link can never point outside the
/// curriculum folder however it is written.
public struct LessonLink: Sendable, Hashable, CustomStringConvertible {
    public var lessonID: String
    public var anchor: String?

    public init(lessonID: String, anchor: String? = nil) {
        self.lessonID = lessonID
        self.anchor = anchor
    }

    /// Why a link text is not a valid link.
    public enum ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        case leavesContentFolder(String)
        case malformed(String)

        public var description: String {
            switch self {
            case .leavesContentFolder(let text):
                "the lesson link \(QuotedInput.quote(text)) looks like a file path; links name a lesson, not a file "
                    + "(write lesson-id#section, e.g. referral-patterns#upper-trapezius)"
            case .malformed(let text):
                "the lesson link \(QuotedInput.quote(text)) is not valid; write lesson-id or lesson-id#section, using \(Slug.rule)"
            }
        }
    }

    public static func parse(_ text: String) throws(ParseError) -> LessonLink {
        // One pass over the contiguous bytes, no intermediate arrays: a deck of 100,000 questions
        // parses 100,000 links.
        var text = text
        let split: (lessonID: String, anchor: String?)? = text.withUTF8 { bytes in
            var hash: Int?
            var previous: UInt8 = 0
            for index in bytes.indices {
                let byte = bytes[index]
                if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\\")
                    || (byte == UInt8(ascii: ".") && previous == UInt8(ascii: "."))
                {
                    return nil
                }
                if byte == UInt8(ascii: "#"), hash == nil { hash = index }
                previous = byte
            }
            if bytes.first == UInt8(ascii: "~") { return nil }
            guard let hash else { return (String(), nil) }
            return (
                String(decoding: UnsafeBufferPointer(rebasing: bytes[..<hash]), as: UTF8.self),
                String(decoding: UnsafeBufferPointer(rebasing: bytes[(hash + 1)...]), as: UTF8.self)
            )
        }
        guard let split else { throw .leavesContentFolder(text) }
        guard let anchor = split.anchor else {
            guard Slug.isValid(text) else { throw .malformed(text) }
            return LessonLink(lessonID: text)
        }
        guard Slug.isValid(split.lessonID), Slug.isValid(anchor) else { throw .malformed(text) }
        return LessonLink(lessonID: split.lessonID, anchor: anchor)
    }

    public var description: String { anchor.map { "\(lessonID)#\($0)" } ?? lessonID }

    /// The link of a question written without `lesson` (an imported deck, issue 17): it names no
    /// lesson, so a wrong answer shows no reading.
    public static let unlinked = LessonLink(lessonID: "")

    public var isUnlinked: Bool { lessonID.isEmpty }
}
