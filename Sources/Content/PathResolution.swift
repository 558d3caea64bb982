import Foundation

extension URL {
    /// A path the user typed, taken relative to `base` unless it is absolute (or starts with `~`).
    ///
    /// `URL(fileURLWithPath:relativeTo:)` treats a base without a trailing slash as a file and
    /// drops its last component, so a folder created after its URL would be resolved wrongly;
    /// this appends instead.
    public static func resolving(_ path: String, against base: URL) -> URL {
        let expanded = (path as NSString).expandingTildeInPath
        let url =
            expanded.hasPrefix("/") ? URL(fileURLWithPath: expanded) : base.appendingPathComponent(expanded)
        return url.standardizedFileURL
    }
}
