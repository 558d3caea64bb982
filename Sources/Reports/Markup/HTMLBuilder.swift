/// Writes well-formed XHTML-compatible markup into one growing string.
///
/// Element and attribute names are fixed by the caller's code; every text and attribute value
/// goes through `XMLEscaping`, so there is no way to put raw text into the page by accident.
/// Void elements are written self-closed (`<br/>`), which both HTML and XML parsers accept.
public struct HTMLBuilder: Sendable {
    public private(set) var output = ""
    private var openElements: [String] = []

    public init() {}

    /// Opens `name` with its attributes (values escaped; `nil` values left out).
    public mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        writeStartTag(name, attributes)
        output += ">"
        openElements.append(name)
    }

    public mutating func close() {
        guard let name = openElements.popLast() else { return }
        output += "</\(name)>"
    }

    /// Closes every element still open, so the document is always balanced.
    public mutating func closeAll() {
        while !openElements.isEmpty { close() }
    }

    /// `<name …>text</name>`.
    public mutating func element(
        _ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String
    ) {
        writeStartTag(name, attributes)
        output += ">"
        XMLEscaping.escape(text, into: &output)
        output += "</\(name)>"
    }

    /// `<name …/>`: for void elements and empty SVG shapes.
    public mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        writeStartTag(name, attributes)
        output += "/>"
    }

    public mutating func text(_ text: String) {
        XMLEscaping.escape(text, into: &output)
    }

    /// Adds markup written by this module's own code (a style sheet, a doctype); never pass
    /// anything that came from a deck, a student or a file here.
    public mutating func trusted(_ markup: StaticString) {
        output += markup.description
    }

    public mutating func newline() { output += "\n" }

    private mutating func writeStartTag(_ name: String, _ attributes: KeyValuePairs<String, String?>) {
        output += "<" + name
        for (key, value) in attributes {
            guard let value else { continue }
            output += " " + key + "=\""
            XMLEscaping.escape(value, into: &output)
            output += "\""
        }
    }
}
