import BodyMaps
import Testing

@Suite struct MapRasterizerTests {
    @Test func polygonContainsItsInsideAndNotItsOutside() {
        let triangle = MapPolygon([MapPoint(x: 0, y: 0), MapPoint(x: 10, y: 0), MapPoint(x: 0, y: 10)])
        #expect(triangle.contains(MapPoint(x: 2, y: 2)))
        #expect(!triangle.contains(MapPoint(x: 8, y: 8)))
        #expect(!MapPolygon([MapPoint(x: 0, y: 0), MapPoint(x: 1, y: 1)]).contains(MapPoint(x: 0.5, y: 0.5)))
    }

    @Test func zonesAreClippedToTheSilhouetteAndTheStrongerPaintWins() throws {
        let model = try smallModel()
        let view = try #require(model.view(named: "front"))
        let heel = try #require(model.region(named: "heel-right"))
        let sacrum = try #require(model.region(named: "sacrum"))
        let grid = MapRasterizer.grid(
            of: view, side: .right, zones: [(heel, .spillover), (sacrum, .essential), (heel, .essential)],
            triggerPoints: [MapPoint(x: 7.5, y: 3.5)], columns: 10)
        #expect(grid.width == 10)
        #expect(grid.height == 20)
        #expect(
            grid.plainLines() == [
                " ........",
                " ......×.",
                " ........",
                " ........",
                " ...##...",
                " ........",
                " ........",
                " ####....",
                " ####....",
                " ####....",
            ])
    }

    @Test func aOneSideViewOfTheLeftIsTheMirrorImageAndShowsOnlyThatSide() throws {
        let model = try smallModel()
        let view = try #require(model.view(named: "head-side"))
        let zones = model.regions.filter { $0.baseName == "temple" }.map {
            (region: $0, paint: MapPaint.essential)
        }
        let right = MapRasterizer.grid(of: view, side: .right, zones: zones, triggerPoints: [], columns: 10)
        let left = MapRasterizer.grid(of: view, side: .left, zones: zones, triggerPoints: [], columns: 10)
        #expect(right.plainLines()[1] == " .....##.")
        #expect(left.plainLines()[1] == " .##.....")
    }
}
