import Foundation

extension ExamResult {
    /// Marks out of the questions as people write them: `7/10`, or `7.5/10` when a region
    /// answer's partial credit left a decimal. The exam screen and the reports print the same.
    public static func marks(_ points: Double, outOf total: Int) -> String {
        let points = (points * 10).rounded() / 10
        let text = points == points.rounded() ? String(Int(points)) : String(format: "%.1f", points)
        return "\(text)/\(total)"
    }
}
