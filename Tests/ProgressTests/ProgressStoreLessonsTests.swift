import Foundation
import Testing

@testable import Progress

@Suite struct ProgressStoreLessonsTests {
    @Test func eachLessonReportsItsLastReading() throws {
        let store = try ProgressStore.inMemory()
        try store.markLessonRead("01-what-a-trigger-point-is", at: may1)
        try store.markLessonRead("01-what-a-trigger-point-is", at: may1 + days(2))
        try store.markLessonRead("09-safety", at: may1 + days(1))
        #expect(
            try store.lessonsRead() == [
                "01-what-a-trigger-point-is": may1 + days(2), "09-safety": may1 + days(1),
            ])
    }
}
