import Testing

@testable import Scheduling

@Suite struct WorkloadSimulatorTests {
    /// 2025-01-08T10:00:00Z; the study day ends at 04:00 the next morning.
    static let start = Instant(microsecondsSince1970: 1_736_330_400_000_000)
    static let dayEnd = Instant(microsecondsSince1970: 1_736_395_200_000_000)

    static func setup(retention: Double = 0.9, newPerDay: Int = 20, reviews: Int = 200, days: Int = 60)
        -> SimulationSetup
    {
        SimulationSetup(
            options: try! SchedulerOptions(desiredRetention: retention, fuzzEnabled: true),
            limits: DailyLimits(newCards: newPerDay, reviews: reviews), days: days, start: start,
            firstDayEnd: dayEnd)
    }

    /// Cards studied before: in review, due over the next days, some overdue.
    static let studied: [CardSchedule] = (0..<120).map { index in
        CardSchedule(
            phase: .review, step: nil, stability: Double(1 + index % 30), difficulty: Double(1 + index % 9),
            dueInstant: start.adding(days: index % 20 - 5),
            lastReviewInstant: start.adding(days: -10 - index % 7))
    }

    private func run(_ setup: SimulationSetup, newCards: Int = 300, seed: UInt64 = 7) -> SimulationResult {
        var random = SplitMix64(seed: seed)
        return WorkloadSimulator.run(cards: Self.studied, newCards: newCards, setup: setup, random: &random)
    }

    @Test func sameSeedGivesTheSameDays() {
        #expect(run(Self.setup()) == run(Self.setup()))
        #expect(run(Self.setup(), seed: 1) != run(Self.setup(), seed: 2))
    }

    @Test func everyCardIsCountedOnceAndNewCardsRunOut() {
        let result = run(Self.setup(newPerDay: 20, days: 30), newCards: 300)
        #expect(result.cards == 420)
        #expect(result.days.reduce(0) { $0 + $1.newCards } == 300)
        #expect(result.introduced == 420)
        // 300 new cards at 20 a day: introduced over the first 15 days, none after.
        #expect(result.days[14].newCards == 20)
        #expect(result.days[15].newCards == 0)
        // No card is memorised twice: the sum of recall probabilities stays below the cards.
        for day in result.days { #expect(day.memorised! <= Double(result.introduced)) }
    }

    @Test func limitsAreRespected() {
        let result = run(Self.setup(newPerDay: 7, reviews: 15, days: 40))
        for day in result.days {
            #expect(day.newCards <= 7)
            #expect(day.reviews <= 15)
        }
        #expect(result.days.contains { $0.heldBack > 0 })
    }

    @Test func todaysDoneCountsAgainstTodaysLimits() {
        var setup = Self.setup(newPerDay: 10, days: 3)
        setup.doneToday = DailyCounts(newCardsIntroduced: 6, reviewsDone: 0)
        let result = run(setup)
        #expect(result.days.map(\.newCards) == [4, 10, 10])
    }

    @Test func higherRetentionMeansMoreReviews() {
        let low = run(Self.setup(retention: 0.8, days: 120))
        let high = run(Self.setup(retention: 0.95, days: 120))
        #expect(high.totalAnswers > low.totalAnswers)
        #expect(high.finalMemorised > low.finalMemorised)
    }

    @Test func minutesFollowTheAnswers() {
        var setup = Self.setup(days: 5)
        setup.secondsPerAnswer = 30
        for day in run(setup).days { #expect(day.minutes == Double(day.answers) / 2) }
    }

    @Test func memorisedIsWorkedOutOnlyOnTheDaysAsked() {
        var random = SplitMix64(seed: 3)
        let result = WorkloadSimulator.run(
            cards: Self.studied, newCards: 10, setup: Self.setup(days: 10),
            memorisedOn: { SimulationWeek.isWeekEnd($0, of: 10) }, random: &random)
        #expect(
            result.days.map { $0.memorised != nil } == [
                false, false, false, false, false, false, true, false, false, true,
            ])
        let weeks = SimulationWeek.weeks(of: result)
        #expect(weeks.map(\.days) == [7, 3])
        #expect(weeks[1].memorised == result.finalMemorised)
    }

    @Test func noCardsNoWork() {
        var random = SplitMix64(seed: 3)
        let result = WorkloadSimulator.run(
            cards: [], newCards: 0, setup: Self.setup(days: 7), random: &random)
        #expect(result.totalAnswers == 0)
        #expect(result.finalMemorised == 0)
    }
}
