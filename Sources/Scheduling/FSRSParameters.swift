import Foundation
import TextFormats

/// The 21 weights (w0 to w20) of the FSRS-6 memory model.
///
/// Validated against the bounds py-fsrs 6.3.2 enforces, so a weight set accepted here is
/// accepted there and the two schedule identically.
public struct FSRSParameters: Sendable, Equatable, CustomStringConvertible {
    public static let count = 21

    /// py-fsrs 6.3.2's `DEFAULT_PARAMETERS`.
    public static let `default` = FSRSParameters(unchecked: [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835,
        0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ])

    /// py-fsrs's `LOWER_BOUNDS_PARAMETERS`.
    public static let lowerBounds: [Double] = [
        0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001, 0.001, 0.001, 0.001, 0.0, 0.0,
        1.0, 0.0, 0.0, 0.0, 0.1,
    ]

    /// py-fsrs's `UPPER_BOUNDS_PARAMETERS`.
    public static let upperBounds: [Double] = [
        100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0,
        2.0,
        0.8, 0.8,
    ]

    public let weights: [Double]

    /// - Throws: `.wrongParameterCount` unless there are 21 weights; `.parametersOutOfBounds`
    ///   listing every weight outside its range (NaN is never inside).
    public init(_ weights: [Double]) throws(SchedulerConfigurationError) {
        guard weights.count == Self.count else { throw .wrongParameterCount(weights.count) }
        var outOfBounds: [SchedulerConfigurationError.OutOfBoundsParameter] = []
        for (index, value) in weights.enumerated() {
            let allowed = Self.lowerBounds[index]...Self.upperBounds[index]
            if !allowed.contains(value) {
                outOfBounds.append(.init(index: index, value: value, allowed: allowed))
            }
        }
        guard outOfBounds.isEmpty else { throw .parametersOutOfBounds(outOfBounds) }
        self.weights = weights
    }

    /// Reads 21 comma-separated numbers, as a command-line option or a config file gives them.
    public init(parsing text: String) throws(SchedulerConfigurationError) {
        let pieces = text.split(separator: ",", omittingEmptySubsequences: false)
        guard pieces.count == Self.count else { throw .wrongParameterCount(pieces.count) }
        var weights: [Double] = []
        for (index, piece) in pieces.enumerated() {
            let trimmed = piece.trimmingWhitespace()
            guard let value = Double(trimmed), value.isFinite else {
                throw .unreadableParameter(index: index, text: trimmed)
            }
            weights.append(value)
        }
        try self.init(weights)
    }

    private init(unchecked weights: [Double]) {
        self.weights = weights
    }

    public subscript(index: Int) -> Double { weights[index] }

    /// The weights as `parse` reads them back, each printed in its shortest exact form.
    public var description: String {
        weights.map { PythonFloat.repr($0) }.joined(separator: ",")
    }
}
