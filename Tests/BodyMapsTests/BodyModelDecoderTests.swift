import BodyMaps
import Testing
import TextFormats

/// A small model to check the decoder against: one view, a paired and a midline region.
let smallModelJSON = """
    {
      "format": 1, "version": "1.0.0", "title": "Small",
      "views": [
        {"name": "front", "title": "Front", "width": 10, "height": 20, "shows": "both-sides",
         "outline": [[[1, 1], [9, 1], [9, 19], [1, 19]]]},
        {"name": "head-side", "title": "Side of the head", "width": 10, "height": 10, "shows": "one-side",
         "outline": [[[1, 1], [9, 1], [9, 9], [1, 9]]]}
      ],
      "regions": [
        {"name": "heel", "title": "Heel", "sides": "mirrored", "shapes": [{"view": "front", "points": [[1, 15], [5, 15], [5, 19], [1, 19]]}]},
        {"name": "sacrum", "title": "Sacrum", "sides": "midline", "shapes": [{"view": "front", "points": [[4, 8], [6, 8], [6, 10], [4, 10]]}]},
        {"name": "temple", "title": "Temple", "sides": "mirrored", "shapes": [{"view": "head-side", "points": [[6, 2], [8, 2], [8, 4], [6, 4]]}]}
      ]
    }
    """

func smallModel() throws -> BodyModel {
    try #require(BodyModelDecoder.decode(Array(smallModelJSON.utf8), file: "body-model.json").model)
}

@Suite struct BodyModelDecoderTests {
    @Test func pairedRegionsAreMirroredAcrossTheViewAndMidlineRegionsExistOnce() throws {
        let model = try smallModel()
        #expect(
            model.regions.map(\.name) == ["heel-right", "heel-left", "sacrum", "temple-right", "temple-left"])
        let left = try #require(model.region(named: "heel-left"))
        #expect(left.polygons(in: "front")[0].points.map(\.x) == [9, 5, 5, 9])
        #expect(model.resolve("heel", side: .left)?.name == "heel-left")
        #expect(model.resolve("sacrum", side: .left)?.name == "sacrum")
        #expect(model.resolve("heel-right", side: .left)?.name == "heel-right")
        #expect(model.resolve("knee", side: .right) == nil)
        #expect(model.baseNames == ["heel", "sacrum", "temple"])
    }

    private func errors(_ text: String) -> [String] {
        BodyModelDecoder.decode(Array(text.utf8), file: "body-model.json").diagnostics.map(\.description)
    }

    @Test func anUnknownViewInAShapeIsLocatedAndTheViewsAreNamed() {
        let text = smallModelJSON.replacingOccurrences(
            of: #"{"view": "front", "points": [[4, 8]"#, with: #"{"view": "frnt", "points": [[4, 8]"#)
        let found = errors(text)
        #expect(found.count == 1)
        #expect(found[0].hasPrefix("body-model.json:11:83: error:"))
        #expect(
            found[0].hasSuffix(
                "there is no view 'frnt'; did you mean 'front'? (the views are front, head-side)"))
    }

    @Test func aPointOutsideTheViewSaysWhereTheViewEnds() {
        let text = smallModelJSON.replacingOccurrences(of: "[5, 15], [5, 19]", with: "[5, 15], [50, 19]")
        let found = errors(text)
        #expect(found.count == 1)
        #expect(
            found[0].contains("the point [50, 19] lies outside the view, which runs from [0, 0] to [10, 20]"))
    }

    @Test func aRegionNamedWithASideIsRefusedWithTheNameToUse() {
        let text = smallModelJSON.replacingOccurrences(of: #""name": "heel""#, with: #""name": "heel-left""#)
        #expect(
            errors(text).contains {
                $0.contains("'heel-left' ends with a side; name the region without it ('heel')")
            })
    }

    @Test func aDuplicateRegionAndTooFewPointsAreErrors() {
        let duplicate = smallModelJSON.replacingOccurrences(
            of: #""name": "sacrum""#, with: #""name": "heel""#)
        #expect(errors(duplicate).contains { $0.contains("the region 'heel' is declared twice") })
        let thin = smallModelJSON.replacingOccurrences(
            of: "[[4, 8], [6, 8], [6, 10], [4, 10]]", with: "[[4, 8], [6, 8]]")
        #expect(errors(thin).contains { $0.contains("needs at least 3 points to enclose an area, found 2") })
    }

    @Test func aNewerFormatAndBrokenJSONAreRefusedWithAPlace() {
        let newer = errors(smallModelJSON.replacingOccurrences(of: #""format": 1"#, with: #""format": 2"#))
        #expect(
            newer == [
                "body-model.json:2:13: error: this file has format 2, but this Palpate reads format 1; update Palpate"
            ])
        let broken = errors(String(smallModelJSON.dropLast(10)))
        #expect(broken.count == 1)
        #expect(broken[0].contains("this is not valid JSON"))
    }

    @Test func anUnknownFieldSuggestsTheKnownOne() {
        let found = errors(
            smallModelJSON.replacingOccurrences(of: #""sides": "midline""#, with: #""side": "midline""#))
        #expect(found.contains { $0.contains("unknown field 'side'; did you mean 'sides'?") })
        #expect(found.contains { $0.contains("lacks 'sides'") })
    }
}
