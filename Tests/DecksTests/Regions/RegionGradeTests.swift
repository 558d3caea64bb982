import Testing

@testable import Decks

@Suite struct RegionGradeTests {
    /// The soleus as the bundled question asks it: three regions required, the sacroiliac joint
    /// (the rare third point) neither required nor wrong.
    let soleus = RegionAnswer(
        views: ["back"], essential: ["heel", "achilles", "upper-calf"], spillover: ["sacroiliac"],
        muscle: "soleus")

    @Test func everyEssentialRegionAndNothingElseIsRight() {
        let grade = RegionGrade(picked: ["upper-calf", "heel", "achilles"], answer: soleus)
        #expect(grade.isCorrect)
        #expect(grade.credit == 1)
    }

    @Test func spilloverIsNeitherRequiredNorWrong() {
        let grade = RegionGrade(picked: ["heel", "achilles", "upper-calf", "sacroiliac"], answer: soleus)
        #expect(grade.isCorrect)
        #expect(grade.credit == 1)
        #expect(grade.spillover == ["sacroiliac"])
        #expect(grade.wrong.isEmpty)
    }

    @Test func aMissedEssentialRegionCostsItsShare() {
        let grade = RegionGrade(picked: ["heel", "sacroiliac"], answer: soleus)
        #expect(!grade.isCorrect)
        #expect(grade.found == ["heel"])
        #expect(grade.missed == ["achilles", "upper-calf"])
        #expect(abs(grade.credit - 1.0 / 3) < 1e-9)
    }

    @Test func eachWrongPickCancelsAFoundRegion() {
        let grade = RegionGrade(picked: ["heel", "achilles", "upper-calf", "shin"], answer: soleus)
        #expect(!grade.isCorrect)
        #expect(grade.wrong == ["shin"])
        #expect(abs(grade.credit - 2.0 / 3) < 1e-9)
    }

    @Test func creditNeverGoesBelowZero() {
        let grade = RegionGrade(picked: ["heel", "shin", "groin", "chest"], answer: soleus)
        #expect(grade.credit == 0)
    }

    @Test func aFullNameOnTheQuestionsSideIsItsBaseName() {
        let grade = RegionGrade(picked: ["heel-right", "achilles", "upper-calf"], answer: soleus)
        #expect(grade.isCorrect)
        let otherSide = RegionGrade(picked: ["heel-left", "achilles", "upper-calf"], answer: soleus)
        #expect(otherSide.wrong == ["heel-left"])
        #expect(otherSide.missed == ["heel"])
    }

    @Test func theCheckerAndTheCreditAgree() {
        let question = Question(
            id: "q", kind: .region(soleus), prompt: "p", explanation: "e", lesson: .unlinked)
        #expect(AnswerChecker.isCorrect(.regions(["heel", "achilles", "upper-calf"]), for: question) == true)
        #expect(AnswerChecker.isCorrect(.regions(["heel"]), for: question) == false)
        #expect(
            AnswerChecker.credit(.regions(["heel", "achilles"]), for: question).map {
                abs($0 - 2.0 / 3) < 1e-9
            } == true)
        let choice = Question(
            id: "c", kind: .trueFalse(answer: true), prompt: "p", explanation: "e", lesson: .unlinked)
        #expect(AnswerChecker.credit(.trueFalse(false), for: choice) == 0)
    }

    @Test func numbersAreReadOnTheBoard() {
        let question = Question(
            id: "q", kind: .region(soleus), prompt: "p", explanation: "e", lesson: .unlinked)
        let shown = Presentation(
            order: [], regions: ["sacroiliac", "upper-calf", "achilles", "heel", "shin"])
        #expect(
            ResponseParser.parse("4,3 2 4", question: question, presentation: shown)
                == .answer(.regions(["heel", "achilles", "upper-calf"])))
        #expect(
            ResponseParser.parse("9", question: question, presentation: shown)
                == .unreadable("there is no region 9 on the map; the regions are 1–5"))
        #expect(
            ResponseParser.parse("heel", question: question, presentation: shown)
                == .unreadable(
                    "'heel' is not a region number; answer with the numbers of the regions, e.g. 3 7 12 (1–5)"
                ))
        #expect(AnswerText.canonical("4 5", question: question, presentation: shown) == "heel + shin")
        // A report has no board: the stored names are read back as they are.
        #expect(
            AnswerText.canonical("heel + shin", question: question, presentation: .identity(count: 0))
                == "heel + shin")
        #expect(AnswerText.key(of: question) == "heel + achilles + upper-calf")
    }
}
