import Testing

@testable import Decks

@Suite struct BlueprintTests {
    let mblex = Blueprint(
        name: "MBLEx",
        areas: [
            .init(id: "anatomy-physiology", title: "A&P", weight: 11),
            .init(id: "kinesiology", title: "K", weight: 12),
            .init(id: "pathology", title: "P", weight: 14), .init(id: "benefits", title: "B", weight: 15),
            .init(id: "assessment", title: "C", weight: 17), .init(id: "ethics", title: "E", weight: 16),
            .init(id: "professional-practice", title: "G", weight: 15),
        ])

    @Test func aHundredQuestionsFollowThePercentagesExactly() {
        #expect(mblex.allocation(of: 100) == [11, 12, 14, 15, 17, 16, 15])
    }

    @Test func leftoverQuestionsGoToTheLargestRemainders() {
        // Exact shares of 25: 2.75, 3, 3.5, 3.75, 4.25, 4, 3.75; floors add up to 22, and the
        // three left go to the .75s.
        #expect(mblex.allocation(of: 25) == [3, 3, 3, 4, 4, 4, 4])
        for count in 1...200 { #expect(mblex.allocation(of: count).reduce(0, +) == count) }
    }

    @Test func tiesGoToTheAreaListedFirst() {
        let even = Blueprint(
            name: "x", areas: [.init(id: "a", title: "a", weight: 1), .init(id: "b", title: "b", weight: 1)])
        #expect(even.allocation(of: 3) == [2, 1])
    }

    @Test func sharesAddUpToOne() {
        #expect(abs(mblex.areas.reduce(0) { $0 + mblex.share(of: $1) } - 1) < 1e-12)
    }

    @Test func bandsLieTenPointsEitherSideOfThePassMark() {
        #expect(AreaBand(score: 0.80, passMark: 0.7) == .good)
        #expect(AreaBand(score: 0.79, passMark: 0.7) == .borderline)
        #expect(AreaBand(score: 0.60, passMark: 0.7) == .borderline)
        #expect(AreaBand(score: 0.59, passMark: 0.7) == .poor)
    }
}
