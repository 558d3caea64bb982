import Testing

@testable import Curriculum

@Suite struct MarkdownDocumentTests {
    private let document = MarkdownDocument(blocks: [
        .paragraph("Intro."),
        .heading(level: 2, text: "Definition", anchor: "definition", line: 9),
        .paragraph("A spot."),
        .heading(level: 2, text: "Taut band", anchor: "taut-band", line: 13),
        .paragraph("Feel it."),
        .heading(level: 3, text: "Band", anchor: "band", line: 17),
        .list(ordered: false, items: [.init(depth: 0, text: "cord")]),
        .heading(level: 3, text: "Nodule", anchor: "nodule", line: 21),
        .paragraph("A pea."),
        .heading(level: 2, text: "Summary", anchor: "summary", line: 25),
        .quote(["Remember."]),
    ])

    @Test func listsSectionsInOrderWithTheirLevelsAndLines() {
        #expect(document.sections.map(\.anchor) == ["definition", "taut-band", "band", "nodule", "summary"])
        #expect(
            document.sections[2]
                == MarkdownDocument.Section(anchor: "band", title: "Band", level: 3, line: 17, blockIndex: 5))
    }

    @Test func aSectionRunsToTheNextHeadingOfTheSameLevel() {
        #expect(
            document.blocks(ofSection: "definition") == [
                .heading(level: 2, text: "Definition", anchor: "definition", line: 9), .paragraph("A spot."),
            ])
    }

    @Test func aSectionIncludesItsSubsections() {
        #expect(document.blocks(ofSection: "taut-band") == Array(document.blocks[3..<9]))
    }

    @Test func aSubsectionStopsAtASiblingOrAHigherHeading() {
        #expect(document.blocks(ofSection: "band") == Array(document.blocks[5..<7]))
        #expect(document.blocks(ofSection: "nodule") == Array(document.blocks[7..<9]))
    }

    @Test func theLastSectionRunsToTheEnd() {
        #expect(document.blocks(ofSection: "summary") == Array(document.blocks[9...]))
    }

    @Test func anUnknownAnchorHasNoBlocks() {
        #expect(document.blocks(ofSection: "nowhere") == nil)
    }
}
