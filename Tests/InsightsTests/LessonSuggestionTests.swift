import Curriculum
import Foundation
import Progress
import Testing

@testable import Insights

@Suite struct LessonSuggestionTests {
    private func lesson(_ id: String, order: Int) -> Lesson {
        Lesson(
            id: id, title: id.capitalized, topic: "t", order: order, minutes: 5, file: "\(id).md",
            document: MarkdownDocument(blocks: []))
    }

    @Test func theFirstUnreadLessonInOrderComesFirstThenTheMostForgotten() throws {
        let lessons = LessonLibrary(lessons: [lesson("second", order: 2), lesson("first", order: 1)])
        let catalog = CardCatalog(library: library(["d": [("a", []), ("b", [])]]))
        #expect(
            LessonSuggestion.make(lessons: lessons, read: [:], states: [:], catalog: catalog)
                == LessonSuggestion(lesson: lesson("first", order: 1), reason: .unread))
        let allRead = ["first": monday, "second": monday]
        #expect(LessonSuggestion.make(lessons: lessons, read: allRead, states: [:], catalog: catalog) == nil)
        // The library's questions all link to lesson "l".
        let withL = LessonLibrary(lessons: lessons.lessons + [lesson("l", order: 3)])
        let states = [
            "d/a": state("d/a", due: monday, lapses: 3), "d/b": state("d/b", due: monday, lapses: 2),
        ]
        #expect(
            LessonSuggestion.make(
                lessons: withL, read: allRead.merging(["l": monday]) { $1 }, states: states, catalog: catalog)
                == LessonSuggestion(lesson: lesson("l", order: 3), reason: .reread(lapses: 5)))
    }
}
