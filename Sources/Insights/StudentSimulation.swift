import Foundation
import Progress
import Scheduling

/// A workload simulation set up from the student's own store: their cards as they stand, their
/// limits, scheduler settings, answer times and rating habits.
public struct StudentSimulation: Sendable {
    /// Seconds per answer when the store has too few timed answers of its own.
    public static let defaultSecondsPerAnswer = 10.0
    /// Timed answers needed before the student's own mean time is used.
    public static let minimumTimedAnswers = 20
    /// Answers needed (of each kind: first answers, recalled answers) before the student's own
    /// rating habits replace fsrs-rs's averages.
    public static let minimumRatedAnswers = 50

    /// Schedules of the cards already studied, suspended ones left out.
    public let cards: [CardSchedule]
    /// Cards of the course never studied (and not suspended).
    public let newCards: Int
    public let setup: SimulationSetup
    /// True when `setup.secondsPerAnswer` is the student's own mean, false for the default.
    public let ownAnswerTime: Bool
    /// True when `setup.ratings` comes from the student's own answers.
    public let ownRatings: Bool

    /// - Parameters:
    ///   - desiredRetention: replaces the settings' (checked like `palpate config` checks it).
    ///   - newPerDay: replaces the settings' new-card limit.
    /// - Throws: `StoreError` reading the store.
    public static func make(
        store: ProgressStore, catalog: CardCatalog, plan: StudyPlan, now: Date, days: Int,
        desiredRetention: Double? = nil, newPerDay: Int? = nil
    ) throws -> StudentSimulation {
        var cards: [CardSchedule] = []
        var newCards = 0
        for card in catalog.queueCards(states: try store.cardStateList()) where !card.isSuspended {
            if let schedule = card.schedule, !card.isNew {
                cards.append(schedule)
            } else {
                newCards += 1
            }
        }
        let today = plan.calendar.studyDay(containing: now)
        let studied = try store.studyCounts(in: today.start..<today.end)
        let profile = try store.answerProfile()
        let ownTime = profile.timedAnswers >= minimumTimedAnswers ? profile.meanSeconds : nil
        let ownMix =
            profile.firstRatings.reduce(0, +) >= minimumRatedAnswers
                && profile.recalledRatings.reduce(0, +) >= minimumRatedAnswers
            ? RatingMix(
                first: profile.firstRatings.map(Double.init),
                recalled: profile.recalledRatings.map(Double.init))
            : nil
        let options = plan.scheduler.options
        var limits = plan.limits
        if let newPerDay { limits.newCards = newPerDay }
        let setup = SimulationSetup(
            options: try SchedulerOptions(
                parameters: options.parameters,
                desiredRetention: desiredRetention ?? options.desiredRetention,
                learningSteps: options.learningSteps, relearningSteps: options.relearningSteps,
                maximumInterval: options.maximumInterval, fuzzEnabled: options.fuzzEnabled),
            limits: limits, days: days, start: Instant(now), firstDayEnd: Instant(today.end),
            doneToday: DailyCounts(newCardsIntroduced: studied.newCards, reviewsDone: studied.reviews),
            secondsPerAnswer: ownTime ?? defaultSecondsPerAnswer, ratings: ownMix ?? .default)
        return StudentSimulation(
            cards: cards, newCards: newCards, setup: setup, ownAnswerTime: ownTime != nil,
            ownRatings: ownMix != nil)
    }

    /// Runs the simulation with `seed`, working out memorised cards at each week's end.
    public func run(seed: UInt64) -> SimulationResult {
        var random = SplitMix64(seed: seed)
        let days = setup.days
        return WorkloadSimulator.run(
            cards: cards, newCards: newCards, setup: setup,
            memorisedOn: { SimulationWeek.isWeekEnd($0, of: days) },
            random: &random)
    }

    /// The days up to an exam simulated twice with the same seed, with exam mode and without,
    /// each measured on the exam's day (`SimulationResult.examDay`). `setup.days` should reach
    /// the day before the exam.
    ///
    /// - Parameter firstDay: the civil day of the simulation's first day.
    public func examComparison(goal: ExamGoal, firstDay: CivilDay, seed: UInt64) -> (
        examMode: SimulationResult, normal: SimulationResult
    ) {
        let withExam = examRun(goal: goal, firstDay: firstDay, seed: seed)
        var random = SplitMix64(seed: seed)
        var normalSetup = setup
        normalSetup.exam = nil
        let normal = WorkloadSimulator.run(
            cards: cards, newCards: newCards, setup: normalSetup, memorisedOn: { _ in false },
            figuresFor: goal,
            random: &random)
        return (withExam, normal)
    }

    /// The days up to an exam simulated with exam mode on: the workload the forecast's cards lead
    /// to, reviews of today's answers included, and the exam day's figures.
    public func examRun(goal: ExamGoal, firstDay: CivilDay, seed: UInt64) -> SimulationResult {
        var examSetup = setup
        examSetup.exam = SimulatedExam(goal: goal, firstDay: firstDay)
        var random = SplitMix64(seed: seed)
        return WorkloadSimulator.run(
            cards: cards, newCards: newCards, setup: examSetup, memorisedOn: { _ in false }, random: &random)
    }

    /// The retention sweep over `retentions`, `runs` simulations each from `seed` on.
    public func sweep(
        retentions: [Double] = RetentionSweep.defaultRetentions, seed: UInt64,
        runs: Int = RetentionSweep.defaultRuns
    ) throws -> RetentionSweep {
        try RetentionSweep.run(
            cards: cards, newCards: newCards, setup: setup, retentions: retentions, seed: seed, runs: runs)
    }
}
