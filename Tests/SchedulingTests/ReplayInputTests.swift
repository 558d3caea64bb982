import Testing

@testable import Scheduling

@Suite struct ReplayInputTests {
    private func reviews(_ csv: String) throws -> [ReplayReview] {
        try ReplayInput.reviews(csv: csv, fileName: "in.csv").get()
    }

    private func problems(_ csv: String) -> [ReplayProblem] {
        guard case .failure(.invalidInput(let problems)) = ReplayInput.reviews(csv: csv, fileName: "in.csv")
        else { return [] }
        return problems
    }

    @Test func findsColumnsByNameInAnyOrderAndCase() throws {
        let read = try reviews("Rating, notes ,REVIEW_TIME,card_id\nEasy,x,2025-01-08T11:17:42Z, 7 \n")
        #expect(
            read == [
                ReplayReview(cardID: "7", time: try ISOTimestamp.parse("2025-01-08T11:17:42Z"), rating: .easy)
            ])
    }

    @Test func acceptsCRLFAndAByteOrderMark() throws {
        let read = try reviews("\u{FEFF}card_id,review_time,rating\r\n1,2025-01-08T11:17:42Z,1\r\n")
        #expect(read.map(\.rating) == [.again])
    }

    @Test func missingColumnIsNamedWithASuggestion() {
        let found = problems("card_id,review_time,ratings\n1,2025-01-08T11:17:42Z,3\n")
        #expect(found.count == 1)
        #expect(found.first?.line == 1)
        #expect(found.first?.message.contains("the header has no rating column") == true)
        #expect(found.first?.message.contains("did you mean to call 'ratings' rating?") == true)
    }

    @Test func duplicateColumnIsRefused() {
        let found = problems("card_id,rating,review_time,rating\n")
        #expect(found.map(\.message) == ["the header names rating 2 times; keep one"])
    }

    @Test func emptyFileNeedsAHeader() {
        #expect(problems("").first?.message.contains("the file is empty") == true)
    }

    @Test func malformedCSVIsReportedAtItsLine() {
        let found = problems("card_id,review_time,rating\n1,2025-01-08T11:17:42Z,\"3\n")
        #expect(found.map(\.line) == [2])
        #expect(found.first?.message.contains("never closed") == true)
    }

    @Test func ratingsReadAsNumbersOrNames() {
        #expect(Rating(text: "1") == .again)
        #expect(Rating(text: " hard ") == .hard)
        #expect(Rating(text: "GOOD") == .good)
        #expect(Rating(text: "Easy") == .easy)
        #expect(Rating(text: "5") == nil)
        #expect(Rating(text: "0") == nil)
        #expect(Rating(text: "") == nil)
    }
}
