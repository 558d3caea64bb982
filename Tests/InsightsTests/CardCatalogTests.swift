import Content
import Curriculum
import Decks
import Foundation
import Progress
import Scheduling
import Testing

@testable import Insights

private let fixedNow = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z

@Suite struct CardCatalogTests {
    private func library(_ questions: [(String, String)]) -> ContentLibrary {
        let deck = Deck(
            id: "d", title: "D", file: "d.json",
            questions: questions.map { id, prompt in
                Question(
                    id: id, kind: .trueFalse(answer: true), prompt: prompt, explanation: "e",
                    lesson: LessonLink(lessonID: "l"))
            })
        return ContentLibrary(
            root: URL(fileURLWithPath: "/"), lessons: LessonLibrary(lessons: []), decks: [deck],
            diagnostics: [])
    }

    @Test func editedTextKeepsTheCardsHistoryRemovedLeavesTheQueueNewArrivesNew() {
        let reviewed = CardState(
            cardID: "d/kept",
            schedule: CardSchedule(
                phase: .review, step: nil, stability: 10, difficulty: 5, due: fixedNow, lastReview: fixedNow),
            reps: 3, lapses: 0, suspended: false, leech: false, buriedUntil: nil)
        let gone = CardState(
            cardID: "d/removed", schedule: reviewed.schedule, reps: 1, lapses: 0, suspended: false,
            leech: false, buriedUntil: nil)
        let states = ["d/kept": reviewed, "d/removed": gone]
        let edited = CardCatalog(library: library([("kept", "Reworded prompt"), ("added", "Brand new")]))
        let cards = edited.queueCards(states: states.values)
        #expect(cards.map(\.id) == ["d/kept", "d/added"])
        #expect(cards[0].schedule == reviewed.schedule)
        #expect(cards[1].isNew)
        #expect(edited["d/kept"]?.question.prompt == "Reworded prompt")
    }

    @Test func aCardIDAppearsOnceAndTheFirstQuestionWithItStands() {
        let catalog = CardCatalog(library: library([("a", "First"), ("b", "B"), ("a", "Second")]))
        #expect(catalog.count == 2)
        #expect(catalog.order == ["d/a", "d/b"])
        #expect(catalog["d/a"]?.question.prompt == "First")
        #expect(catalog["d/b"]?.deck.id == "d")
        #expect(catalog["d/missing"] == nil)
        #expect(catalog.queueCards(states: []).map(\.id) == ["d/a", "d/b"])
    }

    @Test func queueCardsTakeEachStoredStateWhateverItsOrder() {
        let catalog = CardCatalog(library: library([("a", "A"), ("b", "B"), ("c", "C")]))
        let schedule = CardSchedule(
            phase: .review, step: nil, stability: 4, difficulty: 5, due: fixedNow, lastReview: fixedNow)
        let states = [
            CardState(cardID: "d/c", schedule: schedule, reps: 2, lapses: 1, suspended: true),
            CardState(cardID: "elsewhere/x", schedule: schedule),
            CardState(cardID: "d/a", schedule: schedule, buriedUntil: fixedNow),
        ]
        let cards = catalog.queueCards(states: states)
        #expect(cards.map(\.id) == ["d/a", "d/b", "d/c"])
        #expect(cards[0].schedule == schedule && cards[0].buriedUntil == fixedNow && !cards[0].isSuspended)
        #expect(cards[1].isNew && cards[1].schedule == nil)
        #expect(cards[2].isSuspended && cards[2].lapses == 1)
        #expect(cards.allSatisfy { $0.deckID == "d" })
    }

    @Test func deckFilterKeepsOnlyTheChosenDecks() {
        #expect(CardCatalog(library: library([("a", "A")]), deckIDs: ["other"]).isEmpty)
        #expect(!CardCatalog(library: library([("a", "A")]), deckIDs: ["d"]).isEmpty)
    }

    @Test func aClientCasesStepsComeInTheCasesOrderWhereItsEarliestStepWouldCome() {
        // Step two's lesson comes first in the curriculum; by lesson links alone the case would
        // start there. The other question keeps its own place.
        func question(_ id: String, lesson: String) -> Question {
            Question(
                id: id, kind: .trueFalse(answer: true), prompt: id, explanation: "e",
                lesson: LessonLink(lessonID: lesson))
        }
        let lessons = LessonLibrary(
            lessons: [("early", 1), ("middle", 2), ("late", 3)].map { id, order in
                Lesson(
                    id: id, title: id, topic: "t", order: order, minutes: 1, file: "\(id).md",
                    document: MarkdownDocument(blocks: []))
            })
        var deck = Deck(
            id: "d", title: "D", file: "d.json",
            questions: [
                question("intake", lesson: "late"), question("muscle", lesson: "early"),
                question("other", lesson: "middle"), question("aftercare", lesson: "late"),
            ])
        deck.cases = [
            ClientCase(id: "c", title: "C", scenario: "s", steps: ["intake", "muscle", "aftercare"])
        ]
        let catalog = CardCatalog(
            library: ContentLibrary(
                root: URL(fileURLWithPath: "/"), lessons: lessons, decks: [deck], diagnostics: []))
        let queue = DailyQueue(
            cards: catalog.queueCards(states: [CardState]()), done: DailyCounts(), now: fixedNow,
            calendar: utcCalendar,
            scheduler: FSRSScheduler())
        #expect(queue.newCards.map(\.id) == ["d/intake", "d/muscle", "d/aftercare", "d/other"])
    }
}
