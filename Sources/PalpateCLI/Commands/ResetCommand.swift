import Foundation
import Progress
import TextFormats

/// `palpate reset --all`: start over, after a backup.
enum ResetCommand: Command {
    static let name = "reset"
    static let summary = "Start over: clear all your progress (backed up first)"
    static let usage = "palpate reset --all [--yes]"
    static let discussion = """
        Clears your progress: every card is new again, and your reviews, review and exam sessions and lessons \
        read are removed. Your settings (name, limits, steps…) are kept. The store is backed up first, as \
        today's backup, and reset says how to bring it all back with 'palpate doctor --restore'.

        It asks first on a terminal; --yes clears without asking, and a script must give it. To reset one \
        card, use 'palpate card ID --reset'. Refused while a review or exam session runs.
        """
    static let options: [OptionSpec] = [
        .flag("--all", "Clear all your progress."),
        .flag("--yes", "Clear without asking."),
    ]

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode {
        if let extra = arguments.positionals.first {
            throw UsageError(
                "'reset' takes no card id (got \(QuotedInput.quote(extra)))",
                hint: "To reset one card: palpate card \(extra) --reset")
        }
        guard arguments.has("--all") else {
            throw UsageError(
                "say what to reset: --all clears all your progress",
                hint: "palpate reset --all starts over; palpate card ID --reset resets one card.")
        }
        let confirmed = arguments.has("--yes")
        if !confirmed && !session.context.stdinIsTerminal {
            throw UsageError(
                "reset --all clears all your progress; confirm it with --yes",
                hint: "palpate reset --all --yes (your progress is backed up first)")
        }
        let store = try session.openStore(forSession: true)
        defer { try? store.close() }
        do {
            let counts = try store.progressCounts()
            if counts.isEmpty {
                session.print("There is no progress to clear: every card is new already.")
                return .success
            }
            if !confirmed {
                session.print(
                    "Clear all your progress (\(describe(counts)))? It is backed up first. [y/N]")
                guard case .line(let answer) = PromptReader(session: session).read(),
                    ["y", "yes"].contains(answer.lowercased())
                else {
                    session.print("Nothing was changed.")
                    return .failure
                }
            }
            let result = try store.startOver(now: session.context.clock(), timeZone: session.context.timeZone)
            session.print("Backed up your progress to \(result.backup.url.path).")
            session.print(
                "Cleared \(describe(result.cleared)); your settings are kept. Every card is new again.")
            session.print("To bring it all back: palpate doctor --restore \(result.backup.day) --yes")
            return .success
        } catch {
            throw CommandFailure("\(error) Nothing was cleared.")
        }
    }

    private static func describe(_ counts: ProgressCounts) -> String {
        "\(plural(counts.cards, "card")), \(plural(counts.reviews, "review")), "
            + "\(plural(counts.sessions, "session")), \(plural(counts.lessonsRead, "lesson")) read"
    }
}
