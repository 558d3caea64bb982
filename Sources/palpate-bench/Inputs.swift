import Foundation

/// The benchmark's generated inputs, in one temporary folder removed when the run ends.
///
/// Each input is made once per run and shared by the scenarios that need it (the queue and the
/// answer scenarios use the same store). Everything is seeded, so every run measures the same
/// files.
final class Inputs {
    /// The moment the benchmark pretends it is: histories end the day before.
    static let now = Date(timeIntervalSince1970: 1_772_438_400)  // 2026-03-02T08:00:00Z

    let root: URL
    let packageRoot: URL
    private var made: Set<String> = []
    private lazy var decks = Result {
        try DeckGenerator(quizzes: packageRoot.appendingPathComponent("Quizzes"))
    }

    init(packageRoot: URL) throws {
        self.packageRoot = packageRoot
        root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "palpate-bench-\(getpid())", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Makes `name` once with `make`, announcing it on standard error (generation can take a while).
    func once(_ name: String, _ make: (URL) throws -> Void) throws -> URL {
        let url = root.appendingPathComponent(name)
        if made.insert(name).inserted {
            Log.note("generating \(name)…")
            try make(url)
        }
        return url
    }

    /// A content folder: the bundled lessons (linked, not copied) and `decks` generated decks
    /// holding `questions` questions in all.
    func content(questions: Int, decks deckCount: Int) throws -> URL {
        try once("content-\(questions)-\(deckCount)") { folder in
            let quizzes = folder.appendingPathComponent("Quizzes")
            try FileManager.default.createDirectory(at: quizzes, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(
                at: folder.appendingPathComponent("Curriculum"),
                withDestinationURL: packageRoot.appendingPathComponent("Curriculum"))
            let generator = try decks.get()
            for deck in 0..<deckCount {
                let numbers = (questions * deck / deckCount)..<(questions * (deck + 1) / deckCount)
                let text = generator.deck(id: Self.deckID(deck), order: deck, numbers: numbers)
                try Data(text.utf8).write(to: quizzes.appendingPathComponent("\(Self.deckID(deck)).json"))
            }
        }
    }

    /// The card ids of `content(questions:decks:)`, in the same order.
    static func cardIDs(questions: Int, decks deckCount: Int) -> [String] {
        (0..<deckCount).flatMap { deck in
            ((questions * deck / deckCount)..<(questions * (deck + 1) / deckCount)).map {
                "\(deckID(deck))/\(DeckGenerator.questionID($0))"
            }
        }
    }

    static func deckID(_ index: Int) -> String { "bench-\(index + 1)" }

    /// A content folder of `cards` questions in 5 decks and a data folder holding a year of
    /// study of them, `reviews` reviews in all.
    func study(cards: Int, reviews: Int) throws -> (content: URL, data: URL) {
        let content = try content(questions: cards, decks: 5)
        let data = try once("data-\(cards)-\(reviews)") { folder in
            try HistoryGenerator(
                cardIDs: Self.cardIDs(questions: cards, decks: 5), reviews: reviews, end: Self.now
            ).write(into: folder)
        }
        return (content, data)
    }

    /// A replay CSV of `rows` reviews.
    func replayCSV(rows: Int) throws -> URL {
        try once("replay-\(rows).csv") { url in
            try ReplayCSVGenerator(rows: rows, start: Self.now.addingTimeInterval(-2 * 365 * 86_400))
                .write(to: url)
        }
    }
}

/// Progress notes on standard error, so standard output holds only the table or the JSON.
enum Log {
    static func note(_ text: String) {
        FileHandle.standardError.write(Data("palpate-bench: \(text)\n".utf8))
    }
}
