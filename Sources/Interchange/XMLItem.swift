import Foundation
import TextFormats

/// An XML document read whole (by `XMLReader`): elements with their attributes, text (CDATA
/// included) and the line each starts on. Question banks are small enough to hold.
final class XMLItem {
    let name: String
    let attributes: [String: String]
    let line: Int
    var children: [XMLItem] = []
    var text = ""

    init(name: String, attributes: [String: String], line: Int) {
        self.name = name
        self.attributes = attributes
        self.line = line
    }

    func child(_ name: String) -> XMLItem? { children.first { $0.name == name } }
    func all(_ name: String) -> [XMLItem] { children.filter { $0.name == name } }

    /// The `<text>` of a child such as `<questiontext format="html"><text>…</text>`, as plain text.
    func plainText(_ name: String) -> String {
        guard let element = child(name) else { return "" }
        return element.plainText
    }

    /// This element's `<text>` (or its own text), reduced to plain text when its format is HTML
    /// (Moodle's default for question text).
    var plainText: String {
        let raw = child("text")?.text ?? text
        let format = attributes["format"] ?? "html"
        return format == "html" ? HTMLText.reduce(raw) : HTMLText.collapse(raw)
    }

    static func parse(_ data: Data, file: String) throws(InterchangeError) -> XMLItem {
        // Text that is not UTF-8 is refused where it starts, before any XML is read (Moodle
        // writes UTF-8, and Foundation's XMLParser, used before, trapped on such a name).
        let bytes = Array(data)
        let source = SourceText(bytes: bytes)
        if let position = source.firstInvalidUTF8Position {
            throw InterchangeError(
                file: file, line: position.line, column: position.column,
                message: "this is not UTF-8 text; save the file as UTF-8 (Moodle exports UTF-8)")
        }
        do {
            return try XMLReader.read(bytes)
        } catch {
            let position = source.position(ofByteOffset: error.offset)
            throw InterchangeError(
                file: file, line: position.line, column: position.column,
                message: "not well-formed XML (\(error.reason)); fix the file, or export it from Moodle again"
            )
        }
    }
}
