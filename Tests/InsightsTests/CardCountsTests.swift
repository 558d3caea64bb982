import Foundation
import Testing

@testable import Insights

@Suite struct CardCountsTests {
    @Test func everyCatalogCardIsCountedOnceInItsGroupAndAgainAsMatureBuriedOrLeech() {
        let catalog = CardCatalog(
            library: library([
                "d": ["unseen", "learn", "young", "old", "relearn", "hidden", "skipped"].map { ($0, []) }
            ]))
        let states = [
            "d/learn": state("d/learn", phase: .learning, due: monday),
            "d/young": state("d/young", due: monday.addingTimeInterval(days(5)), lastReview: monday),
            "d/old": state("d/old", due: monday.addingTimeInterval(days(21)), lastReview: monday),
            "d/relearn": state("d/relearn", phase: .relearning, due: monday, lapses: 9, leech: true),
            "d/hidden": state("d/hidden", due: monday, suspended: true, leech: true),
            "d/skipped": state("d/skipped", due: monday, buriedUntil: monday.addingTimeInterval(days(1))),
            "gone/card": state("gone/card", due: monday),
        ]
        let counts = CardCounts.make(states: states, catalog: catalog, now: monday)
        #expect(counts.new == 1)
        #expect(counts.learning == 1)
        #expect(counts.review == 3)
        #expect(counts.relearning == 1)
        #expect(counts.suspended == 1)
        #expect(counts.total == 7)
        #expect(counts.mature == 1)
        #expect(counts.buried == 1)
        #expect(counts.leeches == 2)
    }

    @Test func aBuryThatHasEndedIsNotCounted() {
        let catalog = CardCatalog(library: library(["d": [("a", [])]]))
        let states = ["d/a": state("d/a", due: monday, buriedUntil: monday.addingTimeInterval(-60))]
        #expect(CardCounts.make(states: states, catalog: catalog, now: monday).buried == 0)
    }
}
