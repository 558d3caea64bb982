/// Writes well-formed XHTML-compatible markup into one growing buffer.
///
/// Element and attribute names are fixed by the caller's code; every text and attribute value
/// goes through `XMLEscaping`, so there is no way to put raw text into the page by accident.
/// Void elements are written self-closed (`<br/>`), which both HTML and XML parsers accept.
public struct HTMLBuilder: Sendable {
    /// The page as UTF-8: appending bytes costs a fraction of appending to a `String`, which
    /// matters when the review log writes a few million pieces.
    private var bytes: [UInt8] = []
    private var openElements: [String] = []

    public init() {}

    /// The markup written so far.
    public var output: String { String(decoding: bytes, as: UTF8.self) }

    /// Makes room for about `byteCount` bytes of markup up front, so a long page is not copied
    /// each time the buffer doubles; room never written to costs address space, not memory.
    public mutating func reserveCapacity(_ byteCount: Int) {
        bytes.reserveCapacity(byteCount)
    }

    /// Opens `name` with its attributes (values escaped; `nil` values left out).
    public mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        writeStartTag(name, attributes)
        bytes.append(UInt8(ascii: ">"))
        openElements.append(name)
    }

    public mutating func close() {
        guard let name = openElements.popLast() else { return }
        writeEndTag(name)
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
        bytes.append(UInt8(ascii: ">"))
        XMLEscaping.escape(text, into: &bytes)
        writeEndTag(name)
    }

    /// `<name …/>`: for void elements and empty SVG shapes.
    public mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        writeStartTag(name, attributes)
        trusted("/>")
    }

    public mutating func text(_ text: String) {
        XMLEscaping.escape(text, into: &bytes)
    }

    /// Adds markup written by this module's own code (a style sheet, a doctype); never pass
    /// anything that came from a deck, a student or a file here.
    public mutating func trusted(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    public mutating func newline() { bytes.append(UInt8(ascii: "\n")) }

    private mutating func writeStartTag(_ name: String, _ attributes: KeyValuePairs<String, String?>) {
        bytes.append(UInt8(ascii: "<"))
        append(name)
        for (key, value) in attributes {
            guard let value else { continue }
            bytes.append(UInt8(ascii: " "))
            append(key)
            trusted("=\"")
            XMLEscaping.escape(value, into: &bytes)
            bytes.append(UInt8(ascii: "\""))
        }
    }

    private mutating func writeEndTag(_ name: String) {
        trusted("</")
        append(name)
        bytes.append(UInt8(ascii: ">"))
    }

    /// Appends markup names from this module's code (tags, attribute keys) as they are.
    private mutating func append(_ name: String) {
        // Copying from the string's own buffer: `append(contentsOf: name.utf8)` goes through the
        // generic sequence path, which costs several times as much on every tag.
        var name = name
        name.withUTF8 { bytes.append(contentsOf: $0) }
    }
}
