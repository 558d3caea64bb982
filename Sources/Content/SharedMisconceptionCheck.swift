import Decks
import TextFormats

/// Holds a misconception that several decks list to one wording.
///
/// Reports treat one id as one belief: its picks in every deck are counted together and shown in
/// the words of the first deck that lists it. Decks that word a shared id differently would have
/// some of their students' answers shown under another deck's sentence, so each later deck that
/// words it differently gets a warning naming the first.
public enum SharedMisconceptionCheck {
    /// - Parameter decks: in course order, the order reports take the wording from.
    public static func run(decks: [Deck]) -> [Diagnostic] {
        var firstListed: [String: (deck: String, file: String, text: String)] = [:]
        var diagnostics: [Diagnostic] = []
        for deck in decks {
            for misconception in deck.misconceptions {
                guard let first = firstListed[misconception.id] else {
                    firstListed[misconception.id] = (deck.id, deck.file, misconception.text)
                    continue
                }
                guard first.text != misconception.text else { continue }
                let message =
                    "misconception \(QuotedInput.quote(misconception.id)) is worded differently in deck "
                    + "\(QuotedInput.quote(first.deck)) (\(first.file)); reports count one id as one belief "
                    + "and show that deck's words, so give it the same text in every deck (or a new id if it "
                    + "is another belief)"
                diagnostics.append(
                    Diagnostic(
                        .warning, file: deck.file, position: deck.idPosition, message: message,
                        field: "misconceptions"))
            }
        }
        return diagnostics
    }
}
