import Foundation
import TextFormats

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An XML document read whole with Foundation's `XMLParser`: elements with their attributes,
/// text (CDATA included) and the line each starts on. Question banks are small enough to hold.
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
        // Foundation's XMLParser traps on an element name that is not valid UTF-8 (found by the
        // mutation test), so bytes that are not UTF-8 never reach it. Moodle writes UTF-8.
        let bytes = Array(data)
        if String(validating: bytes, as: UTF8.self) == nil {
            let position = SourceText(bytes: bytes).firstInvalidUTF8Position
            throw InterchangeError(
                file: file, line: position?.line ?? 1, column: position?.column,
                message: "this is not UTF-8 text; save the file as UTF-8 (Moodle exports UTF-8)")
        }
        let parser = XMLParser(data: data)
        let builder = Builder(parser: parser)
        parser.delegate = builder
        parser.shouldResolveExternalEntities = false
        let parsed = parser.parse()
        guard parsed, builder.error == nil, let root = builder.root else {
            let error = builder.error ?? parser.parserError
            let reason = error.map { describe(($0 as NSError).code) } ?? "it could not be read"
            throw InterchangeError(
                file: file, line: builder.errorLine ?? parser.lineNumber,
                column: builder.errorColumn ?? parser.columnNumber,
                message: "not well-formed XML (\(reason)); fix the file, or export it from Moodle again")
        }
        return root
    }

    /// libxml2's error codes (as `XMLParser.ErrorCode`) for what a hand-edited file gets wrong.
    private static func describe(_ code: Int) -> String {
        switch code {
        case 76: "an end tag does not match the element it closes"
        case 5: "the file ends inside an element"
        case 4: "the file is empty"
        case 9, 68: "a name or character is not allowed here"
        case 26: "an entity (&…;) is not defined"
        case 41: "an attribute has no value in quotes"
        case 73: "a '>' is missing"
        default: "XML error \(code)"
        }
    }

    private final class Builder: NSObject, XMLParserDelegate {
        let parser: XMLParser
        var stack: [XMLItem] = []
        var root: XMLItem?
        /// The first error, where it was found: the parser may recover and read on.
        var error: Error?
        var errorLine: Int?
        var errorColumn: Int?

        init(parser: XMLParser) { self.parser = parser }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            let element = XMLItem(name: elementName, attributes: attributes, line: parser.lineNumber)
            if let parent = stack.last { parent.children.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
            qualifiedName: String?
        ) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { stack.last?.text += string }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            guard error == nil else { return }
            error = parseError
            errorLine = parser.lineNumber
            errorColumn = parser.columnNumber
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            stack.last?.text += String(decoding: block, as: UTF8.self)
        }
    }
}
