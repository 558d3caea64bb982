/// What a `region` question asks the student to point at: the views shown, the side of the body
/// its region names mean, and the regions of the answer.
///
/// Region names are the body model's (`Curriculum/body/body-model.json`): a base name (`heel`)
/// means that region on `side`, or the midline region of that name; a full name (`heel-left`)
/// means itself. Decks know nothing of the body model, so names are kept as written and checked
/// against the model by `palpate check`.
public struct RegionAnswer: Sendable, Equatable {
    /// The body model's views the student picks on (`back`, `front`, `head-side`), in order.
    public var views: [String]
    /// `right` or `left`: the side base names are taken on, and the side a one-side view shows.
    public var side: String
    /// Regions the student must pick (the essential zone).
    public var essential: [String]
    /// Regions that are neither required nor wrong (the spillover zone).
    public var spillover: [String]
    /// The referral pattern the question asks about (`soleus`), so `palpate check` can hold the
    /// zones to the pattern's and the feedback can draw its map; `nil` for a question of anatomy.
    public var muscle: String?

    public static let sides = ["right", "left"]
    public static let defaultSide = "right"

    public init(
        views: [String], side: String = RegionAnswer.defaultSide, essential: [String],
        spillover: [String] = [],
        muscle: String? = nil
    ) {
        self.views = views
        self.side = side
        self.essential = essential
        self.spillover = spillover
        self.muscle = muscle
    }

    /// A name as the student's board names it: a full name on the question's own side is written
    /// as its base name (`heel-right` on a right-side question is `heel`), so the two compare.
    public func canonical(_ name: String) -> String {
        let suffix = "-" + side
        return name.hasSuffix(suffix) && name.count > suffix.count
            ? String(name.dropLast(suffix.count)) : name
    }

    /// The other side's suffix (`-left` on a right-side question): a name with it asks the
    /// student to tell the sides apart, so the board offers both sides.
    public var namesOtherSide: Bool {
        let other = "-" + (side == "right" ? "left" : "right")
        return (essential + spillover).contains { $0.hasSuffix(other) }
    }
}
