import Progress
import TextFormats

/// `palpate restore [CARD…]`: bring back suspended (leech) or skipped cards.
enum RestoreCommand: Command {
    static let name = "restore"
    static let summary = "List or bring back suspended (leech) and skipped cards"
    static let usage = "palpate restore [CARD…] [--all]"
    static let discussion = """
        With no CARD, lists the cards that are suspended (leeches: forgotten 8 times) or skipped until \
        tomorrow. With CARD ids (deck-id/question-id, as listed), brings them back into the queue with their \
        history; --all brings back every one.
        """
    static let options: [OptionSpec] = [.flag("--all", "Bring back every suspended and skipped card.")]

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode {
        let store = try session.openStore(forSession: false)
        defer { try? store.close() }
        let now = session.context.clock()
        do {
            let held = try store.cardStates().values.filter { $0.suspended || $0.isBuried(at: now) }
                .sorted { $0.cardID < $1.cardID }
            var targets = arguments.positionals
            if arguments.has("--all") { targets = held.map(\.cardID) }
            guard !targets.isEmpty else {
                if held.isEmpty {
                    session.print("No suspended or skipped cards.")
                } else {
                    let rows = held.map { state in
                        [
                            state.cardID,
                            state.leech ? "leech (suspended)" : state.suspended ? "suspended" : "skipped",
                            "\(state.lapses)",
                        ]
                    }
                    session.print(
                        lines: TextTable(header: ["CARD", "WHY", "LAPSES"], rows: rows).lines(
                            style: session.style))
                    session.print()
                    session.print("Bring one back with: palpate restore \(held[0].cardID)")
                }
                return .success
            }
            for id in targets {
                guard held.contains(where: { $0.cardID == id }) else {
                    let near = EditDistance.suggestions(for: id, among: held.map(\.cardID)).first
                    throw CommandFailure(
                        "\(QuotedInput.quote(id)) is not suspended or skipped"
                            + (near.map { "; did you mean '\($0)'?" } ?? "")
                            + "; run 'palpate restore' to list them")
                }
                try store.restore(cardID: id, now: now)
                session.print("Restored \(id).")
            }
            return .success
        } catch let error as CommandFailure {
            throw error
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}
