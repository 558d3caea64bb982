import Testing

@testable import TextFormats

@Suite struct EditDistanceTests {
    @Test func countsInsertionsDeletionsAndSubstitutions() {
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("same", "same") == 0)
    }

    @Test func countsASwapOfNeighboursAsOneEdit() {
        #expect(EditDistance.between("promtp", "prompt") == 1)
    }

    @Test func suggestsTheNearFieldForAMisspelling() {
        let fields = ["prompt", "explanation", "lesson", "choices", "answer", "tags"]
        #expect(EditDistance.suggestions(for: "promt", among: fields) == ["prompt"])
        #expect(EditDistance.suggestions(for: "explenation", among: fields) == ["explanation"])
        #expect(EditDistance.suggestions(for: "zzzzzz", among: fields).isEmpty)
    }
}

@Suite struct EditDistancePrefixTests {
    @Test func findsALongIdFromAMistypedBeginning() {
        let lessons = ["referral-patterns", "techniques", "safety"]
        #expect(EditDistance.suggestions(for: "refferal", among: lessons) == ["referral-patterns"])
        #expect(EditDistance.suggestions(for: "tech", among: lessons) == ["techniques"])
    }
}
