import Foundation
import Insights
import Scheduling
import TextFormats

extension ReportJSON {
    /// Reads a `palpate-report/1` file back, for the class view.
    ///
    /// Fields this version does not know are ignored, so a report from a newer 1.x writer still
    /// reads; a different major format is refused with what was found.
    /// - Parameter includeReviews: `false` leaves the review log out (the class view has no use
    ///   for it), which saves most of the work on a long history.
    /// - Throws: `ReportFileError` located at the offending value.
    public static func decode(_ bytes: [UInt8], file: String, includeReviews: Bool = true)
        throws(ReportFileError)
        -> StudentReport
    {
        let source = JSONObjectReader.Source(file: file, bytes: bytes)
        if bytes.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
            throw source.error(
                at: bytes.count,
                "the file is empty; a Palpate report is one JSON object { … }, made with "
                    + "'palpate report --format json'")
        }
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw source.error(at: error.offset, error.message)
        }
        return try decode(root: root, source: source, includeReviews: includeReviews)
    }

    /// Reads a `palpate-report/1` file a window at a time, without its review log: the class
    /// view's way, so a report of any length takes about the memory of its summaries (the log,
    /// most of a long history's file, is read past and never held). A file that is not
    /// well-formed JSON is read whole instead, so its error reads exactly as `decode(_:file:)`'s.
    /// - Throws: `ReportFileError` located at the offending value, or saying the file cannot be
    ///   read.
    public static func decodeWithoutReviews(_ chunks: ByteChunks, file: String) throws(ReportFileError)
        -> StudentReport
    {
        do {
            let reader = try JSONStreamReader(chunks)
            switch try reader.read(streaming: "reviews", item: { _ in }) {
            case .document(let root, _):
                let source = JSONObjectReader.Source(file: file, position: reader.position(ofByteOffset:))
                return try decode(root: root, source: source, includeReviews: false)
            case .notStreamable:
                return try decode(try chunks.readAll(), file: file, includeReviews: false)
            }
        } catch let error as ReportFileError {
            throw error
        } catch {
            throw ReportFileError(file: file, position: nil, message: "cannot read the file (\(error))")
        }
    }

    private static func decode(root: JSONNode, source: JSONObjectReader.Source, includeReviews: Bool)
        throws(ReportFileError) -> StudentReport
    {
        let top = try JSONObjectReader(root, path: "", source: source)
        let formatNode = try top.required("format")
        guard formatNode.stringValue == StudentReport.formatName else {
            let found = formatNode.stringValue.map { QuotedInput.quote($0) } ?? formatNode.typeDescription
            throw source.error(
                at: formatNode.offset,
                "this is not a Palpate report this version can read: 'format' is \(found), expected "
                    + "'\(StudentReport.formatName)' (make it with 'palpate report --format json')")
        }
        let student = try top.string("student")
        let generatedAt = try top.date("generated_at")
        let timeZone = try top.string("time_zone")
        let period = try top.object("period")
        var report = StudentReport(
            student: student, generatedAt: generatedAt, timeZone: timeZone,
            period: StudentReport.Period(
                sinceDay: try period.optionalString("since"), start: try period.optionalDate("start"),
                end: try period.date("end")))
        report.decks = try top.array("decks") { deck throws(ReportFileError) in
            StudentReport.DeckVersion(
                id: try deck.string("id"), title: try deck.string("title"), version: try deck.int("version"),
                fingerprint: try deck.string("fingerprint"), questions: try deck.int("questions"))
        }
        report.totals = try totals(try top.object("totals"))
        report.cards = try cards(try top.object("cards"))
        report.byDeck = try top.array("by_deck", group)
        report.byTag = try top.array("by_tag", group)
        report.weakest = try top.array("weakest", weak)
        report.exams = try top.array("exams", exam)
        if let trend = top.optional("exam_trend") {
            let reader = try JSONObjectReader(trend, path: "exam_trend", source: source)
            report.examTrend = StudentReport.ExamTrend(
                exams: try reader.int("exams"), first: try reader.double("first"),
                last: try reader.double("last"),
                best: try reader.double("best"), mean: try reader.double("mean"),
                slopePerExam: try reader.optionalDouble("slope_per_exam"))
        }
        report.forecast = try top.array("forecast") { day throws(ReportFileError) in
            StudentReport.DueDay(day: try day.string("day"), due: try day.int("due"))
        }
        report.leeches = try top.array("leeches") { leech throws(ReportFileError) in
            StudentReport.Leech(
                card: try leech.string("card"), prompt: try leech.string("prompt"),
                lapses: try leech.int("lapses"),
                suspended: try leech.bool("suspended"), lesson: try leech.string("lesson"))
        }
        report.activity = try top.array("activity") { day throws(ReportFileError) in
            StudentReport.ActivityDay(
                day: try day.string("day"), reviews: try day.int("reviews"), correct: try day.int("correct"),
                seconds: try day.double("seconds"))
        }
        report.items = try top.array("items", item)
        // Added within format 1: reports written before it have none.
        if top.optional("misconceptions") != nil {
            let entries = try top.array("misconceptions") { entry throws(ReportFileError) in
                let deck = try entry.string("deck")
                // `decks` came later still: before it, a report held one entry per deck, which
                // are folded into one per misconception here so old and new reports count alike.
                let decks = entry.optional("decks") == nil ? [deck] : try entry.stringArray("decks")
                return StudentReport.MisconceptionCount(
                    decks: decks.isEmpty ? [deck] : decks, id: try entry.string("id"),
                    text: try entry.string("text"), count: try entry.int("count"),
                    cards: try entry.stringArray("cards"))
            }
            report.misconceptions = StudentReport.MisconceptionCount.mergingByID(entries).enumerated()
                .sorted { ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset) }.map(\.element)
        }
        if top.optional("readiness") != nil {
            let entry = try top.object("readiness")
            report.readiness = StudentReport.Readiness(
                exam: try entry.string("exam"), date: try entry.optionalString("date"),
                predictedFor: try entry.date("predicted_for"), readiness: try entry.double("readiness"),
                questions: try entry.int("questions"), studied: try entry.int("studied"),
                areas: try entry.array("areas") { area throws(ReportFileError) in
                    StudentReport.Readiness.Area(
                        id: try area.string("area"), name: try area.string("name"),
                        share: try area.double("share"),
                        questions: try area.int("questions"), studied: try area.int("studied"),
                        readiness: try area.double("readiness"), band: try area.string("band"))
                })
            if entry.optional("history") != nil {
                report.readiness?.history = try entry.array("history") { point throws(ReportFileError) in
                    ReadinessHistory.Point(at: try point.date("at"), readiness: try point.double("readiness"))
                }
            }
        }
        if includeReviews {
            report.reviews = try top.array("reviews", review)
        } else {
            _ = try top.required("reviews")
        }
        return report
    }

    private static func totals(_ reader: JSONObjectReader) throws(ReportFileError) -> StudentReport.Totals {
        var totals = StudentReport.Totals()
        totals.reviews = try reader.int("reviews")
        totals.correct = try reader.int("correct")
        totals.retention = try reader.optionalDouble("retention")
        totals.retentionReviews = try reader.int("retention_reviews")
        totals.secondsStudied = try reader.double("seconds_studied")
        totals.activeDays = try reader.int("active_days")
        totals.streak = try reader.int("streak")
        totals.longestStreak = try reader.int("longest_streak")
        totals.studiedToday = try reader.bool("studied_today")
        totals.lessonsRead = try reader.int("lessons_read")
        totals.lessonsTotal = try reader.int("lessons_total")
        totals.lastActive = try reader.optionalDate("last_active")
        return totals
    }

    private static func cards(_ reader: JSONObjectReader) throws(ReportFileError) -> CardCounts {
        var cards = CardCounts()
        _ = try reader.int("total")  // required by the format; it is the sum of the groups below
        cards.new = try reader.int("new")
        cards.learning = try reader.int("learning")
        cards.review = try reader.int("review")
        cards.relearning = try reader.int("relearning")
        cards.mature = try reader.int("mature")
        cards.suspended = try reader.int("suspended")
        cards.buried = try reader.int("buried")
        cards.leeches = try reader.int("leeches")
        return cards
    }

    private static func group(_ reader: JSONObjectReader) throws(ReportFileError) -> StudentReport.Group {
        StudentReport.Group(
            name: try reader.string("name"), title: try reader.string("title"),
            cardsTotal: try reader.int("cards_total"), cardsSeen: try reader.int("cards_seen"),
            mature: try reader.int("mature"),
            meanRetrievability: try reader.optionalDouble("mean_retrievability"),
            reviews: try reader.int("reviews"), correct: try reader.int("correct"),
            retention: try reader.optionalDouble("retention"),
            retentionReviews: try reader.optionalInt("retention_reviews"),
            weakest: try reader.array("weakest", weak))
    }

    private static func weak(_ reader: JSONObjectReader) throws(ReportFileError) -> StudentReport.WeakQuestion
    {
        StudentReport.WeakQuestion(
            card: try reader.string("card"), prompt: try reader.string("prompt"),
            lapses: try reader.int("lapses"),
            wrong: try reader.int("wrong"), lesson: try reader.string("lesson"),
            lessonTitle: try reader.optionalString("lesson_title"),
            answer: try reader.optionalString("answer"))
    }

    private static func exam(_ reader: JSONObjectReader) throws(ReportFileError) -> StudentReport.Exam {
        func tally(_ item: JSONObjectReader) throws(ReportFileError) -> StudentReport.Tally {
            StudentReport.Tally(
                name: try item.string("name"), correct: try item.int("correct"), total: try item.int("total"))
        }
        return StudentReport.Exam(
            startedAt: try reader.date("started_at"), finishedAt: try reader.optionalDate("finished_at"),
            correct: try reader.int("correct"), total: try reader.int("total"),
            score: try reader.double("score"),
            passed: try reader.bool("passed"), passMark: try reader.optionalDouble("pass_mark"),
            byDeck: try reader.array("by_deck", tally), byTag: try reader.array("by_tag", tally),
            // Added within format 1: exams reported before client cases have none.
            byCase: reader.optional("by_case") == nil ? [] : try reader.array("by_case", tally))
    }

    private static func item(_ reader: JSONObjectReader) throws(ReportFileError) -> StudentReport.Item {
        StudentReport.Item(
            card: try reader.string("card"), kind: try reader.string("type"),
            prompt: try reader.string("prompt"),
            lesson: try reader.string("lesson"), attempts: try reader.int("attempts"),
            correct: try reader.int("correct"),
            wrongAnswers: try reader.array("wrong_answers") { answer throws(ReportFileError) in
                StudentReport.AnswerCount(answer: try answer.string("answer"), count: try answer.int("count"))
            })
    }

    private static func review(_ reader: JSONObjectReader) throws(ReportFileError)
        -> StudentReport.ReviewEntry
    {
        let ratingNode = try reader.required("rating")
        guard let name = ratingNode.stringValue, let rating = Rating(text: name) else {
            throw reader.mismatch("rating", ratingNode, expected: "one of again, hard, good, easy")
        }
        return StudentReport.ReviewEntry(
            at: try reader.date("at"), card: try reader.string("card"), rating: rating,
            answer: try reader.optionalString("answer"), correct: try reader.optionalBool("correct"),
            seconds: try reader.optionalDouble("seconds"))
    }
}
