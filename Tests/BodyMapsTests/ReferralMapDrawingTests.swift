import BodyMaps
import Foundation
import Testing

/// The plain-text maps: what a piped `palpate map`, a `NO_COLOR` terminal and the README show.
@Suite struct ReferralMapDrawingTests {
    /// Golden maps, committed under Fixtures/maps: change one only after looking at the new
    /// drawing (run with PALPATE_UPDATE_GOLDEN=1 to rewrite them, then read the diff).
    @Test(arguments: [
        ("soleus", 80), ("upper-trapezius", 80), ("forearm-flexors", 80), ("sternocleidomastoid", 80),
        ("soleus", 40),
    ])
    func plainMapMatchesTheCommittedText(muscle: String, width: Int) throws {
        let atlas = try BodyMapsFixtures.atlas()
        let pattern = try #require(atlas.pattern(muscle: muscle))
        let text =
            try ReferralMapDrawing.make(pattern: pattern, model: atlas.model, width: width)
            .plainLines().joined(separator: "\n") + "\n"
        let file = BodyMapsFixtures.fixtures.appendingPathComponent("maps/\(muscle)-\(width).txt")
        if ProcessInfo.processInfo.environment["PALPATE_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        let golden = try String(contentsOf: file, encoding: .utf8)
        #expect(text == golden)
    }

    @Test(arguments: [80, 40, 20])
    func everyPatternFitsTheWidthAndShowsItsTriggerPointsAndEssentialZone(width: Int) throws {
        let atlas = try BodyMapsFixtures.atlas()
        for pattern in atlas.patterns {
            let drawing = try ReferralMapDrawing.make(pattern: pattern, model: atlas.model, width: width)
            let lines = drawing.plainLines()
            let wide = lines.filter { $0.count > width }
            #expect(wide.isEmpty, "\(pattern.muscle) at \(width): \(wide.first ?? "")")
            let grid = drawing.panels.flatMap(\.grid.pixels)
            #expect(grid.contains(.triggerPoint), "\(pattern.muscle) at \(width) shows no trigger point")
            #expect(grid.contains(.essential), "\(pattern.muscle) at \(width) shows no essential zone")
            if !pattern.spillover.isEmpty {
                #expect(grid.contains(.spillover), "\(pattern.muscle) at \(width) shows no spillover zone")
            }
            #expect(
                lines.contains("× trigger point   # essential zone   + spillover zone   . body") || width < 60
            )
        }
    }

    @Test func twoViewsSitSideBySideWhenTheyFitAndStackWhenNot() throws {
        let atlas = try BodyMapsFixtures.atlas()
        let pattern = try #require(atlas.pattern(muscle: "sternocleidomastoid"))
        #expect(
            try ReferralMapDrawing.make(pattern: pattern, model: atlas.model, width: 100).bands == [[0, 1]])
        #expect(
            try ReferralMapDrawing.make(pattern: pattern, model: atlas.model, width: 60).bands == [[0], [1]])
    }

    @Test func aWidthUnderTheMinimumSaysHowWideItNeeds() throws {
        let atlas = try BodyMapsFixtures.atlas()
        let pattern = try #require(atlas.pattern(muscle: "soleus"))
        #expect(throws: MapTooNarrow(available: 19, needed: 20)) {
            try ReferralMapDrawing.make(pattern: pattern, model: atlas.model, width: 19)
        }
        #expect(
            MapTooNarrow(available: 19, needed: 20).description
                == "the referral map needs at least 20 columns, but only 19 are available; widen the window (or set COLUMNS)"
        )
    }

    @Test func theLegendSaysWhatEachFillCharacterMeans() {
        #expect(MapPaint.allCases.map(\.plainCharacter) == [" ", ".", "+", "#", "×"])
        #expect(Set(MapPaint.allCases.map(\.plainCharacter)).count == MapPaint.allCases.count)
    }
}

/// The README shows the soleus map as plain text: it must be the map Palpate draws.
@Suite struct ReadmeMapTests {
    @Test func readmeShowsTheSoleusMapAsDrawn() throws {
        let readme = try String(
            contentsOf: BodyMapsFixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let golden = try String(
            contentsOf: BodyMapsFixtures.fixtures.appendingPathComponent("maps/soleus-80.txt"),
            encoding: .utf8)
        #expect(readme.contains("$ palpate map soleus | cat\n" + golden))
    }
}
