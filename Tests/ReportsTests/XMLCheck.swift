import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses markup as XML and records its elements and text, to prove a page is well formed and
/// holds deck text only as text.
final class XMLCheck: NSObject, XMLParserDelegate {
    private(set) var elements: [String] = []
    private(set) var text = ""
    private(set) var error: String?

    static func parse(_ markup: String) -> XMLCheck {
        let check = XMLCheck()
        // The HTML doctype is not XML's; everything after it must be well-formed XML.
        let body = markup.replacingOccurrences(of: "<!DOCTYPE html>", with: "")
        let parser = XMLParser(data: Data(body.utf8))
        parser.delegate = check
        if !parser.parse() {
            check.error = parser.parserError.map { "\($0)" } ?? "line \(parser.lineNumber): not well-formed"
        }
        return check
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append(elementName)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }
}
