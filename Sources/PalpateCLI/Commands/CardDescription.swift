import Foundation
import Insights
import Progress
import Scheduling

/// How `palpate cards` and `palpate card` name a card's state and due time.
struct CardDescription {
    /// The states `--state` accepts.
    static let states = ["new", "learning", "review", "relearning", "suspended", "skipped", "leech", "due"]

    var moments: MomentFormatter
    var calendar: StudyCalendar
    var now: Date

    /// One word for where the card stands: suspended and skipped first, then its phase.
    func state(_ card: CardState?) -> String {
        guard let card else { return "new" }
        if card.suspended { return card.leech ? "suspended (leech)" : "suspended" }
        if card.isBuried(at: now) { return "skipped" }
        let phase = card.schedule.isNew ? "new" : card.schedule.phase.name
        return card.leech ? "\(phase) (leech)" : phase
    }

    /// Whether a card is in the `--state` group `name`.
    func matches(_ card: CardState?, state name: String) -> Bool {
        switch name {
        case "leech": return card?.leech ?? false
        case "suspended": return card?.suspended ?? false
        case "skipped": return card.map { !$0.suspended && $0.isBuried(at: now) } ?? false
        case "due": return isDue(card)
        default:
            guard let card else { return name == "new" }
            if card.suspended || card.isBuried(at: now) { return false }
            return (card.schedule.isNew ? "new" : card.schedule.phase.name) == name
        }
    }

    /// Reviewed before and due by the end of today's study day, neither suspended nor skipped.
    func isDue(_ card: CardState?) -> Bool {
        guard let card, !card.schedule.isNew, !card.suspended, !card.isBuried(at: now) else { return false }
        return card.schedule.due < calendar.studyDay(containing: now).end
    }

    /// `2026-01-03 09:00 (tomorrow)`, `2025-12-30 09:00 (overdue)`; `-` for a card never reviewed.
    /// - Parameter brief: only the words in brackets (`tomorrow`), for a narrow terminal.
    func due(_ card: CardState?, brief: Bool = false) -> String {
        guard let card, !card.schedule.isNew else { return "-" }
        let due = card.schedule.due
        let relative = due <= now ? "overdue" : moments.describe(due, relativeTo: now)
        // "in 3 days (2026-01-04)" already names the day; keep the relative part only.
        let short =
            relative.split(separator: "(").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? relative
        return brief ? short : "\(moments.dateTime(due)) (\(short))"
    }

    /// The card in a few words, for "was: …" after a change.
    func summary(_ card: CardState?) -> String {
        guard let card else { return "new, never reviewed" }
        var parts = [state(card)]
        if !card.schedule.isNew { parts.append("due \(due(card))") }
        parts.append(plural(card.reps, "review"))
        if card.lapses > 0 { parts.append(plural(card.lapses, "lapse")) }
        return parts.joined(separator: ", ")
    }
}

/// The first words of a prompt, on one line, cut to `width`.
func promptExcerpt(_ prompt: String, width: Int) -> String {
    truncated(TerminalSanitizer.clean(prompt, keepNewlines: false), to: max(12, width))
}
