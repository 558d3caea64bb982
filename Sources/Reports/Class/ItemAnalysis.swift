/// How one question performs across the class: classical test theory's item statistics.
///
/// - Facility: the share of all attempts that were right (0 hard … 1 easy).
/// - Discrimination, upper-minus-lower groups (Kelley's 27%): students are ranked by their
///   overall accuracy; the top 27% (at least one) form the upper group and the bottom 27% the
///   lower. For each group, each student's own share right on the question is averaged over the
///   group's students who attempted it; discrimination is upper minus lower, from −1 to +1. Near
///   zero, the question does not separate strong from weak students; negative, strong students
///   get it wrong more often (a miskeyed or misleading question). `nil` when either group has no
///   attempt at it, or fewer than two students have reviewed anything.
public struct ItemAnalysis: Sendable, Equatable {
    /// The share of the ranked students in each of the upper and lower groups.
    public static let groupShare = 0.27

    public var card: String
    public var kind: String
    public var prompt: String
    public var lesson: String
    /// Students who attempted the question at least once.
    public var students: Int
    public var attempts: Int
    public var correct: Int
    public var discrimination: Double?
    /// The wrong answer given most often across the class (in the author's words), with how often.
    public var commonWrongAnswer: StudentReport.AnswerCount?

    public init(
        card: String, kind: String, prompt: String, lesson: String, students: Int, attempts: Int,
        correct: Int,
        discrimination: Double?, commonWrongAnswer: StudentReport.AnswerCount?
    ) {
        self.card = card
        self.kind = kind
        self.prompt = prompt
        self.lesson = lesson
        self.students = students
        self.attempts = attempts
        self.correct = correct
        self.discrimination = discrimination
        self.commonWrongAnswer = commonWrongAnswer
    }

    public var facility: Double { attempts == 0 ? 0 : Double(correct) / Double(attempts) }

    /// Analyses every question any of `reports` answered, hardest (lowest facility) first.
    public static func analyse(_ reports: [StudentReport]) -> [ItemAnalysis] {
        let (upper, lower) = groups(reports)
        var byCard: [String: [(student: Int, item: StudentReport.Item)]] = [:]
        var order: [String] = []
        for (index, report) in reports.enumerated() {
            for item in report.items where item.attempts > 0 {
                if byCard[item.card] == nil { order.append(item.card) }
                byCard[item.card, default: []].append((index, item))
            }
        }
        let analyses = order.map { card -> ItemAnalysis in
            let answers = byCard[card] ?? []
            // The newest report's wording, in case the question was edited between versions.
            let newest = answers.max { reports[$0.student].generatedAt < reports[$1.student].generatedAt }
            var wrong: [String: Int] = [:]
            for answer in answers {
                for given in answer.item.wrongAnswers { wrong[given.answer, default: 0] += given.count }
            }
            let common = wrong.max { ($0.value, $1.key) < ($1.value, $0.key) }
            func groupFacility(_ group: Set<Int>) -> Double? {
                let shares = answers.filter { group.contains($0.student) }.map {
                    Double($0.item.correct) / Double($0.item.attempts)
                }
                return shares.isEmpty ? nil : shares.reduce(0, +) / Double(shares.count)
            }
            var discrimination: Double?
            if let high = groupFacility(upper), let low = groupFacility(lower) { discrimination = high - low }
            return ItemAnalysis(
                card: card, kind: newest?.item.kind ?? "", prompt: newest?.item.prompt ?? "",
                lesson: newest?.item.lesson ?? "", students: answers.count,
                attempts: answers.reduce(0) { $0 + $1.item.attempts },
                correct: answers.reduce(0) { $0 + $1.item.correct }, discrimination: discrimination,
                commonWrongAnswer: common.map { StudentReport.AnswerCount(answer: $0.key, count: $0.value) })
        }
        return analyses.sorted { ($0.facility, -$0.attempts, $0.card) < ($1.facility, -$1.attempts, $1.card) }
    }

    /// The indices of the upper and lower groups: students with reviews, ranked by overall
    /// accuracy (ties by name, so the groups do not depend on file order).
    static func groups(_ reports: [StudentReport]) -> (upper: Set<Int>, lower: Set<Int>) {
        let ranked = reports.indices.filter { reports[$0].totals.accuracy != nil }.sorted { lhs, rhs in
            let left = reports[lhs].totals.accuracy ?? 0
            let right = reports[rhs].totals.accuracy ?? 0
            return left != right ? left > right : reports[lhs].student < reports[rhs].student
        }
        guard ranked.count >= 2 else { return ([], []) }
        let size = max(1, Int((Double(ranked.count) * groupShare).rounded()))
        return (Set(ranked.prefix(size)), Set(ranked.suffix(size)))
    }
}
