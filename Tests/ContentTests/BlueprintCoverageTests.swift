import Decks
import Foundation
import Testing
import TextFormats

@testable import Content

@Suite struct BlueprintCoverageTests {
    private let blueprint = """
        {"format": 1, "name": "Test exam", "areas": [
          {"id": "ethics", "title": "Ethics", "weight": 60},
          {"id": "pathology", "title": "Pathology", "weight": 40},
          {"id": "kinesiology", "title": "Kinesiology", "weight": 10}]}
        """

    @Test func warnsAboutQuestionsWithoutAreaUnknownAreasAndEmptyAreas() throws {
        let withArea = deckFile(id: "deck-a", questionIDs: ["a1", "a2"])
            .replacingOccurrences(of: "\"format\": 1,", with: "\"format\": 1, \"area\": \"ethics\",")
            .replacingOccurrences(of: "{\"id\": \"a2\",", with: "{\"id\": \"a2\", \"area\": \"patology\",")
        let files = [
            "Curriculum/01-neck.md": lessonFile(id: "neck", order: 1),
            "Quizzes/a.json": withArea,
            "Quizzes/b.json": deckFile(id: "deck-b", questionIDs: ["b1"]),
            "Quizzes/blueprint.json": blueprint,
        ]
        try withContentFolder(files) { root in
            let library = ContentLibrary.load(root: root, displayBase: root)
            #expect(library.blueprint?.areas.map(\.id) == ["ethics", "pathology", "kinesiology"])
            #expect(library.decks.map(\.id).sorted() == ["deck-a", "deck-b"])
            #expect(library.deck(id: "deck-a")?.questions.map(\.area) == ["ethics", "patology"])
            #expect(
                library.diagnostics.map(\.description) == [
                    "Quizzes/a.json:8:12: warning: question 'a2', field 'area': 'patology' is not an area of the blueprint (Quizzes/blueprint.json); did you mean 'pathology'?",
                    "Quizzes/b.json:3:9: warning: none of its 1 questions names a content area of the blueprint (Quizzes/blueprint.json); add \"area\" to the deck, or to each question, so blueprint exams and readiness count them",
                    "Quizzes/blueprint.json: warning: area 'pathology' (Pathology) has no questions in any deck; a blueprint exam will have fewer questions than its weight asks for",
                    "Quizzes/blueprint.json: warning: area 'kinesiology' (Kinesiology) has no questions in any deck; a blueprint exam will have fewer questions than its weight asks for",
                ])
        }
    }

    @Test func withoutABlueprintAreasAreNotRequired() throws {
        let files = [
            "Curriculum/01-neck.md": lessonFile(id: "neck", order: 1),
            "Quizzes/b.json": deckFile(id: "deck-b", questionIDs: ["b1"]),
        ]
        try withContentFolder(files) { root in
            let library = ContentLibrary.load(root: root, displayBase: root)
            #expect(library.blueprint == nil)
            #expect(library.diagnostics.isEmpty)
        }
    }

    @Test func theBundledCourseCoversEveryAreaOfTheMBLEx() throws {
        let library = ContentLibrary.load(root: packageRoot, displayBase: packageRoot)
        let blueprint = try #require(library.blueprint)
        #expect(blueprint.name == "MBLEx")
        #expect(blueprint.areas.map(\.weight) == [11, 12, 14, 15, 17, 16, 15])
        #expect(library.diagnostics.map(\.description) == [])
        let areas = Set(library.decks.flatMap { $0.questions.compactMap(\.area) })
        #expect(areas == Set(blueprint.areas.map(\.id)))
        let schema = try JSONParser.parse(
            Array(try Data(contentsOf: packageRoot.appendingPathComponent("Quizzes/blueprint.schema.json"))))
        let file = try JSONParser.parse(
            Array(try Data(contentsOf: packageRoot.appendingPathComponent("Quizzes/blueprint.json"))))
        #expect(JSONSchemaValidator.validate(file, schema: schema).map(\.description) == [])
    }
}
