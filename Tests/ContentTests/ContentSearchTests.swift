import Curriculum
import Decks
import Foundation
import Testing

@testable import Content

@Suite struct ContentSearchTests {
    private static let neck = """
        ---
        id: neck
        title: Neck and shoulders
        topic: Regions
        order: 1
        minutes: 5
        ---
        The neck holds many muscles.

        ## Upper trapezius {#upper-trapezius}

        It refers pain to the temple. Press it gently with a pincer grip.

        ## Levator scapulae {#levator}

        A stiff neck that will not turn. The trapezius lies over it.
        """

    private func library() -> ContentLibrary {
        let lesson = LessonParser.parse(Self.neck, file: "neck.md").lesson!
        let questions = [
            Question(
                id: "temple", kind: .trueFalse(answer: true),
                prompt: "Does the upper trapezius refer to the temple?",
                explanation: "Yes: the temple and the side of the neck.",
                lesson: LessonLink(lessonID: "neck", anchor: "upper-trapezius")),
            Question(
                id: "grip",
                kind: .multipleChoice(
                    choices: [Choice("Pincer grip"), Choice("Flat palm")], correct: [0], multiple: false),
                prompt: "Which grip suits a thin muscle?", explanation: "Lift it between finger and thumb.",
                lesson: LessonLink(lessonID: "neck")),
        ]
        return ContentLibrary(
            root: URL(fileURLWithPath: "/course"), lessons: LessonLibrary(lessons: [lesson]),
            decks: [Deck(id: "regions", title: "Regions", file: "regions.json", questions: questions)],
            diagnostics: [])
    }

    @Test func theSectionWhoseHeadingMatchesComesFirstWithItsBestLine() {
        let results = ContentSearch(library: library()).search("Trapezius temple")
        #expect(results.words == ["trapezius", "temple"])
        let first = results.lessons.first
        #expect(first?.link == LessonLink(lessonID: "neck", anchor: "upper-trapezius"))
        #expect(first?.context == "It refers pain to the temple.")
        #expect(first?.matchedWords == 2)
        // The levator section mentions the trapezius only: it ranks after, marked as a partial match.
        #expect(results.lessons.map(\.link.anchor) == ["upper-trapezius", "levator"])
        #expect(results.lessons.last?.matchedWords == 1)
        #expect(
            results.questions.map(\.target) == [
                .question(
                    deckID: "regions", questionID: "temple",
                    prompt: "Does the upper trapezius refer to the temple?")
            ])
    }

    @Test func caseAccentsPluralsAndCommonWordsDoNotMatter() {
        let search = ContentSearch(library: library())
        #expect(search.search("what is the PINCER grips").words == ["pincer", "grip"])
        let hits = search.search("Pïncer GRIPS")
        #expect(hits.questions.first?.link == LessonLink(lessonID: "neck"))
        #expect(hits.lessons.first?.link.anchor == "upper-trapezius")
        // A choice matches: the question's context is the choice.
        #expect(hits.questions.first?.context == "Pincer grip")
    }

    @Test func allWordsOutrankAFrequentSingleWord() {
        let results = ContentSearch(library: library()).search("neck stiff")
        #expect(results.lessons.first?.link.anchor == "levator")
        #expect(results.lessons.first?.matchedWords == 2)
        #expect(results.lessons.dropFirst().allSatisfy { $0.matchedWords == 1 })
    }

    @Test func aQueryOfNoWordsFindsNothing() {
        let results = ContentSearch(library: library()).search("?! …")
        #expect(results.words.isEmpty && results.lessons.isEmpty && results.questions.isEmpty)
        #expect(ContentSearch(library: library()).search("zygomaticus").lessons.isEmpty)
    }

    @Test func stemmingKeepsWordsThatOnlyLookPlural() {
        #expect(SearchText.stem("points") == "point")
        #expect(SearchText.stem("stress") == "stress")
        #expect(SearchText.stem("gluteus") == "gluteus")
        #expect(SearchText.stem("its") == "its")
    }
}
