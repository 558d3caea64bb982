import Decks
import Testing

@testable import Interchange

/// The note rules on collections built by hand: note types the fixtures do not hold.
@Suite struct AnkiNoteConverterTests {
    private func convert(
        fields: [String], templates: [(String, String)], values: [String], isCloze: Bool = false
    ) -> ImportResult {
        var collection = AnkiCollection()
        collection.noteTypes[1] = AnkiCollection.NoteType(
            id: 1, name: "Kind", isCloze: isCloze, fields: fields,
            templates: templates.map {
                AnkiCollection.NoteType.Template(name: "Card", front: $0.0, back: $0.1)
            })
        collection.notes = [AnkiCollection.Note(id: 7, guid: "abc", noteTypeID: 1, fields: values, tags: [])]
        var converter = AnkiNoteConverter(file: "x.apkg", collection: collection)
        converter.convertAll()
        return converter.result
    }

    @Test func anImageOcclusionIsSkippedWithItsReason() {
        let result = convert(
            fields: ["Occlusion", "Image"], templates: [("{{cloze:Occlusion}}", "{{cloze:Occlusion}}")],
            values: [
                "{{c1::image-occlusion:rect:left=.1:top=.2:width=.3:height=.4}}", "<img src=\"a.png\">",
            ],
            isCloze: true)
        #expect(result.questions.isEmpty)
        #expect(
            result.notes.map(\.description) == [
                "x.apkg: note 7: skipped a 'Kind' note: an image occlusion: its deletions are shapes on a picture, which a terminal cannot show"
            ])
    }

    @Test func aClozeNoteWithoutADeletionIsSkipped() {
        let result = convert(
            fields: ["Text"], templates: [("{{cloze:Text}}", "{{cloze:Text}}")], values: ["No deletion here"],
            isCloze: true)
        #expect(result.questions.isEmpty)
        #expect(result.notes.first?.outcome == .skipped)
        #expect(
            result.notes.first?.reason.hasPrefix("no usable field: its cloze text 'No deletion here': ")
                == true)
    }

    @Test func anOptionalReverseCardIsMadeOnlyWhenItsFieldHasText() {
        let templates = [
            ("{{Front}}", "{{FrontSide}}<hr id=answer>{{Back}}"),
            ("{{#Add Reverse}}{{Back}}{{/Add Reverse}}", "{{FrontSide}}<hr id=answer>{{Front}}"),
        ]
        let fields = ["Front", "Back", "Add Reverse"]
        let without = convert(fields: fields, templates: templates, values: ["Q", "A", ""])
        #expect(without.questions.map(\.id) == ["abc"])
        let with = convert(fields: fields, templates: templates, values: ["Q", "A", "y"])
        #expect(with.questions.map(\.id) == ["abc", "abc-card2"])
        #expect(with.questions[1].prompt == "A")
        #expect(with.questions[1].kind == .flashcard(back: "Q"))
    }

    @Test func withoutFieldReferencesANoteTypeWithNothingToAskIsSkipped() {
        let result = convert(
            fields: ["Only"], templates: [("{{Only}}", "{{FrontSide}}")], values: ["Just a front"])
        #expect(result.questions.isEmpty)
        #expect(result.notes.first?.reason.hasPrefix("no usable field: no card template has both") == true)
    }
}
