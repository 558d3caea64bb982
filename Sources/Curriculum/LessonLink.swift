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
                "the lesson link '\(text)' looks like a file path; links name a lesson, not a file "
                    + "(write lesson-id#section, e.g. referral-patterns#upper-trapezius)"
            case .malformed(let text):
                "the lesson link '\(text)' is not valid; write lesson-id or lesson-id#section, using \(Slug.rule)"
            }
        }
    }

    public static func parse(_ text: String) throws(ParseError) -> LessonLink {
        // Checked on bytes: `String.contains(String)` goes through Foundation, and a deck of
        // 100,000 questions parses 100,000 links.
        let bytes = Array(text.utf8)
        let leaves =
            bytes.contains(UInt8(ascii: "/")) || bytes.contains(UInt8(ascii: "\\"))
            || zip(bytes, bytes.dropFirst()).contains { $0 == UInt8(ascii: ".") && $1 == UInt8(ascii: ".") }
        if leaves || text.hasPrefix("~") {
            throw .leavesContentFolder(text)
        }
        let parts = text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(
            String.init)
        guard Slug.isValid(parts[0]) else { throw .malformed(text) }
        if parts.count == 2 {
            guard Slug.isValid(parts[1]) else { throw .malformed(text) }
            return LessonLink(lessonID: parts[0], anchor: parts[1])
        }
        return LessonLink(lessonID: parts[0])
    }

    public var description: String { anchor.map { "\(lessonID)#\($0)" } ?? lessonID }
}
