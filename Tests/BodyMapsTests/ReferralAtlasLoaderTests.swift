import BodyMaps
import Curriculum
import Foundation
import Testing

@Suite struct ReferralAtlasLoaderTests {
    /// A referral lesson with two muscle sections and one section that is not about a muscle.
    private func lessons() -> LessonLibrary {
        let text = """
            ---
            id: referral-patterns
            title: Referral patterns
            topic: Referral patterns
            order: 5
            minutes: 10
            ---
            Intro.

            ## How maps work {#how-maps-work}

            Prose.

            ## Soleus {#soleus}

            - **Referral zone:** the heel.

            ## Quadriceps {#quadriceps}

            ### Rectus femoris {#rectus-femoris}

            - **Referral zone:** the knee.
            """
        let lesson = LessonParser.parse(bytes: Array(text.utf8), file: "Curriculum/05-referral-patterns.md")
            .lesson!
        return LessonLibrary(lessons: [lesson])
    }

    @Test func onlySectionsThatTeachAReferralZoneAreMuscleSections() throws {
        let lesson = try #require(lessons().lesson(id: "referral-patterns"))
        #expect(ReferralAtlasLoader.muscleSections(of: lesson).map(\.anchor) == ["soleus", "rectus-femoris"])
    }

    @Test func aMuscleSectionWithoutAPatternAndABrokenLinkAreLocatedErrors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "body-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(smallModelJSON.utf8).write(to: folder.appendingPathComponent("body-model.json"))
        let patterns = """
            {"format": 1, "bodyModel": "1.0.0", "patterns": [
              {"muscle": "soleus", "title": "Soleus", "lesson": "referral-patterns#solues", "views": ["front"],
               "triggerPoints": [{"view": "front", "at": [3, 12]}], "essential": ["heel"]}
            ]}
            """
        try Data(patterns.utf8).write(to: folder.appendingPathComponent("patterns.json"))
        let loaded = ReferralAtlasLoader.load(
            folder: folder, displayPrefix: "Curriculum/body/", lessons: lessons())
        #expect(
            loaded.diagnostics.map(\.description) == [
                "Curriculum/body/patterns.json:2:3: error: the pattern 'soleus' links to the lesson 'referral-patterns' has no section '#solues'; did you mean 'referral-patterns#soleus'?",
                "Curriculum/05-referral-patterns.md:14:1: error: the muscle section '#soleus' has no referral map; add a pattern linked to 'referral-patterns#soleus' to Curriculum/body/patterns.json",
                "Curriculum/05-referral-patterns.md:20:1: error: the muscle section '#rectus-femoris' has no referral map; add a pattern linked to 'referral-patterns#rectus-femoris' to Curriculum/body/patterns.json",
            ])
    }

    @Test func aCourseWithoutABodyFolderHasNoMapsAndNoComplaint() {
        let loaded = ReferralAtlasLoader.load(
            folder: URL(fileURLWithPath: "/nonexistent/body"), displayPrefix: "x/", lessons: nil)
        #expect(loaded.atlas == nil)
        #expect(loaded.diagnostics.isEmpty)
    }

    @Test func everyBundledMuscleSectionHasExactlyTheLinkOfOnePatternOrMore() throws {
        let atlas = try BodyMapsFixtures.atlas()
        let library = BodyMapsFixtures.lessons()
        var sections: [String] = []
        for id in ["referral-patterns", "more-referral-patterns"] {
            let lesson = try #require(library.lesson(id: id))
            sections += ReferralAtlasLoader.muscleSections(of: lesson).map { "\(id)#\($0.anchor)" }
        }
        #expect(sections.count == 42)
        #expect(Set(atlas.patterns.map(\.lesson.description)) == Set(sections))
        #expect(atlas.patterns.count == 43)  // the pterygoids' section teaches two muscles
    }
}
