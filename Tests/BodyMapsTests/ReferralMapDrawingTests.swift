import BodyMaps
import Foundation
import Testing

@Suite struct ReferralMapDrawingTests {
    @Test func printSoleus() throws {
        let atlas = try BodyMapsFixtures.atlas()
        for muscle in ["soleus", "sternocleidomastoid", "forearm-flexors"] {
            let pattern = try #require(atlas.pattern(muscle: muscle))
            let drawing = try ReferralMapDrawing.make(pattern: pattern, model: atlas.model, width: 80)
            print(drawing.plainLines().joined(separator: "\n"))
        }
    }
}
