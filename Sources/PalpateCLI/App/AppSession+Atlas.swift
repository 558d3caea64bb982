import BodyMaps
import Content
import Foundation

extension AppSession {
    /// The referral maps of the current content (`Curriculum/body/`).
    ///
    /// - Throws: `CommandFailure` when the course has no maps or they cannot be read (the
    ///   details are for `palpate check`).
    func referralAtlas() throws -> ReferralAtlas {
        let folder = try contentRoot().appendingPathComponent("Curriculum").appendingPathComponent(
            ReferralAtlasLoader.folderName)
        let loaded = ReferralAtlasLoader.load(
            folder: folder,
            displayPrefix: ContentLibrary.displayName(folder, base: context.currentDirectory) + "/",
            lessons: nil)
        guard let atlas = loaded.atlas else {
            if loaded.diagnostics.isEmpty {
                throw CommandFailure("this course has no referral maps (no \(folder.path))")
            }
            throw CommandFailure(
                "the referral maps cannot be read (\(loaded.diagnostics.count { $0.severity == .error }) errors); run 'palpate check' for details"
            )
        }
        return atlas
    }

    /// How `region` questions are drawn here; a course whose maps cannot be read still gets one,
    /// which says so at each such question.
    func regionQuestionView() -> RegionQuestionView {
        RegionQuestionView(atlas: try? referralAtlas(), mapWidth: mapWidth, style: style)
    }

    /// Columns a map may fill: the terminal's real width (a map narrower than the reading width
    /// would be cut), else `COLUMNS`, else 80; at most 120.
    var mapWidth: Int {
        min(120, context.terminalWidth ?? context.environment["COLUMNS"].flatMap { Int($0) } ?? 80)
    }
}
