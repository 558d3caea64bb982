import BodyMaps
import Curriculum
import Foundation
import Testing
import TextFormats

/// The bundled body model and patterns load cleanly and cover the referral lessons.
@Suite struct BundledAtlasTests {
    @Test func bundledBodyFilesLoadWithoutAProblem() throws {
        let loaded = try BodyMapsFixtures.bundled()
        #expect(loaded.diagnostics.map(\.description) == [])
        let atlas = try #require(loaded.atlas)
        #expect(atlas.model.views.map(\.name) == ["front", "back", "head-side"])
        #expect(atlas.model.region(named: "heel-right") != nil)
        #expect(atlas.model.region(named: "heel-left") != nil)
        #expect(atlas.model.region(named: "sacrum")?.side == .midline)
    }
}

/// The files follow the JSON Schemas shipped beside them (for editors that read schemas).
@Suite struct BodySchemaTests {
    @Test(arguments: ["body-model", "patterns"])
    func bundledFileMatchesItsSchema(name: String) throws {
        func node(_ file: String) throws -> JSONNode {
            try JSONParser.parse(
                Array(try Data(contentsOf: BodyMapsFixtures.bodyFolder.appendingPathComponent(file))))
        }
        let violations = JSONSchemaValidator.validate(
            try node("\(name).json"), schema: try node("\(name).schema.json"))
        #expect(violations.map(\.description) == [])
    }

    @Test func schemaRejectsAnUnknownFieldInARegion() throws {
        let schema = try JSONParser.parse(
            Array(
                try Data(
                    contentsOf: BodyMapsFixtures.bodyFolder.appendingPathComponent("body-model.schema.json")))
        )
        let document = try JSONParser.parse(
            Array(
                #"{"format": 1, "version": "1", "title": "t", "views": [], "regions": [{"name": "heel", "title": "Heel", "sides": "mirrored", "shapes": [], "colour": "red"}]}"#
                    .utf8))
        #expect(JSONSchemaValidator.validate(document, schema: schema).count == 1)
    }
}
