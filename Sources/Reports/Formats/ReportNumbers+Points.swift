import Foundation

extension ReportNumbers {
    /// An exam's marks out of its questions: `7/10`, or `7.5/10` when a region answer earned
    /// partial credit (the score holds it; the count of right answers does not).
    static func points(score: Double, total: Int) -> String {
        let points = (score * Double(total) * 10).rounded() / 10
        let text = points == points.rounded() ? String(Int(points)) : String(format: "%.1f", points)
        return "\(text)/\(total)"
    }
}
