import Decks
import Testing
import TextFormats

@testable import Content

@Suite struct SharedMisconceptionCheckTests {
    private func deck(_ id: String, _ misconceptions: [(String, String)]) -> Deck {
        Deck(
            id: id, title: id, file: "\(id).json", questions: [],
            misconceptions: misconceptions.map { Misconception(id: $0.0, text: $0.1) },
            idPosition: SourcePosition(line: 1, column: 8))
    }

    @Test func aSharedMisconceptionWordedDifferentlyIsWarnedAtTheLaterDeck() {
        let diagnostics = SharedMisconceptionCheck.run(decks: [
            deck("alpha", [("more-pressure-better", "Harder is better.")]),
            deck("beta", [("more-pressure-better", "More pressure, faster release.")]),
        ])
        #expect(
            diagnostics.map(\.description) == [
                "beta.json:1:8: warning: misconception 'more-pressure-better' is worded differently in deck "
                    + "'alpha' (alpha.json); reports count one id as one belief and show that deck's words, so "
                    + "give it the same text in every deck (or a new id if it is another belief)"
            ])
        #expect(diagnostics.first?.field == "misconceptions")
    }

    @Test func aSharedMisconceptionWithOneWordingAndTheBundledCoursePassQuietly() {
        #expect(
            SharedMisconceptionCheck.run(decks: [
                deck("alpha", [("more-pressure-better", "Harder is better."), ("toxins", "Toxins.")]),
                deck("beta", [("more-pressure-better", "Harder is better.")]),
            ]).isEmpty)
        let course = ContentLibrary.load(root: packageRoot, displayBase: packageRoot)
        #expect(course.decks.count > 1)
        #expect(SharedMisconceptionCheck.run(decks: course.decks).isEmpty)
    }
}
