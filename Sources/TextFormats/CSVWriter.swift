import Foundation

/// An RFC 4180 CSV writer that also keeps spreadsheets from running cell text as formulas.
///
/// Fields are quoted only when they must be (a comma, quote, CR or LF inside), quotes are
/// doubled, and records end with CRLF. With formula neutralisation on (the default), a cell
/// that starts with `=`, `+`, `-`, `@`, a tab or a CR gets a leading `'` so Excel, LibreOffice
/// and Google Sheets show it as text (OWASP's advice against CSV injection); a plain number such
/// as `-3.5` or `+1e3` is left alone so it stays a number.
public struct CSVWriter: Sendable {
    public var neutralisesFormulas: Bool

    public init(neutralisesFormulas: Bool = true) {
        self.neutralisesFormulas = neutralisesFormulas
    }

    /// One record, with its CRLF.
    public func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// Several records, each with its CRLF.
    public func document(_ records: [[String]]) -> String {
        records.map(record).joined()
    }

    /// One field: neutralised if need be, then quoted if need be.
    public func field(_ value: String) -> String {
        var text = value
        if neutralisesFormulas, let first = text.unicodeScalars.first, Self.formulaStarts.contains(first),
            !Self.isPlainNumber(text)
        {
            text = "'" + text
        }
        guard text.unicodeScalars.contains(where: { Self.needsQuotes.contains($0) }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
    private static let needsQuotes: Set<Unicode.Scalar> = [",", "\"", "\r", "\n"]

    /// An optional sign, digits with at most one decimal point, and an optional exponent.
    static func isPlainNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let sign = scalars.first, sign == "+" || sign == "-" { scalars = scalars.dropFirst() }
        let mantissa = scalars.prefix { $0 != "e" && $0 != "E" }
        var exponent = scalars.dropFirst(mantissa.count)
        let digitsAndPoints = mantissa.filter { $0 != "." }
        guard mantissa.filter({ $0 == "." }).count <= 1, !digitsAndPoints.isEmpty,
            digitsAndPoints.allSatisfy({ ("0"..."9").contains($0) })
        else { return false }
        if exponent.isEmpty { return true }
        exponent = exponent.dropFirst()
        if let sign = exponent.first, sign == "+" || sign == "-" { exponent = exponent.dropFirst() }
        return !exponent.isEmpty && exponent.allSatisfy { ("0"..."9").contains($0) }
    }
}
