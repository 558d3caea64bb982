import Testing

@testable import Curriculum

/// Every line of a lesson is asked whether it starts a list item; the answer must not depend on
/// whether the first byte decided it.
@Suite struct MarkdownListMarkerTests {
    @Test func markersAndNonMarkers() {
        let marker = { (line: String) in
            MarkdownParser.listMarker(in: line).map { "\($0.indent)|\($0.ordered)|\($0.text)" }
        }
        #expect(marker("- item") == "0|false|item")
        #expect(marker("  * nested  ") == "2|false|nested")
        #expect(marker("12. twelfth") == "0|true|twelfth")
        #expect(marker("   3. indented") == "3|true|indented")
        #expect(marker("1234. four digits") == nil)
        #expect(marker("-no space") == nil)
        #expect(marker("text - with a dash") == nil)
        #expect(marker("  plain paragraph") == nil)
        #expect(marker("") == nil)
        #expect(marker("    ") == nil)
        #expect(marker("é - accented") == nil)
        #expect(marker("-\u{301} combining") == nil)
        // Characters Swift counts as numbers take the character path, as before.
        #expect(marker("٣. Arabic-Indic three") == "0|true|Arabic-Indic three")
    }
}
