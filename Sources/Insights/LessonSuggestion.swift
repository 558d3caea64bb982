import Curriculum
import Foundation
import Progress

/// The lesson worth reading next, and why: the dashboard's pointer into the curriculum.
public struct LessonSuggestion: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// The first lesson, in curriculum order, the student has not opened.
        case unread
        /// Every lesson was read; the cards linking to this one were forgotten most (`lapses` in all).
        case reread(lapses: Int)
    }

    public let lesson: Lesson
    public let reason: Reason

    /// The first unread lesson; once all are read, the lesson whose cards lapsed most; else `nil`.
    public static func make(
        lessons: LessonLibrary, read: [String: Date], states: [String: CardState], catalog: CardCatalog
    ) -> LessonSuggestion? {
        let ordered = lessons.lessons.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
        if let unread = ordered.first(where: { read[$0.id] == nil }) {
            return LessonSuggestion(lesson: unread, reason: .unread)
        }
        var lapses: [String: Int] = [:]
        for (id, state) in states where state.lapses > 0 {
            guard let lessonID = catalog[id]?.question.lesson.lessonID else { continue }
            lapses[lessonID, default: 0] += state.lapses
        }
        var worst: (lesson: Lesson, lapses: Int)?
        for lesson in ordered {
            guard let count = lapses[lesson.id], count > (worst?.lapses ?? 0) else { continue }
            worst = (lesson, count)
        }
        return worst.map { LessonSuggestion(lesson: $0.lesson, reason: .reread(lapses: $0.lapses)) }
    }
}
