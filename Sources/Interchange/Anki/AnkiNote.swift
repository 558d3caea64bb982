import Curriculum
import Decks
import Foundation

/// One question as an Anki note: its fields in HTML, in its note type's order, and the cards it
/// makes. The question's id is the note's GUID, which is how Anki recognises the note when an
/// updated deck is imported again (it updates the note rather than add a second).
public struct AnkiNote: Sendable, Equatable {
    public var guid: String
    public var type: AnkiNoteType
    public var fields: [String]
    public var tags: [String]
    /// The card ordinals: 0 for a basic note; the deletion numbers less one for a cloze note.
    public var cardOrdinals: [Int]

    /// What the export says about the question when it is not carried as it is.
    public var change: String?
}

extension AnkiNote {
    /// The note for one question as its author wrote it (a cloze question whole), linked to
    /// `lesson`.
    static func from(_ question: ImportedQuestion, lesson: LessonLink) -> AnkiNote {
        let explanation = html(question.explanation)
        let reading = lesson.isUnlinked ? "" : html("Read more: palpate read \(lesson)")
        let prompt = html(question.prompt)
        func basic(_ front: String, _ back: String, change: String? = nil) -> AnkiNote {
            AnkiNote(
                guid: question.id, type: .basic, fields: [front, back, explanation, reading],
                tags: question.tags,
                cardOrdinals: [0], change: change)
        }
        switch question.kind {
        case .multipleChoice(let choices, let correct, let multiple):
            let letters = choices.indices.map(letter)
            let listed = choices.indices.map { "\(letters[$0]). " + html(choices[$0].text) }
            let answers = correct.map { "\(letters[$0]). " + html(choices[$0].text) }
            return basic(
                prompt
                    + (multiple && !question.prompt.lowercased().contains("all that apply")
                        ? " (Choose all that apply.)" : "") + "<br><br>" + listed.joined(separator: "<br>"),
                answers.joined(separator: "<br>"))
        case .trueFalse(let answer):
            return basic(prompt + "<br><br>True or false?", answer ? "True" : "False")
        case .matching(let pairs):
            return basic(
                prompt + "<br><br>" + pairs.map { html($0.left) }.joined(separator: "<br>"),
                pairs.map { html($0.left) + " → " + html($0.right) }.joined(separator: "<br>"),
                change:
                    "Anki has no matching card: the left-hand items are on the front and the pairs on the back"
            )
        case .ordering(let steps):
            // Listed alphabetically on the front, so the front does not give the order away.
            let shuffled = steps.sorted { $0.lowercased() < $1.lowercased() }
            return basic(
                prompt + "<br><br>" + shuffled.map(html).joined(separator: "<br>"),
                steps.enumerated().map { "\($0 + 1). " + html($1) }.joined(separator: "<br>"),
                change:
                    "Anki has no ordering card: the steps are on the front in alphabetical order and in order on the back"
            )
        case .shortAnswer(let accepted):
            let others = accepted.dropFirst().map(html)
            return basic(
                prompt,
                html(accepted.first ?? "")
                    + (others.isEmpty ? "" : "<br>(also accepted: " + others.joined(separator: "; ") + ")"))
        case .flashcard(let back):
            return basic(prompt, html(back))
        case .cloze(let text, _):
            guard let cloze = try? ClozeText(parsing: text) else {
                return basic(html(text), "", change: "its cloze text does not parse, so it is a basic note")
            }
            let marked = cloze.segments.map { segment in
                switch segment {
                case .text(let text): html(text)
                case .deletion(let number, let answer, let hint):
                    "{{c\(number)::\(html(answer))\(hint.map { "::" + html($0) } ?? "")}}"
                }
            }.joined()
            return AnkiNote(
                guid: question.id, type: .cloze, fields: [marked, explanation, reading], tags: question.tags,
                cardOrdinals: cloze.numbers.map { $0 - 1 }, change: nil)
        }
    }

    /// Text as an Anki field holds it: HTML, escaped, line breaks as `<br>`.
    static func html(_ text: String) -> String {
        HTMLText.escape(text).replacingOccurrences(of: "\n", with: "<br>")
    }

    /// A, B, … Z, then AA, AB…: no question has that many choices, but none is left without a letter.
    private static func letter(_ index: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return index < 26 ? String(alphabet[index]) : letter(index / 26 - 1) + String(alphabet[index % 26])
    }
}
