import Foundation

/// Keeps content files inside their folder.
///
/// Courses are shared as archives, and an archive can carry a symbolic link named like a lesson
/// that points anywhere on the student's disk (`~/.ssh/id_rsa`). Such a file is refused, so
/// content can only ever show what its own folder holds.
public enum ContainedFile {
    /// Where `file` really leads when it is a symbolic link out of `folder`; `nil` when it is not
    /// a link, or a link to a file inside `folder` (however the folder itself is reached).
    public static func outsideTarget(of file: URL, in folder: URL) -> String? {
        guard (try? FileManager.default.destinationOfSymbolicLink(atPath: file.path)) != nil else {
            return nil
        }
        let target = file.resolvingSymlinksInPath().standardizedFileURL.path
        let root = folder.resolvingSymlinksInPath().standardizedFileURL.path
        return target.hasPrefix(root.hasSuffix("/") ? root : root + "/") ? nil : target
    }

    /// The diagnostic message for a file refused by `outsideTarget`.
    public static func refusal(target: String) -> String {
        "this file is a symbolic link to \(target), outside its folder; content files must be real files "
            + "inside the folder (copy the file in instead of linking to it)"
    }
}
