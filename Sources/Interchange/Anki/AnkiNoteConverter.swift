import Decks
import Foundation
import TextFormats

/// Anki notes made Palpate questions, one note at a time.
///
/// - A cloze note (its note type's kind is cloze) is one `cloze` question: Anki's syntax is
///   Palpate's; its other fields on the back (Back Extra) become the explanation.
/// - Any other note gives one question per card template whose front has text: the filled-in
///   front is the prompt; a `{{type:Field}}` makes it a short-answer question accepting that
///   field; otherwise it is a flashcard whose back is the fields shown on the back (joined by
///   "; " when there are several). Basic, Basic (and reversed card), Basic (type in the answer)
///   and note types of one's own all follow this rule; the report names the fields used.
/// - Ids: the note's GUID when it is a valid Palpate id already (a deck Palpate exported), else
///   `anki-` and the GUID's bytes in hexadecimal; a second template adds `-card2`… and a cloze
///   card is `id--c1`…, so the same package always gives the same ids.
struct AnkiNoteConverter {
    let file: String
    let collection: AnkiCollection
    private var ids = QuestionIDs()
    private(set) var result = ImportResult()
    /// Palpate card id for each Anki card id of the questions kept.
    private(set) var cardIDs: [Int64: String] = [:]
    private var tagsOfDeck: [Int64: [String]] = [:]
    private var slugOfTag: [String: String?] = [:]

    init(file: String, collection: AnkiCollection) {
        self.file = file
        self.collection = collection
    }

    mutating func convertAll() {
        var cardsOfNote: [Int64: [AnkiCollection.Card]] = [:]
        for card in collection.cards { cardsOfNote[card.noteID, default: []].append(card) }
        for note in collection.notes { convert(note, cards: cardsOfNote[note.id] ?? []) }
    }

    /// Field names that hold extra reading rather than the answer (Anki's "Back Extra", Palpate's
    /// own "Explanation").
    static func isExtra(_ name: String) -> Bool {
        ["explanation", "extra", "back extra", "notes", "note"].contains(name.lowercased())
    }

    static func isLesson(_ name: String) -> Bool { name.lowercased() == "lesson" }

    static func baseID(guid: String) -> String {
        if Slug.isValid(guid) && guid.utf8.count <= Slug.maximumLength - 12 { return guid }
        let hex = guid.utf8.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        if !hex.isEmpty && hex.count <= 48 { return "anki-" + hex }
        return QuestionIDs.base(title: nil, text: guid)
    }

    /// What a note's fields became, said in its notes: changes made on the way.
    private struct Context {
        var note: AnkiCollection.Note
        var type: AnkiCollection.NoteType
        var cards: [AnkiCollection.Card]
        var fields: [AnkiFieldText]
        var tags: [String]
        var id: String
        var changes: [String]
        var subject: String { "a \(QuotedInput.quote(type.name)) note" }

        func names(_ list: [Int]) -> String {
            list.map { QuotedInput.quote(type.fields[$0]) }.joined(separator: ", ")
        }
    }

    private mutating func convert(_ note: AnkiCollection.Note, cards: [AnkiCollection.Card]) {
        guard let type = collection.noteTypes[note.noteTypeID] else {
            add(note, .skipped, "its note type (\(note.noteTypeID)) is not in the collection")
            return
        }
        let fields = note.fields.map(AnkiFieldText.init)
        let media = Self.unique(fields.flatMap(\.media))
        let claimed = ids.claim(Self.baseID(guid: note.guid))
        var changes: [String] = []
        if claimed.renamed { changes.append("its GUID gives an id already taken, so it is '\(claimed.id)'") }
        if !media.isEmpty {
            changes.append("left out \(media.map { QuotedInput.quote($0) }.joined(separator: ", ")) (media)")
        }
        let context = Context(
            note: note, type: type, cards: cards, fields: fields, tags: tags(of: note, cards: cards),
            id: claimed.id,
            changes: changes)
        if type.isCloze {
            convertCloze(context)
        } else {
            convertTemplates(context, media: media)
        }
    }

    /// A cloze note: one `cloze` question, its other fields on the back as the explanation.
    private mutating func convertCloze(_ context: Context) {
        let (note, type, fields) = (context.note, context.type, context.fields)
        let front = AnkiTemplate(
            type.templates.first?.front ?? "", fieldNames: type.fields, values: note.fields)
        let textField = front.clozeField ?? 0
        let text = textField < fields.count ? fields[textField].text : ""
        // Image Occlusion notes are cloze notes whose deletions are shapes on a picture.
        if text.contains("::image-occlusion:") {
            add(
                note, .skipped,
                "an image occlusion: its deletions are shapes on a picture, which a terminal cannot show",
                subject: context.subject)
            return
        }
        let cloze: ClozeText
        do {
            cloze = try ClozeText(parsing: text)
        } catch {
            add(
                note, .skipped,
                "no usable field: its cloze text \(QuotedInput.quote(text)): \(error.description)",
                subject: context.subject)
            return
        }
        let back = AnkiTemplate(
            type.templates.first?.back ?? "", fieldNames: type.fields, values: note.fields)
        let explanation = back.fieldsUsed.filter {
            $0 != textField && $0 < fields.count && !Self.isLesson(type.fields[$0])
        }
        .map { fields[$0].text }.filter { !$0.isEmpty }.joined(separator: " ")
        let kind = Question.Kind.cloze(text: text, deletion: 0)
        result.questions.append(
            ImportedQuestion(
                id: context.id, kind: kind, prompt: "",
                explanation: explanation.isEmpty ? GIFTAnswers.statedAnswer(kind) : explanation,
                tags: context.tags, line: 0))
        let numbers = Set(cloze.numbers)
        for card in context.cards where numbers.contains(card.ordinal + 1) {
            cardIDs[card.id] = context.id + ClozeText.cardSuffix(card.ordinal + 1)
        }
        let name = type.fields.indices.contains(textField) ? type.fields[textField] : "1"
        let changes = ["cloze from field \(QuotedInput.quote(name))"] + context.changes
        add(note, changes.count > 1 ? .changed : .converted, changes.joined(separator: "; "), id: context.id)
    }

    /// Any other note: a question per card template whose front and answer have text.
    private mutating func convertTemplates(_ context: Context, media: [String]) {
        let (note, type, fields) = (context.note, context.type, context.fields)
        var made: [(id: String, said: String)] = []
        for (number, template) in type.templates.enumerated() {
            let front = AnkiTemplate(template.front, fieldNames: type.fields, values: note.fields)
            let prompt = AnkiFieldText(front.html).text
            guard !prompt.isEmpty,
                front.fieldsUsed.contains(where: { $0 < fields.count && !fields[$0].text.isEmpty })
            else { continue }
            let back = AnkiTemplate(
                AnkiTemplate.answerPart(of: template.back), fieldNames: type.fields, values: note.fields)
            let shown = back.fieldsUsed.filter { !front.fieldsUsed.contains($0) && $0 < fields.count }
            // Fields named as extra reading explain the answer rather than being part of it; a
            // lesson link (Palpate's own exports) has no place in an imported question.
            let backFields = shown.filter {
                !Self.isExtra(type.fields[$0]) && !Self.isLesson(type.fields[$0])
            }
            let extraFields = shown.filter { Self.isExtra(type.fields[$0]) }
            let backTexts = backFields.map { fields[$0].text }.filter { !$0.isEmpty }
            let kind: Question.Kind
            var explainedBy = extraFields
            let said: String
            if let typed = front.typedField, typed < fields.count, !fields[typed].text.isEmpty {
                kind = .shortAnswer(accepted: [fields[typed].text])
                explainedBy = backFields.filter { $0 != typed } + extraFields
                said =
                    "short answer, prompt from \(context.names(front.fieldsUsed)), typed answer \(context.names([typed]))"
            } else if !backTexts.isEmpty {
                kind = .flashcard(back: backTexts.joined(separator: "; "))
                said =
                    "flashcard, prompt from \(context.names(front.fieldsUsed)), back from \(context.names(backFields))"
            } else {
                continue
            }
            let explanation = explainedBy.map { fields[$0].text }.filter { !$0.isEmpty }.joined(
                separator: " ")
            let explained = explainedBy.contains { !fields[$0].text.isEmpty }
            let questionID = number == 0 ? context.id : ids.claim("\(context.id)-card\(number + 1)").id
            // A deck question needs an explanation; a note without one gets its answer stated.
            result.questions.append(
                ImportedQuestion(
                    id: questionID, kind: kind, prompt: prompt,
                    explanation: explanation.isEmpty ? GIFTAnswers.statedAnswer(kind) : explanation,
                    tags: context.tags, line: 0))
            for card in context.cards where card.ordinal == number { cardIDs[card.id] = questionID }
            made.append(
                (questionID, said + (explained ? ", explanation from \(context.names(explainedBy))" : "")))
        }
        guard let first = made.first else {
            let onlyMedia =
                media.isEmpty
                ? ""
                : " (it holds only media: \(media.map { QuotedInput.quote($0) }.joined(separator: ", ")))"
            add(
                note, .skipped,
                "no usable field: no card template has both a front and an answer with text\(onlyMedia)",
                subject: context.subject)
            return
        }
        // The note is named by its first question; the others are named in the list.
        let list = made.map { $0.id == first.id ? $0.said : "'\($0.id)' \($0.said)" }
        let detail = "note type \(QuotedInput.quote(type.name)): " + list.joined(separator: "; ")
        add(
            note, context.changes.isEmpty ? .converted : .changed,
            ([detail] + context.changes).joined(separator: "; "),
            id: first.id)
    }

    private mutating func tags(of note: AnkiCollection.Note, cards: [AnkiCollection.Card]) -> [String] {
        // Sub-decks (`Anatomy::Muscles`) become one tag a level; the default deck none.
        var tags = cards.first.map { deckTags(of: $0.deckID) } ?? []
        for tag in note.tags {
            if let slug = tagSlug(tag), !tags.contains(slug) { tags.append(slug) }
        }
        return tags
    }

    /// A deck's tags, worked out once per deck.
    private mutating func deckTags(of deckID: Int64) -> [String] {
        if let known = tagsOfDeck[deckID] { return known }
        var tags: [String] = []
        if let deck = collection.decks[deckID], deck != "Default" {
            for part in deck.split(separator: "::") {
                if let slug = tagSlug(String(part)), !tags.contains(slug) { tags.append(slug) }
            }
        }
        tagsOfDeck[deckID] = tags
        return tags
    }

    /// A tag as a Palpate tag (`Anatomy::Neck` → `anatomy-neck`), worked out once per tag.
    private mutating func tagSlug(_ name: String) -> String? {
        if let known = slugOfTag[name] { return known }
        var slug = String(Slug.make(from: name).prefix(40))
        while slug.hasSuffix("-") { slug.removeLast() }
        slugOfTag[name] = slug.isEmpty ? nil : slug
        return slug.isEmpty ? nil : slug
    }

    /// Notes the outcome of `note`, named by the id it got, else by `subject` (its kind).
    private mutating func add(
        _ note: AnkiCollection.Note, _ outcome: ImportNote.Outcome, _ reason: String, id: String? = nil,
        subject: String = "a note"
    ) {
        var item = ImportNote(
            file: file, line: 0, outcome: outcome, subject: id.map { "'\($0)'" } ?? subject, reason: reason)
        item.place = "note \(note.id)"
        result.notes.append(item)
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}
