import Foundation

/// The two columns Anki derives from a note's first field: `sfld`, the field as plain text (what
/// the browser sorts by), and `csum`, the first 32 bits of that text's SHA-1 (how Anki finds
/// duplicate notes). Anki checks neither on import, but a collection that disagrees with itself
/// shows wrong duplicates until "Check Database" repairs it, so they are written as Anki would.
enum AnkiChecksum {
    /// The field without its HTML tags, as Anki's `strip_html_preserving_media_filenames` leaves
    /// text without media: tags removed, the common entities decoded, ends trimmed.
    static func sortField(_ html: String) -> String {
        var output = ""
        var index = html.startIndex
        while index < html.endIndex {
            if html[index] == "<", let close = html[index...].firstIndex(of: ">") {
                index = html.index(after: close)
                continue
            }
            output.append(html[index])
            index = html.index(after: index)
        }
        for (entity, character) in [
            ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " "),
        ] {
            output = output.replacingOccurrences(of: entity, with: character)
        }
        return output.replacingOccurrences(of: "&amp;", with: "&").trimmed
    }

    static func checksum(_ sortField: String) -> Int64 {
        let digest = SHA1.digest(Array(sortField.utf8))
        return Int64(digest[0]) << 24 | Int64(digest[1]) << 16 | Int64(digest[2]) << 8 | Int64(digest[3])
    }
}
