/// How the terminal drawings of the body (referral maps, region boards) lay out their panels:
/// side by side while they fit, each under a heading.
enum PanelLayout {
    /// Panels of these widths in bands (rows of panels), `gap` columns apart, each band at most
    /// `width` wide (a panel wider than that has a band of its own).
    static func bands(widths: [Int], gap: Int, width: Int) -> [[Int]] {
        var bands: [[Int]] = []
        var used = 0
        for (index, panelWidth) in widths.enumerated() {
            if let last = bands.indices.last, used + gap + panelWidth <= width {
                bands[last].append(index)
                used += gap + panelWidth
            } else {
                bands.append([index])
                used = panelWidth
            }
        }
        return bands
    }

    /// A panel's title centred over its `width` columns, between its side labels (cut to leave
    /// them room).
    static func heading(title: String, left: String, right: String, width: Int) -> String {
        let title = String(title.prefix(max(0, width - 4)))
        let room = max(0, width - title.count - left.count - right.count)
        return left + String(repeating: " ", count: room / 2) + title
            + String(repeating: " ", count: room - room / 2) + right
    }
}
