import Testing

@testable import Scheduling

@Suite struct ReplayLineTests {
    @Test func escapesStringsAsPythonJSONDoes() {
        #expect(ReplayLine.string("plain") == "\"plain\"")
        #expect(ReplayLine.string("a\"b\\c") == #""a\"b\\c""#)
        #expect(ReplayLine.string("tab\tnew\nline\r") == #""tab\tnew\nline\r""#)
        #expect(ReplayLine.string("\u{01}\u{1F}") == #""\u0001\u001f""#)
        #expect(ReplayLine.string("Schulter–Nacken") == "\"Schulter–Nacken\"")
    }
}
