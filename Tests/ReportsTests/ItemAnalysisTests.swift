import Testing

@testable import Reports

@Suite struct ItemAnalysisTests {
    /// Four students, ranked by overall accuracy: A 9/10 = 0.9, B 7/10 = 0.7, C 5/10 = 0.5,
    /// D 2/10 = 0.2. Groups hold round(0.27 × 4) = round(1.08) = 1 student: upper {A}, lower {D}.
    private var smallClass: [StudentReport] {
        [
            studentReport(
                "A", correct: 9, reviews: 10,
                items: [item("d/q1", attempts: 2, correct: 2), item("d/q2", attempts: 1, correct: 0)]),
            studentReport(
                "B", correct: 7, reviews: 10,
                items: [
                    item("d/q1", attempts: 2, correct: 1), item("d/q2", attempts: 1, correct: 1),
                    item("d/q3", attempts: 2, correct: 2),
                ]),
            studentReport(
                "C", correct: 5, reviews: 10,
                items: [
                    item("d/q1", attempts: 1, correct: 0, wrong: [("Toxin", 1)]),
                    item("d/q3", attempts: 2, correct: 1),
                ]),
            studentReport(
                "D", correct: 2, reviews: 10,
                items: [
                    item("d/q1", attempts: 2, correct: 0, wrong: [("Toxin", 1), ("Lactic acid", 1)]),
                    item("d/q2", attempts: 2, correct: 2),
                ]),
        ]
    }

    @Test func upperAndLowerGroupsAreTheTopAndBottom27PercentByAccuracy() {
        let (upper, lower) = ItemAnalysis.groups(smallClass)
        #expect(upper == [0])
        #expect(lower == [3])
    }

    @Test func statisticsMatchTheValuesWorkedOutByHand() throws {
        let items = ItemAnalysis.analyse(smallClass)
        #expect(items.map(\.card) == ["d/q1", "d/q2", "d/q3"])

        // q1: attempts 2 + 2 + 1 + 2 = 7; right 2 + 1 + 0 + 0 = 3; facility 3/7.
        // Upper A: 2/2 = 1.0; lower D: 0/2 = 0.0; discrimination 1.0 − 0.0 = +1.0.
        // Wrong answers: Toxin 1 (C) + 1 (D) = 2, Lactic acid 1 → Toxin, twice.
        let q1 = items[0]
        #expect(q1.students == 4)
        #expect(q1.attempts == 7)
        #expect(q1.correct == 3)
        #expect(abs(q1.facility - 3.0 / 7.0) < 1e-12)
        #expect(q1.discrimination == 1.0)
        #expect(q1.commonWrongAnswer == StudentReport.AnswerCount(answer: "Toxin", count: 2))

        // q2: attempts 1 + 1 + 2 = 4; right 0 + 1 + 2 = 3; facility 0.75.
        // Upper A: 0/1 = 0.0; lower D: 2/2 = 1.0; discrimination 0.0 − 1.0 = −1.0 (check the key!).
        let q2 = items[1]
        #expect(q2.attempts == 4)
        #expect(q2.correct == 3)
        #expect(q2.facility == 0.75)
        #expect(q2.discrimination == -1.0)
        #expect(q2.commonWrongAnswer == nil)

        // q3: only B (2/2) and C (1/2) tried it: neither group did, so no discrimination.
        // attempts 4, right 3, facility 0.75; ties with q2 are broken by card id.
        let q3 = items[2]
        #expect(q3.students == 2)
        #expect(q3.facility == 0.75)
        #expect(q3.discrimination == nil)
    }

    @Test func aLargerClassUsesGroupsOf27PercentAndAveragesEachStudentsShare() {
        // Ten students with accuracies 1.0, 0.9, …, 0.1: groups of round(2.7) = 3.
        // Upper (1.0, 0.9, 0.8) answered 1/1, 1/2, 0/1 → mean (1 + 0.5 + 0) / 3 = 0.5.
        // Lower (0.3, 0.2, 0.1) answered 0/1, 0/1, 1/4 → mean (0 + 0 + 0.25) / 3 = 0.083….
        // Discrimination 0.5 − 0.0833… = 0.41666….
        let shares: [(Int, Int)] = [
            (1, 1), (2, 1), (1, 0), (1, 1), (1, 1), (1, 1), (1, 1), (1, 0), (1, 0), (4, 1),
        ]
        let reports = shares.enumerated().map { index, share in
            studentReport(
                "S\(index)", correct: 10 - index, reviews: 10,
                items: [item("d/q", attempts: share.0, correct: share.1)])
        }
        let analysis = ItemAnalysis.analyse(reports)[0]
        #expect(abs((analysis.discrimination ?? 0) - (0.5 - 0.25 / 3)) < 1e-12)
    }

    @Test func oneStudentGivesNoDiscrimination() {
        let analysis = ItemAnalysis.analyse([
            studentReport("A", correct: 1, reviews: 1, items: [item("d/q", attempts: 1, correct: 1)])
        ])
        #expect(analysis[0].discrimination == nil)
        #expect(analysis[0].facility == 1)
    }
}
