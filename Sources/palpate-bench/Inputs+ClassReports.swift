import Content
import Foundation
import Insights
import Progress
import Reports

extension Inputs {
    /// The cards every student of the generated class studies: 500 questions in 5 decks.
    static let classQuestions = 500

    /// `students` JSON student reports, each built from a store of its own holding `reviewsEach`
    /// reviews of the same 500 cards over 60 days, with a seed per student so answers differ.
    ///
    /// The reports are built in process with `StudentReportBuilder` and written with
    /// `ReportJSON.encode`: exactly what `palpate report --format json` prints, without a process
    /// per student.
    func classReports(students: Int, reviewsEach: Int) throws -> [URL] {
        let content = try content(questions: Self.classQuestions, decks: 5)
        let cardIDs = Self.cardIDs(questions: Self.classQuestions, decks: 5)
        let folder = try once("class-\(students)-\(reviewsEach)") { folder in
            let library = ContentLibrary.load(root: content, displayBase: content)
            let catalog = CardCatalog(library: library)
            for student in 0..<students {
                let data = folder.appendingPathComponent("store-\(student)")
                try HistoryGenerator(
                    cardIDs: cardIDs, reviews: reviewsEach, days: 60, end: Self.now,
                    seed: 10_000 + UInt64(student)
                ).write(into: data)
                let store = try ProgressStore.open(
                    directory: data, now: Self.now, timeZone: .gmt, makeDailyBackup: false)
                defer { try? store.close() }
                let plan = try StudyPlan(settings: try store.settings(), timeZone: .gmt)
                let report = try StudentReportBuilder(library: library, catalog: catalog, plan: plan)
                    .build(store: store, student: "Student \(student + 1)", since: nil, now: Self.now)
                try Data(ReportJSON.encode(report).utf8).write(to: Self.classReport(student, in: folder))
            }
        }
        return (0..<students).map { Self.classReport($0, in: folder) }
    }

    private static func classReport(_ student: Int, in folder: URL) -> URL {
        folder.appendingPathComponent("student-\(student + 1).json")
    }
}
