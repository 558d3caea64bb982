import Foundation

/// How numbers read in the human formats (CSV, Markdown, HTML): the same words everywhere.
enum ReportNumbers {
    /// `85%`, or `–` when there is no data.
    static func percent(_ fraction: Double?) -> String {
        fraction.map { "\(Int(($0 * 100).rounded()))%" } ?? "–"
    }

    /// Below this many reviews a share (accuracy, retention) says too little to judge by, and the
    /// human formats mark it as such rather than print a bare "100%".
    static let fewReviews = 10

    /// `1 review: too few` when `count` is under `fewReviews`, else `nil`.
    static func tooFew(_ count: Int) -> String? {
        count >= fewReviews ? nil : "\(count) review\(count == 1 ? "" : "s"): too few"
    }

    /// `1 day`, `3 days`.
    static func days(_ count: Int) -> String { "\(count) day\(count == 1 ? "" : "s")" }

    /// A fraction with three decimals, for CSV cells a spreadsheet will compute with; empty when absent.
    static func fraction(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return decimals(value, places: 3)
    }

    /// `1h 05m`, `12m`, `40s`.
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        if total < 60 { return "\(total)s" }
        if total < 3_600 { return "\(total / 60)m \(pad(total % 60))s" }
        return "\(total / 3_600)h \(pad(total / 60 % 60))m"
    }

    /// Seconds with one decimal, for tables.
    static func seconds(_ value: Double?) -> String {
        value.map { decimals($0, places: 1) } ?? ""
    }

    /// `2026-03-01 08:00 UTC`: a time for people; the JSON keeps the exact one.
    static func moment(_ date: Date?) -> String {
        guard let date else { return "–" }
        var text = MomentText()
        return text.text(date)
    }

    /// `value` rounded to `places` (at least 1) decimals, written without `String(format:)`,
    /// which is slow on Linux, and without joining strings: the review log writes 100,000.
    static func decimals(_ value: Double, places: Int) -> String {
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        var rest = Int((abs(value) * Double(scale)).rounded())
        let negative = value < 0 && rest != 0
        // Digits from the last one, the point after `places` of them, then turned round.
        return String(unsafeUninitializedCapacity: 24) { text in
            var count = 0
            repeat {
                if count == places {
                    text[count] = UInt8(ascii: ".")
                    count += 1
                }
                text[count] = UInt8(ascii: "0") + UInt8(rest % 10)
                count += 1
                rest /= 10
            } while rest > 0 || count <= places
            if negative {
                text[count] = UInt8(ascii: "-")
                count += 1
            }
            var written = UnsafeMutableBufferPointer(rebasing: text[..<count])
            written.reverse()
            return count
        }
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
