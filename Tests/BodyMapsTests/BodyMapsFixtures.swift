import BodyMaps
import Curriculum
import Foundation
import TextFormats

/// The repository's content, for tests that check the bundled maps.
enum BodyMapsFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let curriculum = packageRoot.appendingPathComponent("Curriculum")
    static let bodyFolder = curriculum.appendingPathComponent("body")
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures")

    static func lessons() -> LessonLibrary {
        LessonLibrary.load(folder: curriculum, displayPrefix: "Curriculum/").library
    }

    static func bundled() throws -> (atlas: ReferralAtlas?, diagnostics: [Diagnostic]) {
        ReferralAtlasLoader.load(folder: bodyFolder, displayPrefix: "Curriculum/body/", lessons: lessons())
    }

    static func atlas() throws -> ReferralAtlas {
        guard let atlas = try bundled().atlas else { throw FixtureError.noAtlas }
        return atlas
    }

    enum FixtureError: Error { case noAtlas }
}
