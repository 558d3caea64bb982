import Foundation
import Testing

@testable import TextFormats

@Suite struct WhitespaceTests {
    @Test func trimsLikeFoundationsWhitespaceSet() {
        let texts = [
            "", " ", "\t", "plain", "  two words  ", "\tindented\t", "line\n", "\n line \n",
            "\u{00A0}no-break\u{00A0}", "\u{3000}ideographic\u{3000}", " \u{301}combining ",
            "\u{2003}em\u{2009}",
            "\u{200B}zero width\u{200B}", "\r\ncrlf\r\n", " émigré ", "\u{FEFF}bom ", "\u{1680}ogham\u{205F}",
            "\u{180E}mongolian\u{180E}",
            // Spaces first, then a wider whitespace or a letter beyond ASCII at an edge.
            " \u{00A0}mixed\u{00A0} ", "\t\u{3000}x", "nbsp after spaces \u{00A0}  ", "  héllo", "héllo\t",
            "  é  ", " \u{301} ", "##  Heading {#anchor}  ",
        ]
        for text in texts {
            #expect(
                text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces),
                "\(text.debugDescription)")
        }
    }

    @Test func trimsSubstrings() {
        let line = "#  Heading  "
        #expect(line.dropFirst().trimmingWhitespace() == "Heading")
    }
}
