/// The body the referral maps are drawn on: its views and its named regions, both sides made.
///
/// Read from `Curriculum/body/body-model.json` by `BodyModelDecoder`; versioned, so patterns can
/// say which drawing they were placed on.
public struct BodyModel: Sendable {
    public var version: String
    public var title: String
    public var views: [BodyView]
    /// Every region, paired ones on both sides (`heel-right` and `heel-left`), in file order.
    public private(set) var regions: [BodyRegion]
    private var indexByName: [String: Int]

    public init(version: String, title: String, views: [BodyView], regions: [BodyRegion]) {
        self.version = version
        self.title = title
        self.views = views
        self.regions = regions
        indexByName = [:]
        for (index, region) in regions.enumerated() where indexByName[region.name] == nil {
            indexByName[region.name] = index
        }
    }

    public func view(named name: String) -> BodyView? { views.first { $0.name == name } }

    /// The region with this full name (`heel-right`, `sacrum`).
    public func region(named name: String) -> BodyRegion? { indexByName[name].map { regions[$0] } }

    /// The region a pattern or a question means by `name` on `side`: a base name (`heel`) is
    /// taken on that side, or the midline region of that name; a full name (`heel-left`) is
    /// itself, whatever the side.
    public func resolve(_ name: String, side: BodySide) -> BodyRegion? {
        region(named: BodyRegion.fullName(base: name, side: side)) ?? region(named: name)
    }

    /// The base names, once each, in file order: what a student picks from.
    public var baseNames: [String] {
        var seen: Set<String> = []
        return regions.compactMap { seen.insert($0.baseName).inserted ? $0.baseName : nil }
    }

    /// Every name `resolve` accepts, for "did you mean" suggestions.
    public var acceptedNames: [String] { baseNames + regions.map(\.name).filter { !baseNames.contains($0) } }
}
