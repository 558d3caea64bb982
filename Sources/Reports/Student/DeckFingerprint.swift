import Decks
import TextFormats

/// A short hash of a deck's questions, recorded in reports so the class view can tell when two
/// students studied different versions of a deck.
///
/// The deck's `version` number alone is not enough: authors forget to bump it. The hash covers
/// what decides how a question is asked and graded (ids, types, prompts, choices, answers,
/// lesson links), in the author's order, and not the file's layout, so reformatting a deck file
/// keeps its fingerprint.
public enum DeckFingerprint {
    public static func make(_ deck: Deck) -> String {
        var hash = StableHash()
        func add(_ text: String) {
            for byte in text.utf8 { hash.add(byte) }
            // A separator no text contains, so ("ab","c") and ("a","bc") differ.
            hash.add(0xFF)
        }
        add(deck.id)
        for question in deck.questions {
            add(question.id)
            add(question.typeName)
            add(question.prompt)
            add(question.lesson.description)
            switch question.kind {
            case .multipleChoice(let choices, let correct, let multiple):
                for choice in choices { add(choice.text) }
                add(correct.map(String.init).joined(separator: ","))
                add(multiple ? "multiple" : "single")
            case .trueFalse(let answer): add(answer ? "true" : "false")
            case .matching(let pairs):
                for pair in pairs { add(pair.left + "\u{1F}" + pair.right) }
            case .ordering(let steps):
                for step in steps { add(step) }
            case .shortAnswer(let accepted):
                for answer in accepted { add(answer) }
            case .flashcard(let back): add(back)
            case .cloze(let text, let deletion): add(text + "\u{1F}" + String(deletion))
            case .region(let answer):
                add(
                    [answer.views, [answer.side, answer.muscle ?? ""], answer.essential, answer.spillover].map
                    {
                        $0.joined(separator: ",")
                    }.joined(separator: "\u{1F}"))
            }
        }
        let hex = String(hash.value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
