import Foundation

extension ProgressStore {
    /// Records that the student read a lesson (every reading is kept, for the activity history).
    public func markLessonRead(_ lessonID: String, at readAt: Date) throws(StoreError) {
        try write {
            try database.execute(
                "INSERT INTO lessons_read (lesson_id, read_at) VALUES (?, ?)",
                [SQLValue(lessonID), SQLValue(readAt)])
        }
    }

    /// Each lesson ever read, with the last time it was read.
    public func lessonsRead() throws(StoreError) -> [String: Date] {
        let rows = try perform {
            try database.query("SELECT lesson_id, max(read_at) FROM lessons_read GROUP BY lesson_id") {
                (id: $0.text(0), at: $0.date(1))
            }
        }
        return Dictionary(rows.map { ($0.id, $0.at) }, uniquingKeysWith: max)
    }
}
