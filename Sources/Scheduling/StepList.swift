import Foundation
import TextFormats

/// Learning or relearning steps written the way students and instructors type them: `1m,10m`,
/// `30s, 1h, 1d`, or `none` for no steps.
///
/// Shared by `palpate config` and `palpate scheduler replay`, so both accept exactly the same text.
public enum StepList {
    /// Why a steps text could not be read, with what would be valid.
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public let text: String
        public let reason: String
        public var description: String {
            "invalid steps \(QuotedInput.quote(text)): \(reason); write durations separated by commas, each a number "
                + "followed by s, m, h or d (e.g. 1m,10m), or 'none' for no steps"
        }
    }

    private static let unitSeconds: [Character: TimeInterval] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400]

    /// Parses a steps text into durations in seconds.
    /// - Throws: `ParseError` naming the piece that is wrong.
    public static func parse(_ text: String) throws(ParseError) -> [TimeInterval] {
        let trimmed = text.trimmingWhitespace()
        if trimmed.lowercased() == "none" { return [] }
        if trimmed.isEmpty { throw ParseError(text: text, reason: "it is empty") }
        var steps: [TimeInterval] = []
        for rawPiece in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
            let piece = rawPiece.trimmingWhitespace().lowercased()
            guard let unit = piece.last, let seconds = unitSeconds[unit] else {
                throw ParseError(text: text, reason: "\(QuotedInput.quote(piece)) has no unit")
            }
            guard let amount = Double(piece.dropLast()), amount.isFinite, amount > 0 else {
                throw ParseError(text: text, reason: "\(QuotedInput.quote(piece)) is not a positive duration")
            }
            steps.append(amount * seconds)
        }
        return steps
    }

    /// Formats durations back into the shortest text `parse` reads (`[60, 600]` → `1m,10m`).
    public static func format(_ steps: [TimeInterval]) -> String {
        if steps.isEmpty { return "none" }
        return steps.map { seconds in
            for (unit, size) in [("d", 86_400.0), ("h", 3_600.0), ("m", 60.0)]
            where seconds >= size && (seconds / size).rounded() == seconds / size {
                return "\(Int(seconds / size))\(unit)"
            }
            return seconds.rounded() == seconds ? "\(Int(seconds))s" : "\(seconds)s"
        }.joined(separator: ",")
    }
}
