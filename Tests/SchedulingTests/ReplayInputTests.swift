import Testing

@testable import Scheduling

@Suite struct ReplayInputTests {
    private func history(_ csv: String) throws -> ReplayHistory {
        try ReplayInput.history(csv: Array(csv.utf8), fileName: "in.csv").get()
    }

    private func problems(_ csv: String) -> [ReplayProblem] {
        guard
            case .failure(.invalidInput(let problems)) = ReplayInput.history(
                csv: Array(csv.utf8), fileName: "in.csv")
        else { return [] }
        return problems
    }

    @Test func findsColumnsByNameInAnyOrderAndCase() throws {
        let read = try history("Rating, notes ,REVIEW_TIME,card_id\nEasy,x,2025-01-08T11:17:42Z, 7 \n")
        #expect(read.ids == ["7"])
        #expect(
            Array(read.reviews) == [
                .init(id: 0, rating: .easy, time: try ISOTimestamp.parse("2025-01-08T11:17:42Z"))
            ])
    }

    @Test func acceptsCRLFAndAByteOrderMark() throws {
        let read = try history("\u{FEFF}card_id,review_time,rating\r\n1,2025-01-08T11:17:42Z,1\r\n")
        #expect(read.reviews.map(\.rating) == [.again])
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

    /// Plain rows are read straight from the bytes, others through strings: both must agree.
    @Test func paddedAndNamedFieldsReadLikePlainOnes() throws {
        let read = try history(
            "card_id,review_time,rating\n"
                + "c1,2025-01-08T11:17:42Z,3\n"
                + " c1 , 2025-01-08T11:17:42Z ,good\n"
                + "\"c1\",\"2025-01-08T11:17:42Z\",\" 3\"\n"
                + "c2,2025-01-08T11:17:42Z,4\n"
                + "c2,2025-01-08T11:17:42Z,EASY\n"
                + "c2,2025-01-08T11:17:42Z,gooD\n"
                + "c2,2025-01-08T11:17:42Z,03\n")
        let time = try ISOTimestamp.parse("2025-01-08T11:17:42Z")
        #expect(read.ids == ["c1", "c2"])
        #expect(
            Array(read.reviews) == [
                .init(id: 0, rating: .good, time: time), .init(id: 0, rating: .good, time: time),
                .init(id: 0, rating: .good, time: time), .init(id: 1, rating: .easy, time: time),
                .init(id: 1, rating: .easy, time: time), .init(id: 1, rating: .good, time: time),
                .init(id: 1, rating: .good, time: time),
            ])
    }

    @Test func lettersThatOnlyLookLikeARatingNameAreRefused() {
        // `@` and `` ` `` sit next to the letters in ASCII; they must not pass for `A` or `a`.
        let found = problems(
            "card_id,review_time,rating\nc1,2025-01-08T11:17:42Z,H@RD\nc1,2025-01-08T11:17:42Z,e`sy\n")
        #expect(found.map(\.line) == [2, 3])
    }

    @Test func aCSVErrorAloneIsReportedEvenAfterBadRows() {
        let found = problems("card_id,review_time,rating\nc1,never,3\nc2,2025-01-08T11:17:42Z,\"3\n")
        #expect(found.map(\.line) == [3])
    }

    @Test func aBadHeaderIsReportedWithoutTheRows() {
        let found = problems("card,review_time,rating\nc1,never,3\n")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("the header has no card_id column") == true)
    }

    @Test func spellingsSwiftCountsAsOneStringNameOneCardButKeepTheirText() throws {
        let read = try history(
            "card_id,review_time,rating\nK1,2025-01-08T11:17:42Z,3\n\u{212A}1,2025-01-09T11:17:42Z,3\n"
                + "K2,2025-01-09T11:17:42Z,3\n\u{212A}1,2025-01-10T11:17:42Z,3\n")
        #expect(read.ids == ["K1", "\u{212A}1", "K2"])
        #expect(read.cardOfID == [0, 0, 1])
        #expect(read.cardCount == 2)
        #expect(read.reviews.map(\.id) == [0, 1, 2, 1])
    }

    @Test func manyCardsKeepTheirNumbers() throws {
        var csv = "card_id,review_time,rating\n"
        for card in 0..<3_000 { csv += "card-\(card),2025-01-08T11:17:42Z,3\n" }
        for card in stride(from: 2_999, through: 0, by: -1) { csv += "card-\(card),2025-01-09T11:17:42Z,3\n" }
        let read = try history(csv)
        #expect(read.ids == (0..<3_000).map { "card-\($0)" })
        #expect(read.reviews.map(\.id) == Array(0..<3_000) + Array((0..<3_000).reversed()))
    }

    @Test func longIDsThatShareTheirFirstBytesStayApart() throws {
        let prefix = "massage-therapy-anatomy-"
        var csv = "card_id,review_time,rating\n"
        for card in [1, 2, 1, 3, 2] { csv += "\(prefix)\(card),2025-01-08T11:17:42Z,3\n" }
        let read = try history(csv)
        #expect(read.ids == ["\(prefix)1", "\(prefix)2", "\(prefix)3"])
        #expect(read.reviews.map(\.id) == [0, 1, 0, 2, 1])
    }
}
