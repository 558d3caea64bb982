import Foundation
import Progress
import Scheduling

/// Whether the dashboard should suggest `palpate optimize`: at most once a month after the last
/// fit, and only when enough reviews have come since for a new fit to have something to learn.
public struct OptimizeSuggestion: Sendable, Equatable {
    /// A month: parameters refitted more often change little, and the student would be nagged.
    public static let interval: TimeInterval = 30 * 86_400

    /// Counting stops here: the dashboard only needs to know there are plenty.
    public static let countedUpTo = 1_000

    /// Reviews of graduated cards since the last fit (or ever, without one), up to `countedUpTo`:
    /// these are the ones the optimiser learns from, since they come a day or more after the
    /// card's previous review.
    public let newReviews: Int
    /// When the parameters in use were fitted; `nil` for the defaults.
    public let lastFit: Date?

    /// The suggestion for `now`, or `nil` when it does not apply: parameters fitted less than a
    /// month ago, parameters set by hand (the student chose them), or fewer new reviews than the
    /// optimiser needs (`ParameterOptimizer.minimumItems`).
    ///
    /// - Throws: `StoreError` reading the store.
    public static func make(store: ProgressStore, parameters: FSRSParameters, now: Date) throws(StoreError)
        -> OptimizeSuggestion?
    {
        let lastFit = try store.parameterOrigin(current: parameters).fittedAt
        if let lastFit {
            guard now.timeIntervalSince(lastFit) >= interval else { return nil }
        } else if parameters != .default {
            return nil
        }
        let since = lastFit ?? .distantPast
        guard since < now else { return nil }
        let reviews = try store.graduatedReviewCount(in: TimeSpan(since..<now), upTo: countedUpTo)
        guard reviews >= ParameterOptimizer.minimumItems else { return nil }
        return OptimizeSuggestion(newReviews: reviews, lastFit: lastFit)
    }
}
