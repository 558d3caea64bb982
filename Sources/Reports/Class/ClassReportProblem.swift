import Foundation
import TextFormats

/// Something the instructor should know about the files merged into a class report.
public enum ClassReportProblem: Sendable, Equatable, CustomStringConvertible {
    /// The file was skipped.
    case unreadable(ReportFileError)
    /// Two reports name the same student: the newer one was kept.
    case duplicateStudent(name: String, kept: String, dropped: String)
    /// Students studied different versions of a deck: its item statistics mix them.
    case deckVersions(deck: String, versions: [(label: String, files: [String])])

    public var isError: Bool {
        if case .unreadable = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .unreadable(let error):
            return error.description + " (file skipped; the other reports are still merged)"
        case .duplicateStudent(let name, let kept, let dropped):
            return
                "warning: two reports for \(QuotedInput.quote(name)): kept \(kept), the newer, and skipped \(dropped)"
        case .deckVersions(let deck, let versions):
            let list = versions.map { "\($0.label) in \($0.files.joined(separator: ", "))" }.joined(
                separator: "; ")
            return
                "warning: the reports were made from different versions of deck \(QuotedInput.quote(deck)) (\(list)); its item "
                + "statistics mix them — ask students to update their content and send new reports"
        }
    }

    public static func == (lhs: ClassReportProblem, rhs: ClassReportProblem) -> Bool {
        lhs.description == rhs.description
    }
}
