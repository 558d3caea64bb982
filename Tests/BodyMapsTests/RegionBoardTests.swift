import BodyMaps
import Foundation
import Testing

/// The board a `region` question is answered on: numbered from the model alone, every region
/// numbered on the map or listed as too small, no number touching another, within the width.
@Suite struct RegionBoardTests {
    @Test func numbersTheQuestionsSideAndTheMidlineOnly() throws {
        let model = try BodyMapsFixtures.atlas().model
        let board = RegionBoard(model: model, views: ["back"], side: .right)
        #expect(board.names.contains("heel"))
        #expect(board.names.contains("sacrum"))
        #expect(!board.names.contains { $0.hasSuffix("-left") || $0.hasSuffix("-right") })
        #expect(board.entries.allSatisfy { $0.region.side != .left })
        #expect(Set(board.names).count == board.names.count)
        // Top to bottom: the head before the heel.
        #expect(try #require(board.number(of: "back-of-head")) < #require(board.number(of: "heel")))
    }

    @Test func bothSidesAreNumberedWhenTheAnswerNamesTheOtherSide() throws {
        let model = try BodyMapsFixtures.atlas().model
        let board = RegionBoard(model: model, views: ["front"], side: .right, bothSides: true)
        #expect(board.names.contains("forehead"))
        #expect(board.names.contains("forehead-left"))
        #expect(board.entries.first { $0.name == "forehead-left" }?.title == "Forehead (left)")
    }

    @Test func aRegionInTwoViewsIsNumberedOnce() throws {
        let model = try BodyMapsFixtures.atlas().model
        let board = RegionBoard(model: model, views: ["back", "front"], side: .right)
        #expect(board.names.filter { $0 == "side-of-shoulder" }.count == 1)
        #expect(board.entries.first { $0.name == "side-of-shoulder" }?.view == "back")
    }

    @Test(arguments: ["front", "back", "head-side"], [40, 80, 120])
    func everyRegionIsNumberedOrListedWithinTheWidth(view: String, width: Int) throws {
        let model = try BodyMapsFixtures.atlas().model
        let board = RegionBoard(model: model, views: [view], side: .right)
        let drawing = try RegionBoardDrawing.make(board: board, width: width)
        let lines = drawing.plainLines()
        #expect(lines.allSatisfy { $0.count <= width })
        var labelled = Set<Int>()
        for panel in drawing.panels {
            for row in panel.cells {
                var previousLabel: Int?
                for cell in row {
                    if case .label(_, let index) = cell {
                        // A number never runs into another one on its line.
                        #expect(previousLabel == nil || previousLabel == index)
                        labelled.insert(index)
                        previousLabel = index
                    } else {
                        previousLabel = nil
                    }
                }
            }
        }
        #expect(labelled.union(drawing.unlabelled) == Set(board.entries.indices))
        #expect(labelled.isDisjoint(with: drawing.unlabelled))
        // Most regions are numbered on the map itself.
        #expect(drawing.unlabelled.count * 5 < board.entries.count)
    }

    @Test func touchingRegionsGetDifferentShades() throws {
        let model = try BodyMapsFixtures.atlas().model
        let board = RegionBoard(model: model, views: ["head-side"], side: .right)
        let drawing = try RegionBoardDrawing.make(board: board, width: 80)
        let cells = drawing.panels[0].cells
        func owner(_ cell: RegionBoardDrawing.Cell) -> Int? {
            switch cell {
            case .region(let index), .label(_, let index): index
            default: nil
            }
        }
        for (y, row) in cells.enumerated() {
            for (x, cell) in row.enumerated() {
                guard let here = owner(cell), x + 1 < row.count, let right = owner(row[x + 1]), right != here
                else {
                    continue
                }
                #expect(drawing.shades[here] != drawing.shades[right], "row \(y), column \(x)")
            }
        }
    }

    @Test func tooNarrowSaysHowWideItNeeds() throws {
        let model = try BodyMapsFixtures.atlas().model
        let board = RegionBoard(model: model, views: ["back"], side: .right)
        #expect(throws: MapTooNarrow(available: 12, needed: 20)) {
            try RegionBoardDrawing.make(board: board, width: 12)
        }
    }

    /// The side of the head as a student sees it piped: the golden text.
    @Test func sideOfTheHeadInPlainText() throws {
        let model = try BodyMapsFixtures.atlas().model
        let board = RegionBoard(model: model, views: ["head-side"], side: .right)
        let drawing = try RegionBoardDrawing.make(board: board, width: 80)
        #expect(drawing.plainLines() == Self.sideOfTheHead)
        // Feedback marks a region's unlabelled cells with its character.
        let temple = try #require(board.number(of: "temple")) - 1
        #expect(drawing.plainLines(marks: [temple: "#"]).joined().contains("#"))
    }

    static let sideOfTheHead = [
        "          Side of the head (right)",
        "",
        "",
        "                 .....1......",
        "             ...................",
        "            ......................",
        "           .........2...........3..",
        "          ................4.........",
        "         ...........................",
        "         .......................5...",
        "        ....6...................8...",
        "        .............7..10...........",
        "        ..........9.............11.....",
        "        ...............................",
        "         ................13...14..16.",
        "          .............12.....15......",
        "           ..........................",
        "            ..................18.....",
        "              ..17.................",
        "               ...............",
        "                ......19....20",
        "                ..............",
        "                 ..............",
    ]
}
