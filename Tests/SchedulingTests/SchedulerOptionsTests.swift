import Testing

@testable import Scheduling

@Suite struct SchedulerOptionsTests {
    @Test func defaultsMatchPyFSRSExceptFuzz() {
        let options = SchedulerOptions.default
        #expect(options.desiredRetention == 0.9)
        #expect(options.learningSteps == [60, 600])
        #expect(options.relearningSteps == [600])
        #expect(options.maximumInterval == 36_500)
        #expect(options.fuzzEnabled == false)
        #expect(throws: Never.self) { try SchedulerOptions() }
    }

    @Test func desiredRetentionMustBeAProbabilityStrictlyInside() {
        for bad in [0.0, 1.0, 1.5, -0.1, .nan] {
            #expect(throws: SchedulerConfigurationError.self) { try SchedulerOptions(desiredRetention: bad) }
        }
        #expect(throws: Never.self) { try SchedulerOptions(desiredRetention: 0.8) }
    }

    @Test func maximumIntervalMustBeOneDayToAHundredYears() {
        #expect(throws: SchedulerConfigurationError.maximumIntervalOutOfRange(0)) {
            try SchedulerOptions(maximumInterval: 0)
        }
        #expect(throws: SchedulerConfigurationError.maximumIntervalOutOfRange(36_501)) {
            try SchedulerOptions(maximumInterval: 36_501)
        }
    }

    @Test func stepsMustBePositive() {
        #expect(throws: SchedulerConfigurationError.invalidStep(kind: "relearning", seconds: 0)) {
            try SchedulerOptions(relearningSteps: [0])
        }
        #expect(throws: Never.self) { try SchedulerOptions(learningSteps: [], relearningSteps: []) }
    }

    @Test func errorsSayWhatWouldBeValid() {
        let error = SchedulerConfigurationError.desiredRetentionOutOfRange(1.5)
        #expect(error.description.contains("strictly between 0 and 1"))
    }
}
