import BodyMaps
import Decks
import Foundation
import Testing
import TextFormats

@testable import Content

@Suite struct RegionQuestionCheckTests {
    static let atlas = ReferralAtlasLoader.load(
        folder: packageRoot.appendingPathComponent("Curriculum/body"), displayPrefix: "Curriculum/body/",
        lessons: nil
    ).atlas

    /// The messages `palpate check` gives one region question whose fields after the prompt are
    /// `fields` (it starts on line 3 of its deck).
    func messages(_ fields: String) throws -> [String] {
        let text = """
            {"format": 1, "id": "maps", "title": "Maps", "questions": [
            {"id": "a-question", "type": "question-before", "prompt": "p", "explanation": "e"},
            {"id": "map", "type": "region", "prompt": "Where?", \(fields), "explanation": "e"}
            ]}
            """.replacingOccurrences(of: "\"question-before\"", with: "\"flashcard\", \"back\": \"b\"")
        let deck = try #require(DeckDecoder.decode(Array(text.utf8), file: "maps.json", lessons: nil).deck)
        let diagnostics = RegionQuestionCheck.run(decks: [deck], atlas: Self.atlas)
        #expect(diagnostics.allSatisfy { $0.file == "maps.json" && $0.position?.line == 3 })
        return diagnostics.map(\.message)
    }

    @Test func aMisspeltRegionIsNamedWithASuggestion() throws {
        #expect(
            try messages(#""views": ["back"], "answer": ["heal", "achilles"]"#) == [
                "question 'map', field 'answer[0]': 'heal' is not a region of the body model; did you mean 'heel'?"
            ])
    }

    @Test func anUnknownViewIsNamedWithASuggestion() throws {
        #expect(
            try messages(#""views": ["bakc"], "answer": ["heel"]"#) == [
                "question 'map', field 'views[0]': 'bakc' is not a view of the body model; did you mean 'back'?"
            ])
    }

    @Test func aRegionTheViewsDoNotDrawCannotBePicked() throws {
        #expect(
            try messages(#""views": ["back"], "answer": ["heel", "big-toe"]"#) == [
                "question 'map', field 'answer[1]': the region 'big-toe-right' is not drawn in the views shown (back); add a view that shows it, or leave it out"
            ])
    }

    @Test func aMuscleQuestionMustAskForThatMusclesZones() throws {
        // The soleus's zones: heel, achilles, upper calf, sacroiliac joint (all essential).
        #expect(
            try messages(
                #""views": ["back"], "muscle": "soleus", "answer": ["heel", "lower-calf"], "spillover": ["buttock"]"#
            )
                == [
                    "question 'map', field 'answer[1]': 'lower-calf' is not in the referral zone of 'soleus' (Curriculum/body/patterns.json)",
                    "question 'map', field 'spillover[0]': 'buttock' is not in the referral zone of 'soleus'; a student who picks it should be marked wrong, so leave it out",
                    "question 'map', field 'answer': the zones of 'soleus' also cover 'achilles', 'upper-calf', 'sacroiliac'; list each in 'answer' or 'spillover', or a student who picks it is marked wrong",
                ])
    }

    @Test func aSpilloverRegionIsNeverRequired() throws {
        #expect(
            try messages(
                #""views": ["back"], "muscle": "levator-scapulae", "answer": ["neck-shoulder-angle", "back-of-shoulder"], "spillover": ["scapula-inner-border"]"#
            ) == [
                "question 'map', field 'answer[1]': 'back-of-shoulder' is in the spillover zone of 'levator-scapulae', which is never required; move it to 'spillover'"
            ])
    }

    @Test func anEssentialRegionMayBeLeftNeutral() throws {
        // The bundled soleus question: the rare third point's sacroiliac zone is not required.
        #expect(
            try messages(
                #""views": ["back"], "muscle": "soleus", "answer": ["heel", "achilles", "upper-calf"], "spillover": ["sacroiliac"]"#
            )
            .isEmpty)
    }

    @Test func aCourseWithoutABodyModelCannotHaveRegionQuestions() throws {
        let text = """
            {"format": 1, "id": "maps", "title": "Maps", "questions": [
            {"id": "map", "type": "region", "prompt": "Where?", "views": ["back"], "answer": ["heel"], "explanation": "e"}
            ]}
            """
        let deck = try #require(DeckDecoder.decode(Array(text.utf8), file: "maps.json", lessons: nil).deck)
        #expect(
            RegionQuestionCheck.run(decks: [deck], atlas: nil).map(\.message) == [
                "question 'map': a region question needs the body model (Curriculum/body/body-model.json), which this course lacks or cannot read"
            ])
    }

    @Test func theBundledRegionQuestionsPass() throws {
        let library = ContentLibrary.load(root: packageRoot, displayBase: packageRoot)
        let regionQuestions = library.decks.flatMap(\.questions).filter { $0.type == .region }
        #expect(regionQuestions.count >= 10)
        #expect(RegionQuestionCheck.run(decks: library.decks, atlas: Self.atlas).isEmpty)
    }
}
