/// The outcome of a practice exam: score, pass or fail, and where the marks were lost.
public struct ExamResult: Sendable, Equatable {
    public struct Tally: Sendable, Equatable {
        public var name: String
        public var correct: Int
        public var total: Int
        /// Marks earned, a region answer's partial credit included, as the exam's own score
        /// counts them: a breakdown whose figures disagreed with the score above it read as a
        /// mistake (`Score: 0.8/25` over `0/25` for the only deck).
        public var points: Double

        public init(name: String, correct: Int, total: Int, points: Double? = nil) {
            self.name = name
            self.correct = correct
            self.total = total
            self.points = points ?? Double(correct)
        }

        public var fraction: Double { total == 0 ? 0 : points / Double(total) }
    }

    public var correct: Int
    public var total: Int
    /// Marks earned: 1 for each right answer, a region answer's partial credit (`RegionGrade`)
    /// for one that is partly right; what the score counts.
    public var points: Double
    /// The pass mark as a fraction (0.7 for 70%).
    public var passMark: Double
    public var byDeck: [Tally]
    public var byTag: [Tally]
    /// Each client case asked, in exam order: the steps right out of its steps (the case scored
    /// as a whole; each step is also scored on its own in `correct`). Named by the case's title.
    public var byCase: [Tally]
    /// Questions answered wrongly or left unanswered, in exam order.
    public var missed: [ExamPlan.Item]
    /// Each blueprint area's score and band (`palpate exam --blueprint`); empty otherwise.
    public var byArea: [AreaScore] = []

    public var score: Double { total == 0 ? 0 : points / Double(total) }
    public var passed: Bool { score + 1e-12 >= passMark }

    /// Scores answers to a plan. A question without an answer (time ran out, the student quit)
    /// counts as wrong: the score is out of every question the exam set.
    ///
    /// - Parameter answers: whether each item was answered correctly, by position; `nil` when
    ///   unanswered.
    ///   - credits: each item's partial credit (0–1) where it has one (a region question); an
    ///     item without counts 1 when right, else 0.
    public init(plan: ExamPlan, answers: [Bool?], passMark: Double, credits: [Double?] = []) {
        self.passMark = passMark
        total = plan.items.count
        var correct = 0
        var decks: [String: Tally] = [:]
        var deckOrder: [String] = []
        var tags: [String: Tally] = [:]
        var tagOrder: [String] = []
        var missed: [ExamPlan.Item] = []
        var cases: [String: Tally] = [:]
        var caseOrder: [String] = []
        var points = 0.0
        for (index, item) in plan.items.enumerated() {
            let right = index < answers.count ? answers[index] == true : false
            let mark = Self.mark(right: right, credit: index < credits.count ? credits[index] : nil)
            points += mark
            if right { correct += 1 } else { missed.append(item) }
            if decks[item.deckID] == nil { deckOrder.append(item.deckID) }
            decks[item.deckID, default: Tally(name: item.deckID, correct: 0, total: 0)].record(
                right, mark: mark)
            if let clientCase = item.clientCase {
                let key = item.deckID + "/" + clientCase.id
                if cases[key] == nil { caseOrder.append(key) }
                cases[key, default: Tally(name: clientCase.title, correct: 0, total: 0)].record(
                    right, mark: mark)
            }
            for tag in item.question.tags {
                if tags[tag] == nil { tagOrder.append(tag) }
                tags[tag, default: Tally(name: tag, correct: 0, total: 0)].record(right, mark: mark)
            }
        }
        self.correct = correct
        self.points = points
        self.missed = missed
        byDeck = deckOrder.compactMap { decks[$0] }
        byCase = caseOrder.compactMap { cases[$0] }
        byArea = Self.areaScores(plan: plan, answers: answers, credits: credits, passMark: passMark)
        byTag = tagOrder.compactMap { tags[$0] }.sorted { ($0.fraction, $0.name) < ($1.fraction, $1.name) }
    }
}

extension ExamResult {
    /// One question's marks: 1 when right, else its partial credit (0–1) if it has one.
    static func mark(right: Bool, credit: Double?) -> Double {
        right ? 1 : min(1, max(0, credit ?? 0))
    }
}

extension ExamResult.Tally {
    mutating func record(_ right: Bool, mark: Double) {
        total += 1
        if right { correct += 1 }
        points += mark
    }
}
