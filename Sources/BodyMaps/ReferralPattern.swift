import Curriculum

/// Where one muscle's trigger points lie and where they send pain, linked to the lesson section
/// that teaches it, so the lesson, its questions and the map name the same thing.
public struct ReferralPattern: Sendable, Hashable {
    /// The muscle's id, as `palpate map` takes it (`soleus`, `upper-trapezius`).
    public var muscle: String
    public var title: String
    public var lesson: LessonLink
    /// The side the trigger points are on; base region names are taken on this side.
    public var side: BodySide
    /// The views the map shows, in order.
    public var views: [String]
    public var triggerPoints: [TriggerPoint]
    /// Region names as written: base names (on `side`) or full names (`mid-back-left`).
    public var essential: [String]
    public var spillover: [String]

    public init(
        muscle: String, title: String, lesson: LessonLink, side: BodySide, views: [String],
        triggerPoints: [TriggerPoint], essential: [String], spillover: [String]
    ) {
        self.muscle = muscle
        self.title = title
        self.lesson = lesson
        self.side = side
        self.views = views
        self.triggerPoints = triggerPoints
        self.essential = essential
        self.spillover = spillover
    }

    /// The regions of the essential zone in `model` (names that do not resolve are left out;
    /// `ReferralAtlasLoader` reports them).
    public func essentialRegions(in model: BodyModel) -> [BodyRegion] {
        essential.compactMap { model.resolve($0, side: side) }
    }

    public func spilloverRegions(in model: BodyModel) -> [BodyRegion] {
        spillover.compactMap { model.resolve($0, side: side) }
    }
}
