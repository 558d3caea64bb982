import Foundation
import Testing

@testable import Content

@Suite struct CourseCensusTests {
    @Test func countsLessonsSectionsPatternsQuestionsCasesAndMisconceptions() throws {
        let lesson = """
            ---
            id: maps
            title: Maps
            topic: Referral patterns
            order: 1
            minutes: 5
            ---
            Intro.

            ## How maps work {#how}

            Text.

            ## Soleus {#soleus}

            - **Referral zone:** the heel.

            ## Calf {#calf}

            - **Referral zone:** the calf.
            """
        let deck = """
            { "format": 1, "id": "d", "title": "D", "version": 1, "order": 1,
              "misconceptions": [{ "id": "heel-is-plantar", "text": "Heel pain is always the plantar fascia." }],
              "cases": [{ "id": "c1", "title": "Runner", "scenario": "A runner's heel hurts.", "steps": ["a", "b"] }],
              "questions": [
                { "id": "a", "type": "multiple-choice", "prompt": "Where does the soleus refer?",
                  "choices": ["Heel", { "text": "Sole", "feedback": "No.", "misconception": "heel-is-plantar" },
                              { "text": "Knee", "feedback": "No." }, { "text": "Hip", "feedback": "No." }],
                  "answer": 0, "explanation": "Because.", "lesson": "maps#soleus" },
                { "id": "b", "type": "true-false", "prompt": "The soleus can refer to the heel.", "answer": true,
                  "explanation": "Because.", "lesson": "maps#soleus" },
                { "id": "c", "type": "multiple-choice", "prompt": "A client's calf aches. What next?",
                  "choices": ["Assess", { "text": "Ignore", "feedback": "No." }, { "text": "Stretch", "feedback": "No." },
                              { "text": "Ice", "feedback": "No." }],
                  "answer": 0, "explanation": "Because.", "lesson": "maps#calf", "tags": ["scenario"] }
              ] }
            """
        try withContentFolder(["Curriculum/01-maps.md": lesson, "Quizzes/d.json": deck]) { root in
            let library = ContentLibrary.load(root: root, displayBase: root)
            #expect(library.errorCount == 0, "\(library.diagnostics)")
            let census = CourseCensus(library)
            #expect(census.lessons == 1)
            #expect(census.sections == 3)
            #expect(census.referralPatterns == 2)
            #expect(census.questions == 3)
            #expect(census.decks.first?.byType == [.multipleChoice: 2, .trueFalse: 1])
            #expect(census.decks.first?.scenarios == 3)  // the tagged one and the two case steps
            #expect(census.caseChains == 1)
            #expect(census.misconceptions == 1)
            #expect(census.taggedDistractors == 1)
        }
    }

    /// The README states what the bundled course holds; this keeps it true as the content changes.
    @Test func theReadmeStatesTheBundledCoursesFigures() throws {
        let library = ContentLibrary.load(root: packageRoot, displayBase: packageRoot)
        let census = CourseCensus(library).markdown
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let stated = readme.contains(census)
        #expect(stated, "README.md's 'The bundled course' section should read:\n\(census)")
    }
}
