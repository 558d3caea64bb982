import Foundation

/// Numbers as the table shows them.
enum Format {
    /// `12.3`, `0.42`, `150`: three significant figures at most, no exponent.
    static func number(_ value: Double) -> String {
        if value >= 100 || value == value.rounded() { return String(Int(value.rounded())) }
        if value >= 10 { return String(format: "%.1f", value) }
        if value >= 1 { return String(format: "%.2f", value) }
        return String(format: "%.3f", value)
    }

    /// `10,000`, `1.2 M`: counts and rates.
    static func count(_ value: Double) -> String {
        if value >= 1_000_000 { return "\(number(value / 1_000_000)) M" }
        let whole = Int(value.rounded())
        if whole >= 1_000 { return "\(whole / 1_000),\(String(format: "%03d", whole % 1_000))" }
        return number(value)
    }

    /// Milliseconds: `4.21 ms`, `1.32 s`.
    static func duration(_ milliseconds: Double) -> String {
        milliseconds >= 1_000 ? "\(number(milliseconds / 1_000)) s" : "\(number(milliseconds)) ms"
    }

    /// `3.1–4.2 ms`, `1.21–1.40 s`: both ends in the unit of the larger.
    static func range(_ low: Double, _ high: Double) -> String {
        high >= 1_000
            ? "\(number(low / 1_000))–\(number(high / 1_000)) s" : "\(number(low))–\(number(high)) ms"
    }
}
