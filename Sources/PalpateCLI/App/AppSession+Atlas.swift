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
                "the referral maps cannot be read (\(plural(loaded.diagnostics.count { $0.severity == .error }, "error"))); run 'palpate check' for details"
            )
        }
        return atlas
    }

    /// How `region` questions are drawn here; a course whose maps cannot be read still gets one,
    /// which says so at each such question. The maps are read at the first such question, not
    /// before: a session without one never reads them.
    func regionQuestionView() -> RegionQuestionView {
        RegionQuestionView(
            loadingModel: { (try? self.referralAtlas())?.model }, mapWidth: mapWidth, style: style)
    }

    /// The maps for a command that can do without them (`read`, `report`): `nil` for a course
    /// without maps, and `nil` with one warning on standard error when they cannot be read, so
    /// the lesson or the report is still shown.
    func referralAtlasIfReadable() -> ReferralAtlas? {
        do {
            return try referralAtlas()
        } catch let failure as CommandFailure
            where !failure.message.hasPrefix("this course has no referral maps")
        {
            printError("warning: \(failure.message)")
            return nil
        } catch {
            return nil
        }
    }

    /// Columns a map may fill: the terminal's real width (a map narrower than the reading width
    /// would be cut), else `COLUMNS`, else 80; at most 120.
    var mapWidth: Int {
        min(120, context.terminalWidth ?? context.environment["COLUMNS"].flatMap { Int($0) } ?? 80)
    }
}
