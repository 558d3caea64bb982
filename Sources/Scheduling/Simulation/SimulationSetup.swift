/// Everything a workload simulation needs besides the cards: the scheduler, the limits, the
/// horizon, when the study days fall, and how the student answers.
public struct SimulationSetup: Sendable {
    /// Options for the scheduler under test (its desired retention is the one simulated).
    public var options: SchedulerOptions
    public var limits: DailyLimits
    /// Study days to simulate, today first.
    public var days: Int
    /// The moment of the first day's session; each later day's session comes whole days after.
    public var start: Instant
    /// The end of the first study day: a card is due on day `d` when it falls due before
    /// `firstDayEnd + d` days (daylight-saving shifts are ignored).
    public var firstDayEnd: Instant
    /// What was already done on the first day, counted against its limits.
    public var doneToday: DailyCounts
    /// Seconds one answer takes, for minutes of study.
    public var secondsPerAnswer: Double
    public var ratings: RatingMix
    /// Exam mode, when simulated: reviews come due as `FSRSScheduler.examDue` says and new cards
    /// as `ExamGoal.intake` plans, while the exam is ahead.
    public var exam: SimulatedExam?

    public init(
        options: SchedulerOptions, limits: DailyLimits, days: Int, start: Instant, firstDayEnd: Instant,
        doneToday: DailyCounts = DailyCounts(), secondsPerAnswer: Double = 10, ratings: RatingMix = .default
    ) {
        self.options = options
        self.limits = limits
        self.days = days
        self.start = start
        self.firstDayEnd = firstDayEnd
        self.doneToday = doneToday
        self.secondsPerAnswer = secondsPerAnswer
        self.ratings = ratings
    }
}

/// Exam mode in a simulation: the goal, and the civil day of the simulation's first day (the
/// intake plans by days left).
public struct SimulatedExam: Sendable {
    public var goal: ExamGoal
    public var firstDay: CivilDay

    public init(goal: ExamGoal, firstDay: CivilDay) {
        self.goal = goal
        self.firstDay = firstDay
    }
}

/// How ready the simulated student is on the exam's day: each card's predicted recall at the
/// start of that day, cards never started counting 0.
public struct ExamDayFigures: Sendable, Equatable {
    /// Cards in scope: every card passed in, started or not.
    public var cards: Int
    /// The sum of their predicted recall on the day (the cards expected to be recalled).
    public var expectedRecalled: Double
    /// Cards whose predicted recall on the day is at least the target.
    public var atTarget: Int
    /// Cards still never studied on the day.
    public var stillNew: Int

    /// The mean predicted recall over the cards in scope.
    public var meanRecall: Double { cards == 0 ? 0 : expectedRecalled / Double(cards) }
    /// The share of the cards in scope at or above the target.
    public var shareAtTarget: Double { cards == 0 ? 0 : Double(atTarget) / Double(cards) }
}

/// One simulated study day.
public struct SimulatedDay: Sendable, Equatable {
    /// Every answer given, learning steps included.
    public var answers = 0
    /// Answers to cards in the review phase (the ones `reviews-per-day` limits).
    public var reviews = 0
    /// New cards introduced.
    public var newCards = 0
    /// Review cards due but held back by the review limit.
    public var heldBack = 0
    /// Minutes of study: answers times the time one answer takes.
    public var minutes = 0.0
    /// The sum of every introduced card's probability of recall at the end of the day (the
    /// expected number of cards the student would recall): worked out only on the days asked for.
    public var memorised: Double?

    public init() {}
}

/// What a simulation found, day by day.
public struct SimulationResult: Sendable, Equatable {
    public var days: [SimulatedDay]
    /// Cards simulated: every card passed in, introduced or not.
    public var cards: Int
    /// Cards introduced by the end (already studied, or new and introduced in the simulation).
    public var introduced: Int
    /// Readiness on the day of `SimulationSetup.exam`'s goal (or another day asked for), from the
    /// cards as they stand at the end of the simulation.
    public var examDay: ExamDayFigures? = nil

    public var totalAnswers: Int { days.reduce(0) { $0 + $1.answers } }
    /// The day with the most answers (the first of equals) and its place in `days`; nil when no
    /// day had any.
    public var busiestDay: (index: Int, day: SimulatedDay)? {
        guard let index = days.indices.max(by: { (days[$0].answers, $1) < (days[$1].answers, $0) }),
            days[index].answers > 0
        else { return nil }
        return (index, days[index])
    }
    public var totalMinutes: Double { days.reduce(0) { $0 + $1.minutes } }
    /// Memorised cards at the end of the last day.
    public var finalMemorised: Double { days.last?.memorised ?? 0 }
}
