import Content
import Foundation
import Insights
import Progress
import Scheduling

/// Building today's queue in process: open the store, read the settings, card states and
/// today's counts, and order the queue — what `palpate review` does before its first card.
///
/// The content and its catalog are loaded once, untimed (`content-load` times loading).
struct QueueScenario: InProcessScenario {
    var cards = 50_000
    var reviews = 1_000_000
    /// With an exam date 30 days ahead: every review card's due is worked out against the exam
    /// and the new-card intake planned (issue 18).
    var examMode = false

    var name: String { examMode ? "queue-exam" : "queue" }
    var size: String { "\(Format.count(Double(cards))) cards, \(Format.count(Double(reviews))) reviews" }
    var target: Target { .under(milliseconds: 100) }
    var work: Work { Work(count: Double(cards), unit: "cards/s") }

    func prepare(_ inputs: Inputs) throws -> Runner {
        let study = try inputs.study(cards: cards, reviews: reviews)
        return .inProcess(arguments: [study.content.path, study.data.path])
    }

    func measure(arguments: [String], repetitions: Int) throws -> [Double] {
        let (catalog, data) = try StudyFixture.load(arguments, expectedCards: cards)
        // The first open of a day backs the store up; time the steady state, note the first.
        let first = try Stopwatch.milliseconds { _ = try buildQueue(catalog: catalog, data: data) }
        Log.note("queue: first open of the day (with the daily backup): \(Format.duration(first))")
        var dueNow = 0
        let samples = try Stopwatch.samples(repetitions) {
            dueNow = try buildQueue(catalog: catalog, data: data)
        }
        Log.note("queue: \(dueNow) cards due now")
        return samples
    }

    private func buildQueue(catalog: CardCatalog, data: URL) throws -> Int {
        let store = try ProgressStore.open(directory: data, now: Inputs.now, timeZone: .gmt)
        defer { try? store.close() }
        var settings = try store.settings()
        if examMode {
            settings.examDate = StudyCalendar(timeZone: .gmt).studyDay(containing: Inputs.now).civilDay
                .adding(days: 30)
        }
        let plan = try StudyPlan(settings: settings, timeZone: .gmt)
        return try plan.queue(catalog: catalog, store: store, now: Inputs.now).dueNow.count
    }
}

/// The generated content's catalog and the data folder, for the scenarios that study.
enum StudyFixture {
    static func load(_ arguments: [String], expectedCards: Int) throws -> (CardCatalog, URL) {
        let content = URL(fileURLWithPath: arguments[0])
        let library = ContentLibrary.load(root: content, displayBase: content)
        let catalog = CardCatalog(library: library)
        // A generated cloze question is a card per deletion, so a deck of N questions holds a few
        // more than N cards; fewer means questions were dropped by the loader.
        guard catalog.count >= expectedCards else {
            throw BenchError(
                "the generated content has \(catalog.count) cards, fewer than \(expectedCards): "
                    + (library.diagnostics.first.map { "\($0)" } ?? ""))
        }
        return (catalog, URL(fileURLWithPath: arguments[1]))
    }
}
