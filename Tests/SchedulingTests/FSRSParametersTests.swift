import Testing

@testable import Scheduling

@Suite struct FSRSParametersTests {
    @Test func defaultsAreFSRS6Defaults() {
        #expect(FSRSParameters.default.weights.count == 21)
        #expect(FSRSParameters.default[0] == 0.212)
        #expect(FSRSParameters.default[20] == 0.1542)
        #expect(throws: Never.self) { try FSRSParameters(FSRSParameters.default.weights) }
    }

    @Test func refusesTheWrongNumberOfWeights() {
        #expect(throws: SchedulerConfigurationError.wrongParameterCount(20)) {
            try FSRSParameters(Array(FSRSParameters.default.weights.dropLast()))
        }
    }

    @Test func namesEveryWeightOutOfBoundsWithItsRange() {
        var weights = FSRSParameters.default.weights
        weights[7] = 0.9
        weights[20] = .nan
        do {
            _ = try FSRSParameters(weights)
            Issue.record("expected an error")
        } catch {
            guard case .parametersOutOfBounds(let bad) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(bad.map(\.index) == [7, 20])
            #expect(bad[0].value == 0.9)
            #expect(bad[0].allowed == 0.001...0.75)
            #expect(error.description.contains("w7 = 0.9 is out of bounds; allowed 0.001 to 0.75"))
        }
    }

    @Test func boundsAreInclusive() {
        #expect(throws: Never.self) { try FSRSParameters(FSRSParameters.lowerBounds) }
        #expect(throws: Never.self) { try FSRSParameters(FSRSParameters.upperBounds) }
    }

    @Test func parsesCommaSeparatedTextAndPrintsItBack() throws {
        let text = FSRSParameters.default.description
        #expect(text.hasPrefix("0.212,1.2931,2.3065,"))
        #expect(try FSRSParameters(parsing: text) == .default)
        #expect(try FSRSParameters(parsing: text.replacingOccurrences(of: ",", with: ", ")) == .default)
    }

    @Test func parsingNamesTheUnreadableWeight() {
        let text = FSRSParameters.default.weights.map { "\($0)" }.enumerated()
            .map { $0.offset == 3 ? "x" : $0.element }.joined(separator: ",")
        #expect(throws: SchedulerConfigurationError.unreadableParameter(index: 3, text: "x")) {
            try FSRSParameters(parsing: text)
        }
        #expect(throws: SchedulerConfigurationError.wrongParameterCount(2)) {
            try FSRSParameters(parsing: "1,2")
        }
    }
}
