import Foundation
import Progress
import Scheduling

/// How the catalogued cards stand today: the "cards by state" of `palpate stats` and the reports.
///
/// Every card is counted once in `new`, `learning`, `review`, `relearning` or `suspended`;
/// `mature`, `buried` and `leeches` count cards again from those groups.
public struct CardCounts: Sendable, Equatable {
    /// A review card whose current interval is at least this long is mature, as Anki counts it.
    public static let matureInterval: TimeInterval = 21 * 86_400

    public var new = 0
    public var learning = 0
    public var review = 0
    public var relearning = 0
    public var suspended = 0
    /// Review-phase cards whose interval is at least three weeks.
    public var mature = 0
    /// Skipped until a later day (still counted in their phase).
    public var buried = 0
    /// Cards that lapsed so often they were marked leeches, suspended or not.
    public var leeches = 0

    public init() {}

    public var total: Int { new + learning + review + relearning + suspended }

    /// Cards that have left the new pile (reviewed, or suspended before their first review).
    public var seen: Int { total - new }

    /// Counts the catalog's cards; stored states of cards no longer in any deck are left out.
    public static func make(states: [String: CardState], catalog: CardCatalog, now: Date) -> CardCounts {
        var counts = CardCounts()
        for id in catalog.order {
            guard let state = states[id] else {
                counts.new += 1
                continue
            }
            if state.leech { counts.leeches += 1 }
            if state.suspended {
                counts.suspended += 1
                continue
            }
            if state.isBuried(at: now) { counts.buried += 1 }
            if state.schedule.isNew {
                counts.new += 1
                continue
            }
            switch state.schedule.phase {
            case .learning: counts.learning += 1
            case .relearning: counts.relearning += 1
            case .review:
                counts.review += 1
                if isMature(state.schedule) { counts.mature += 1 }
            }
        }
        return counts
    }

    /// Whether a card's current interval (last review to due) is at least three weeks.
    public static func isMature(_ schedule: CardSchedule) -> Bool {
        guard schedule.phase == .review, let last = schedule.lastReview else { return false }
        return schedule.due.timeIntervalSince(last) >= matureInterval
    }
}
