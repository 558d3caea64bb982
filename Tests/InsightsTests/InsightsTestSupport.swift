import Content
import Curriculum
import Decks
import Foundation
import Progress
import Scheduling

@testable import Insights

/// 2026-03-02 09:00 UTC: a Monday morning, well after the 04:00 start of the study day.
let monday = Date(timeIntervalSince1970: 1_772_442_000)
let utcCalendar = try! StudyCalendar(timeZone: TimeZone(secondsFromGMT: 0)!, startHour: 4)

func days(_ count: Double) -> TimeInterval { count * 86_400 }

/// A library of one deck per entry, each question a true/false card with the given tags.
func library(_ decks: [String: [(id: String, tags: [String])]]) -> ContentLibrary {
    let built = decks.keys.sorted().map { deckID in
        Deck(
            id: deckID, title: deckID.capitalized, file: "\(deckID).json",
            questions: (decks[deckID] ?? []).map { question in
                Question(
                    id: question.id, kind: .trueFalse(answer: true), prompt: "p", explanation: "e",
                    lesson: LessonLink(lessonID: "l"), tags: question.tags)
            })
    }
    return ContentLibrary(
        root: URL(fileURLWithPath: "/"), lessons: LessonLibrary(lessons: []), decks: built, diagnostics: [])
}

/// A card reviewed at `lastReview` and due at `due`, in `phase`.
func state(
    _ id: String, phase: CardPhase = .review, due: Date, lastReview: Date? = nil, lapses: Int = 0,
    suspended: Bool = false, leech: Bool = false, buriedUntil: Date? = nil
) -> CardState {
    CardState(
        cardID: id,
        schedule: CardSchedule(
            phase: phase, step: phase == .review ? nil : 0, stability: 5, difficulty: 5, due: due,
            lastReview: lastReview ?? due.addingTimeInterval(-days(3))),
        reps: 3, lapses: lapses, suspended: suspended, leech: leech, buriedUntil: buriedUntil)
}

/// A fresh folder for a store, removed when dropped.
final class StoreFolder {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("palpate-insights-\(UUID().uuidString)", isDirectory: true)

    func open(now: Date = monday) throws -> ProgressStore {
        try ProgressStore.open(
            directory: url, now: now, timeZone: TimeZone(secondsFromGMT: 0)!, makeDailyBackup: false)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// A plan with an exam `days` after `monday` (none for `nil`), as the exam-mode tests use it.
func examPlan(examInDays days: Int?, target: Double = 0.95, newPerDay: Int = 20) throws -> StudyPlan {
    var settings = StudentSettings()
    settings.examDate = days.map { utcCalendar.studyDay(containing: monday).civilDay.adding(days: $0) }
    settings.examTarget = target
    settings.newPerDay = newPerDay
    return try StudyPlan(settings: settings, timeZone: TimeZone(secondsFromGMT: 0)!)
}

/// `d/q0` reviewed 10 days before `monday` with a stability of 20 days: FSRS's due is 10 days
/// ahead, and its recall 8 days ahead would be under 0.95.
let agingCard = CardState(
    cardID: "d/q0",
    schedule: CardSchedule(
        phase: .review, step: nil, stability: 20, difficulty: 5,
        due: monday.addingTimeInterval(days(10)),
        lastReview: monday.addingTimeInterval(-days(10))))
