import Curriculum
import TextFormats

/// The body model with every muscle's referral pattern: what `palpate map`, the lesson pages and
/// the reports draw from.
public struct ReferralAtlas: Sendable {
    public var model: BodyModel
    public private(set) var patterns: [ReferralPattern]

    public init(model: BodyModel, patterns: [ReferralPattern]) {
        self.model = model
        self.patterns = patterns
    }

    /// The pattern of a muscle id (`soleus`); case and spaces are forgiven (`Upper trapezius`).
    public func pattern(muscle: String) -> ReferralPattern? {
        let key = Slug.make(from: muscle)
        return patterns.first { $0.muscle == muscle } ?? patterns.first { $0.muscle == key }
    }

    /// The patterns a lesson section teaches (the pterygoids' section has two).
    public func patterns(for link: LessonLink) -> [ReferralPattern] {
        patterns.filter { $0.lesson == link }
    }

    /// Muscle ids close to a misspelt one.
    public func suggestions(for muscle: String) -> [String] {
        guard EditDistance.isShortEnoughToSuggest(muscle) else { return [] }
        return EditDistance.suggestions(for: Slug.make(from: muscle), among: patterns.map(\.muscle))
    }
}
