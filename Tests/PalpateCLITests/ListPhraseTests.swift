import Testing

@testable import PalpateCLI

@Suite struct ListPhraseTests {
    @Test func joinsTheLastWordWithOr() {
        #expect(ListPhrase.or([]) == "")
        #expect(ListPhrase.or(["json"]) == "json")
        #expect(ListPhrase.or(["text", "json"]) == "text or json")
        #expect(ListPhrase.or(["json", "csv", "md", "html"]) == "json, csv, md or html")
    }
}
