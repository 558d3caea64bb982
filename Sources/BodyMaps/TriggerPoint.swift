/// Where a trigger point is drawn (×): a point in one view, on the pattern's side.
public struct TriggerPoint: Sendable, Hashable {
    public var view: String
    public var location: MapPoint

    public init(view: String, location: MapPoint) {
        self.view = view
        self.location = location
    }
}
