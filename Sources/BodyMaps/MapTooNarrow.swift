/// The space given cannot hold a legible map: says how wide it needs to be.
public struct MapTooNarrow: Error, Sendable, Equatable, CustomStringConvertible {
    public var available: Int
    public var needed: Int

    public init(available: Int, needed: Int) {
        self.available = available
        self.needed = needed
    }

    public var description: String {
        "the referral map needs at least \(needed) columns, but only \(available) are available; widen the window (or set COLUMNS)"
    }
}
