import Foundation

/// Identifiers used in content: deck, question and lesson ids, section anchors and tags.
///
/// Lowercase ASCII letters and digits in words joined by single hyphens (`upper-trapezius`), so
/// they are safe in file names, URLs, database keys and terminal output alike.
public enum Slug {
    public static let maximumLength = 80

    public static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= maximumLength else { return false }
        // Over the contiguous bytes when the string has them (it nearly always does): a deck check
        // tests every id, tag and lesson link.
        return text.utf8.withContiguousStorageIfAvailable { isValidBytes($0) } ?? isValidBytes(text.utf8)
    }

    private static func isValidBytes(_ bytes: some Sequence<UInt8>) -> Bool {
        var previousWasHyphen = true
        for byte in bytes {
            let isHyphen = byte == UInt8(ascii: "-")
            let isWordByte =
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            if isHyphen {
                if previousWasHyphen { return false }
            } else if !isWordByte {
                return false
            }
            previousWasHyphen = isHyphen
        }
        return !previousWasHyphen
    }

    /// Makes a slug from a heading or title: "Upper trapezius (the shrug muscle)" →
    /// `upper-trapezius-the-shrug-muscle`. Accented letters lose their accents.
    public static func make(from text: String) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in text.foldedForComparison().unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                result.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return String(result.prefix(maximumLength))
    }

    /// What a valid slug looks like, for error messages.
    public static let rule = "lowercase letters and digits joined by single hyphens, e.g. upper-trapezius"
}

extension String {
    /// The text without accents and case ("Épaule" → "epaule"), for forgiving comparisons.
    public func foldedForComparison() -> String {
        folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
    }
}
