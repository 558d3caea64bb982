import Content
import Decks
import Foundation
import Insights
import Progress
import Scheduling
import TextFormats

/// Builds a student's report from their store and the content they study.
///
/// The review log is streamed once, oldest first; everything else is read from the card table and
/// the sessions of the period, so the cost grows with the log only through that one pass.
public struct StudentReportBuilder {
    /// How many weakest questions the report lists overall and for each deck or tag.
    public static let weakestOverall = 10
    public static let weakestPerGroup = 3
    /// How many distinct wrong answers each question keeps (the class view needs the top one).
    public static let wrongAnswersKept = 5
    public static let forecastDays = 14

    public let library: ContentLibrary
    public let catalog: CardCatalog
    public let plan: StudyPlan

    public init(library: ContentLibrary, catalog: CardCatalog, plan: StudyPlan) {
        self.library = library
        self.catalog = catalog
        self.plan = plan
    }

    /// - Parameters:
    ///   - student: the name to print; the name in the student's settings when `nil`.
    ///   - since: the first study day to include; the whole history when `nil`.
    ///   - now: when the report is made: "today" for the forecast and the streak.
    public func build(store: ProgressStore, student: String?, since: CivilDay?, now rawNow: Date)
        throws(StoreError) -> StudentReport
    {
        let now = Instant(rawNow).date
        let calendar = plan.calendar
        let start = since.map { Self.start(of: $0, calendar: calendar) }
        let settings = try store.settings()
        let states = try store.cardStates()
        var report = StudentReport(
            student: student ?? settings.name, generatedAt: now, timeZone: calendar.timeZone.identifier,
            period: StudentReport.Period(sinceDay: since?.description, start: start, end: now))
        let decks = decksInCatalog()
        report.decks = decks.map {
            StudentReport.DeckVersion(
                id: $0.id, title: $0.title, version: $0.version, fingerprint: DeckFingerprint.make($0),
                questions: $0.questions.count)
        }

        var log = LogTally(catalog: catalog)
        let cursor = try store.reviewLog(in: TimeSpan(from: start))
        while let review = try cursor.next() {
            log.add(review, calendar: calendar)
        }
        log.finish()
        report.reviews = log.entries
        report.activity = log.activity
        report.totals.reviews = log.reviews
        report.totals.correct = log.correct
        report.totals.retention = log.retention.overall.rate
        report.totals.retentionReviews = log.retention.overall.reviews
        report.totals.secondsStudied = log.seconds
        report.totals.activeDays = log.activity.count

        var items = log.items
        let exams = try examSummaries(store: store, from: start, items: &items)
        report.exams = exams.map(\.exam)
        report.totals.secondsStudied += exams.reduce(0) { $0 + $1.seconds }
        report.examTrend = StudentReport.ExamTrend(scores: report.exams.map(\.score))
        report.items = items.report(catalog: catalog)
        report.misconceptions = items.misconceptions(catalog: catalog)

        var activeDays = Set(log.activity.map(\.day))
        if let start {
            let earlier = try store.reviewCountsPerDay(
                in: TimeSpan(before: start), timeZone: calendar.timeZone, dayStartsAt: calendar.startHour)
            activeDays.formUnion(earlier.map(\.day))
        }
        let streak = Streak.make(activeDays: activeDays, today: calendar.studyDay(containing: now))
        report.totals.streak = streak.current
        report.totals.longestStreak = streak.longest
        report.totals.studiedToday = streak.studiedToday
        report.totals.lastActive = states.values.compactMap(\.schedule.lastReview).max()
        let lessonIDs = Set(library.lessons.lessons.map(\.id))
        report.totals.lessonsRead = try store.lessonsRead().keys.count { lessonIDs.contains($0) }
        report.totals.lessonsTotal = lessonIDs.count

        report.cards = CardCounts.make(states: states, catalog: catalog, now: now)
        // In exam mode the reviews it brings forward count on the day the queue will ask them.
        let today = calendar.studyDay(containing: now)
        let exam = plan.examForecast(
            cards: catalog.queueCards(states: states.values),
            studied: try store.studyCounts(in: today.start..<today.end), now: now)
        report.forecast = DueForecast.make(
            states: states, catalog: catalog, calendar: calendar, now: now, days: Self.forecastDays,
            exam: exam
        ).map { StudentReport.DueDay(day: $0.day.label, due: $0.due) }

        let weak = weakQuestions(states: states, wrong: log.wrongByCard)
        report.weakest = Array(weak.prefix(Self.weakestOverall))
        let groups = GroupTally(
            catalog: catalog, states: states, scheduler: plan.scheduler, now: now, log: log, weak: weak)
        report.byDeck = groups.decks(decks)
        report.byTag = groups.tags()
        report.leeches = catalog.order.compactMap { id in
            guard let state = states[id], state.leech, let entry = catalog[id] else { return nil }
            return StudentReport.Leech(
                card: id, prompt: entry.question.prompt, lapses: state.lapses, suspended: state.suspended,
                lesson: entry.question.lesson.description)
        }
        return report
    }

    /// The moment study day `day` begins in `calendar`.
    public static func start(of day: CivilDay, calendar: StudyCalendar) -> Date {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = calendar.timeZone
        let (year, month, dayOfMonth) = day.components
        let inside = gregorian.date(
            from: DateComponents(
                year: year, month: month, day: dayOfMonth, hour: calendar.startHour, minute: 30))
        return calendar.studyDay(
            containing: inside ?? Date(timeIntervalSince1970: Double(day.ordinal) * 86_400)
        )
        .start
    }

    private func decksInCatalog() -> [Deck] {
        let ids = Set(catalog.order.compactMap { catalog[$0]?.deck.id })
        return library.decks.filter { ids.contains($0.id) }
    }

    /// Cards forgotten at least once (ever) or answered wrongly in the period, worst first.
    private func weakQuestions(states: [String: CardState], wrong: [String: Int]) -> [StudentReport
        .WeakQuestion]
    {
        var weak: [StudentReport.WeakQuestion] = []
        for id in catalog.order {
            guard let entry = catalog[id] else { continue }
            let lapses = states[id]?.lapses ?? 0
            let wrongCount = wrong[id] ?? 0
            guard lapses > 0 || wrongCount > 0 else { continue }
            weak.append(
                StudentReport.WeakQuestion(
                    card: id, prompt: entry.question.prompt, lapses: lapses, wrong: wrongCount,
                    lesson: entry.question.lesson.description,
                    lessonTitle: library.lessons.lesson(id: entry.question.lesson.lessonID)?.title,
                    answer: AnswerText.key(of: entry.question)))
        }
        // A stable sort keeps catalog order among equals.
        return weak.enumerated().sorted { lhs, rhs in
            (lhs.element.lapses, lhs.element.wrong, -lhs.offset) > (
                rhs.element.lapses, rhs.element.wrong, -rhs.offset
            )
        }.map(\.element)
    }

    private func examSummaries(store: ProgressStore, from start: Date?, items: inout ItemTally)
        throws(StoreError) -> [(exam: StudentReport.Exam, seconds: Double)]
    {
        var exams: [(exam: StudentReport.Exam, seconds: Double)] = []
        for session in try store.sessions(in: TimeSpan(from: start)) {
            guard session.kind == .exam, let score = session.score else { continue }
            let details = session.details.flatMap { try? JSONParser.parse(Array($0.utf8)) }
            let answers = try store.examAnswers(sessionID: session.id)
            let shown = ExamReplay.presentations(
                details: details, decks: library.decks, answeredCards: answers.map(\.questionID))
            for answer in answers {
                items.addExamAnswer(answer, catalog: catalog, shown: shown?[answer.questionID])
            }
            let passMark = details?.member("options")?.member("pass")?.integerValue.map { Double($0) / 100 }
            let exam = StudentReport.Exam(
                startedAt: session.startedAt, finishedAt: session.endedAt,
                correct: details?.member("correct")?.integerValue ?? session.correct,
                total: details?.member("total")?.integerValue ?? session.cardsDone, score: score,
                passed: session.passed ?? (score >= (passMark ?? 0.7)), passMark: passMark,
                byDeck: Self.tallies(details?.member("by_deck")),
                byTag: Self.tallies(details?.member("by_tag")),
                byCase: Self.tallies(details?.member("by_case")))
            let seconds = answers.reduce(0.0) { $0 + Double($1.durationMilliseconds ?? 0) / 1000 }
            exams.append((exam, seconds))
        }
        return exams
    }

    private static func tallies(_ node: JSONNode?) -> [StudentReport.Tally] {
        (node?.arrayValue ?? []).compactMap { item in
            guard let name = item.member("name")?.stringValue,
                let correct = item.member("correct")?.integerValue,
                let total = item.member("total")?.integerValue
            else { return nil }
            return StudentReport.Tally(name: name, correct: correct, total: total)
        }
    }
}
