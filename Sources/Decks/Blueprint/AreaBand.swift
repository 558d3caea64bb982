/// How a score in one content area reads, as FSMTB's score report tells a failing candidate
/// where they stand in each area.
///
/// FSMTB publishes no numeric cut-offs, so Palpate uses the pass mark and a margin of 10 points
/// either side: an area has 11–17 of the MBLEx's 100 questions, and one question there moves the
/// area's score by 6–9 points, so within 10 points of the pass mark the score cannot tell a pass
/// from a fail (its standard error at 15 questions is about 12 points).
public enum AreaBand: String, Sendable, Equatable, CaseIterable {
    case good
    case borderline
    case poor

    /// Points either side of the pass mark that count as borderline.
    public static let margin = 0.10

    /// - Parameters:
    ///   - score: the share right, 0–1.
    ///   - passMark: the pass mark, 0–1.
    public init(score: Double, passMark: Double) {
        if score + 1e-12 >= passMark + Self.margin {
            self = .good
        } else if score + 1e-12 >= passMark - Self.margin {
            self = .borderline
        } else {
            self = .poor
        }
    }
}
