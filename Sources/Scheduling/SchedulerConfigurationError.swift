import Foundation
import TextFormats

/// Why FSRS parameters or scheduler options were refused, with what would be valid.
public enum SchedulerConfigurationError: Error, Equatable, CustomStringConvertible {
    /// One parameter outside the range FSRS-6 was fitted within.
    public struct OutOfBoundsParameter: Equatable, Sendable {
        public let index: Int
        public let value: Double
        public let allowed: ClosedRange<Double>
    }

    case wrongParameterCount(Int)
    case unreadableParameter(index: Int, text: String)
    case parametersOutOfBounds([OutOfBoundsParameter])
    case desiredRetentionOutOfRange(Double)
    case maximumIntervalOutOfRange(Int)
    /// `kind` is "learning" or "relearning".
    case invalidStep(kind: String, seconds: TimeInterval)

    public var description: String {
        switch self {
        case .wrongParameterCount(let count):
            return "FSRS-6 needs exactly \(FSRSParameters.count) parameters, got \(count); "
                + "give 21 comma-separated numbers (w0 to w20)"
        case .unreadableParameter(let index, let text):
            return
                "parameter w\(index) \(QuotedInput.quote(text)) is not a number; give 21 comma-separated numbers"
        case .parametersOutOfBounds(let parameters):
            let lines = parameters.map {
                "w\($0.index) = \($0.value) is out of bounds; allowed \($0.allowed.lowerBound) to "
                    + "\($0.allowed.upperBound)"
            }
            return "FSRS parameters out of bounds: " + lines.joined(separator: "; ")
        case .desiredRetentionOutOfRange(let value):
            return "desired retention \(value) is out of range; give a probability strictly between 0 and 1 "
                + "(e.g. 0.9)"
        case .maximumIntervalOutOfRange(let days):
            return "maximum interval \(days) days is out of range; give a whole number of days from 1 to "
                + "\(SchedulerOptions.maximumIntervalLimit)"
        case .invalidStep(let kind, let seconds):
            return
                "\(kind) step of \(seconds) seconds is invalid; each step must be longer than 0 and at most "
                + "\(Int(SchedulerOptions.longestStep / 86_400)) days"
        }
    }
}
