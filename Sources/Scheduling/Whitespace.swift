import Foundation

/// `text` without leading and trailing `CharacterSet.whitespaces`, as replay reads CSV fields.
///
/// A field that starts and ends with a visible ASCII character (nearly every one) is returned as
/// it is without asking Foundation, whose trimming costs a bridge to `NSString` per call.
func trimmingWhitespace(_ text: String) -> String {
    let bytes = text.utf8
    if let first = bytes.first, let last = bytes.last, (0x21...0x7E).contains(first),
        (0x21...0x7E).contains(last)
    {
        return text
    }
    return text.trimmingCharacters(in: .whitespaces)
}
