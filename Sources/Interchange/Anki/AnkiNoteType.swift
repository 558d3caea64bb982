import TextFormats

/// The two note types a Palpate deck becomes in Anki. Their own, not Anki's stock "Basic" and
/// "Cloze": the explanation and the lesson link keep fields of their own (so a student can restyle
/// or hide them, and a later import can read them apart), and their ids are fixed, so every deck
/// exported from Palpate, and every later export of it, shares the same two note types in Anki
/// instead of adding a copy each time.
public enum AnkiNoteType: Sendable, CaseIterable {
    /// Prompt on the front; answer, explanation and lesson on the back. Every question but cloze.
    case basic
    /// One card per deletion number, `{{c1::…}}` as in Palpate's own cloze text.
    case cloze

    /// Fixed for good: changing one would make Anki add a second note type on the next import.
    public var id: Int64 {
        switch self {
        case .basic: 1_733_500_000_001
        case .cloze: 1_733_500_000_002
        }
    }

    public var name: String {
        switch self {
        case .basic: "Palpate Basic"
        case .cloze: "Palpate Cloze"
        }
    }

    public var fieldNames: [String] {
        switch self {
        case .basic: ["Front", "Back", "Explanation", "Lesson"]
        case .cloze: ["Text", "Explanation", "Lesson"]
        }
    }

    /// Anki's model `type`: 0 standard, 1 cloze.
    var kind: Int { self == .cloze ? 1 : 0 }

    /// When the templates last changed (seconds): Anki updates its copy of a note type whose
    /// incoming modification time is newer, so a template change must move this forward.
    static let templatesChanged = 1_733_500_000

    private static let backMatter = """
        {{#Explanation}}<div class="explanation">{{Explanation}}</div>{{/Explanation}}
        {{#Lesson}}<div class="lesson">{{Lesson}}</div>{{/Lesson}}
        """

    private var template: (name: String, question: String, answer: String) {
        switch self {
        case .basic:
            ("Card 1", "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}\n" + Self.backMatter)
        case .cloze:
            ("Cloze", "{{cloze:Text}}", "{{cloze:Text}}\n<br>\n" + Self.backMatter)
        }
    }

    private static let css = """
        .card { font-family: arial; font-size: 20px; line-height: 1.5; text-align: left; color: black; background-color: white; }
        .cloze { font-weight: bold; color: blue; }
        .nightMode .cloze { color: lightblue; }
        .explanation { margin-top: 1em; }
        .lesson { margin-top: 1em; font-size: 16px; color: gray; }
        """

    /// The note type as a schema-11 collection's `col.models` holds it.
    var schema11: JSONValue {
        let fields = fieldNames.enumerated().map { index, name in
            JSONValue.object([
                ("name", .string(name)), ("ord", .int(index)), ("sticky", .bool(false)),
                ("rtl", .bool(false)),
                ("font", .string("Arial")), ("size", .int(20)), ("media", .array([])),
            ])
        }
        let template = self.template
        return .object([
            ("id", .int(Int(id))), ("name", .string(name)), ("type", .int(kind)),
            ("mod", .int(Self.templatesChanged)), ("usn", .int(0)), ("sortf", .int(0)), ("did", .null),
            (
                "tmpls",
                .array([
                    .object([
                        ("name", .string(template.name)), ("ord", .int(0)),
                        ("qfmt", .string(template.question)),
                        ("afmt", .string(template.answer)), ("bqfmt", .string("")), ("bafmt", .string("")),
                        ("did", .null), ("bfont", .string("")), ("bsize", .int(0)),
                    ])
                ])
            ),
            ("flds", .array(fields)), ("css", .string(Self.css)),
            (
                "latexPre",
                .string(
                    "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n"
                        + "\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n"
                        + "\\begin{document}\n")
            ),
            ("latexPost", .string("\\end{document}")), ("latexsvg", .bool(false)),
            ("req", .array([.array([.int(0), .string("any"), .array([.int(0)])])])),
            ("tags", .array([])), ("vers", .array([])),
        ])
    }
}
