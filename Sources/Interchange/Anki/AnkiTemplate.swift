import Foundation

/// An Anki card template filled with a note's fields, the way Anki shows the card: `{{Field}}`
/// and filtered fields (`{{text:Field}}`, `{{cloze:Field}}`) replaced by the field's HTML,
/// `{{#Field}}…{{/Field}}` kept only when the field has text (`{{^Field}}` the opposite),
/// `{{type:Field}}` (the typing box) noted rather than shown, `{{FrontSide}}` and the special
/// fields (Tags, Deck…) left out.
struct AnkiTemplate {
    /// The HTML of the filled template.
    var html = ""
    /// The fields whose text went into it, in order, each once.
    var fieldsUsed: [Int] = []
    /// The field of a `{{type:Field}}`, the answer Anki asks to type.
    var typedField: Int?
    /// The field of a `{{cloze:Field}}`.
    var clozeField: Int?

    init(_ template: String, fieldNames: [String], values: [String]) {
        var index: [String: Int] = [:]
        for (position, name) in fieldNames.enumerated() where index[name] == nil { index[name] = position }
        func value(_ name: String) -> String {
            index[name].map { $0 < values.count ? values[$0] : "" } ?? ""
        }
        var text = Substring(template)
        // Sections whose content is left out, by field name; nested sections are counted.
        var hiddenUntil: String?
        while let open = text.firstASCII("{{") {
            if hiddenUntil == nil { html += text[..<open.lowerBound] }
            guard let close = text[open.upperBound...].firstASCII("}}") else {
                text = text[text.endIndex...]
                break
            }
            let tag = text[open.upperBound..<close.lowerBound].trimmed
            text = text[close.upperBound...]
            if let hidden = hiddenUntil {
                if tag == "/" + hidden { hiddenUntil = nil }
                continue
            }
            if tag.hasPrefix("#") || tag.hasPrefix("^") {
                let name = String(tag.dropFirst()).trimmed
                let empty = HTMLText.reduce(value(name)).isEmpty
                if empty == tag.hasPrefix("#") { hiddenUntil = name }
                continue
            }
            if tag.hasPrefix("/") || tag == "FrontSide" { continue }
            // `filter:filter:Field`: the field is the last part.
            let parts = tag.split(separator: ":", omittingEmptySubsequences: false)
            let name = String(parts.last ?? "").trimmed
            guard let field = index[name] else { continue }
            let filters = parts.dropLast().map { $0.trimmed }
            if filters.contains("type") {
                typedField = field
                continue
            }
            if filters.contains("cloze") { clozeField = field }
            if !fieldsUsed.contains(field) { fieldsUsed.append(field) }
            html += value(name)
        }
        if hiddenUntil == nil { html += text }
    }

    /// The answer side: what follows Anki's `<hr id=answer>` when the template has one.
    static func answerPart(of html: String) -> String {
        guard let rule = html[...].firstASCII("<hr id=answer>") ?? html[...].firstASCII("<hr id=\"answer\">")
        else {
            return html
        }
        return String(html[rule.upperBound...])
    }
}
