/// The blank body a `region` question is answered on: every region of its views on the
/// question's side (and the midline), numbered top to bottom, so a student answers "3 7 12".
///
/// Made from the body model alone (never from the answer), so the numbering gives nothing away;
/// the same model and question always give the same numbers, which is what lets an answer typed
/// in one session be read back in a report.
public struct RegionBoard: Sendable, Equatable {
    /// One region the student can pick.
    public struct Entry: Sendable, Equatable {
        /// The name the answer uses: the base name on the question's side or the midline, the full
        /// name on the other side (`forehead-left`).
        public var name: String
        /// The model's title; "(left)" added on the other side.
        public var title: String
        public var region: BodyRegion
        /// The view it is numbered in (the first of the question's views it appears in).
        public var view: String
    }

    public var entries: [Entry]
    public var views: [BodyView]
    public var side: BodySide

    /// The names by number: entry 0 is number 1.
    public var names: [String] { entries.map(\.name) }

    /// - Parameters:
    ///   - views: the views the question names; names the model lacks are left out.
    ///   - side: the side base names mean (`right` or `left`).
    ///   - bothSides: number the other side's regions too (a question whose answer names one).
    public init(model: BodyModel, views: [String], side: BodySide, bothSides: Bool = false) {
        self.side = side
        self.views = views.compactMap { model.view(named: $0) }
        var entries: [Entry] = []
        var seen: Set<String> = []
        for view in self.views {
            var here: [(entry: Entry, y: Double, x: Double)] = []
            for region in model.regions where region.appears(in: view.name) && !seen.contains(region.name) {
                let own = region.side == side || region.side == .midline
                guard own || (bothSides && !view.showsOneSide) else { continue }
                seen.insert(region.name)
                let name = own ? region.baseName : region.name
                let title = region.title(about: side)
                let centre = Self.centre(of: region.polygons(in: view.name))
                here.append(
                    (Entry(name: name, title: title, region: region, view: view.name), centre.y, centre.x))
            }
            // Top to bottom in bands of a few units, so neighbours at one height number in a row.
            here.sort { ((($0.y / 6).rounded(.down)), $0.x) < ((($1.y / 6).rounded(.down)), $1.x) }
            entries += here.map(\.entry)
        }
        self.entries = entries
    }

    /// The number (1-based) of the entry named `name`, as the answer writes it.
    public func number(of name: String) -> Int? { entries.firstIndex { $0.name == name }.map { $0 + 1 } }

    static func centre(of polygons: [MapPolygon]) -> MapPoint {
        let points = polygons.flatMap(\.points)
        guard !points.isEmpty else { return MapPoint(x: 0, y: 0) }
        return MapPoint(
            x: points.map(\.x).reduce(0, +) / Double(points.count),
            y: points.map(\.y).reduce(0, +) / Double(points.count))
    }
}
