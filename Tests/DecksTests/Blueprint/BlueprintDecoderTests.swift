import Testing

@testable import Decks

@Suite struct BlueprintDecoderTests {
    private func decode(_ text: String) -> (Blueprint?, [String]) {
        let result = BlueprintDecoder.decode(Array(text.utf8), file: "Quizzes/blueprint.json")
        return (result.blueprint, result.diagnostics.map(\.description))
    }

    @Test func readsAreasAndWeights() {
        let (blueprint, problems) = decode(
            """
            {"format": 1, "name": "MBLEx", "questions": 100,
             "areas": [{"id": "ethics", "title": "Ethics", "weight": 16}, {"id": "kinesiology", "title": "K", "weight": 12.5}]}
            """)
        #expect(problems == [])
        #expect(blueprint?.name == "MBLEx")
        #expect(blueprint?.areas.map(\.weight) == [16, 12.5])
        #expect(blueprint?.file == "Quizzes/blueprint.json")
    }

    @Test func aWeightOfZeroIsRefusedWhereItStands() {
        let (blueprint, problems) = decode(
            """
            {"format": 1, "name": "MBLEx",
             "areas": [{"id": "ethics", "title": "Ethics", "weight": 0}]}
            """)
        #expect(blueprint == nil)
        #expect(
            problems == [
                "Quizzes/blueprint.json:2:58: error: field 'areas[0].weight': must be a number above 0 (its share of the exam, e.g. 14 for 14%), not 0"
            ])
    }

    @Test func aRepeatedAreaAndAMisspeltKeyAreReported() {
        let (blueprint, problems) = decode(
            """
            {"format": 1, "name": "MBLEx", "aeras": [],
             "areas": [{"id": "ethics", "title": "E", "weight": 1}, {"id": "ethics", "title": "E", "weight": 2}]}
            """)
        #expect(blueprint == nil)
        #expect(
            problems == [
                "Quizzes/blueprint.json:1:32: error: field 'aeras': unknown field 'aeras'; did you mean 'areas'?",
                "Quizzes/blueprint.json:2:57: error: field 'areas[1].id': the area id 'ethics' is listed twice; ids must be unique",
            ])
    }

    @Test func brokenJSONSaysWhere() {
        let (blueprint, problems) = decode("{\"format\": 1,,}")
        #expect(blueprint == nil)
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("Quizzes/blueprint.json:1:") == true)
    }
}
