import Decks

/// A question read from another format, as a deck file writes it: for a cloze question the
/// `kind` is `.cloze(text:deletion: 0)`, the whole text, not one of its cards.
public struct ImportedQuestion: Sendable, Equatable {
    public var id: String
    public var kind: Question.Kind
    /// Empty for a cloze question (its cards' prompts come from its text).
    public var prompt: String
    public var explanation: String
    public var tags: [String]
    /// Where it starts in its source file (1-based).
    public var line: Int

    public init(
        id: String, kind: Question.Kind, prompt: String, explanation: String, tags: [String] = [], line: Int
    ) {
        self.id = id
        self.kind = kind
        self.prompt = prompt
        self.explanation = explanation
        self.tags = tags
        self.line = line
    }
}

/// What an import did with each question of its source: converted as is, converted with a
/// change the author should know of, or skipped, each with the source line and why.
public struct ImportNote: Sendable, Equatable, CustomStringConvertible {
    /// What an export did with one of the deck's questions: written, or left out and why.
    static func exported(
        _ question: ImportedQuestion, of deck: Deck, skippedBecause reason: String? = nil
    ) -> ImportNote {
        ImportNote(
            file: deck.file, line: question.line, outcome: reason == nil ? .converted : .skipped,
            subject: "'\(question.id)'", reason: reason ?? "")
    }

    public enum Outcome: String, Sendable, Equatable, CaseIterable {
        case converted, changed, skipped
    }

    public var file: String
    public var line: Int
    public var outcome: Outcome
    /// The question's id when it was kept, else its title or the start of its text.
    public var subject: String
    public var reason: String
    /// Where in the source when a line number means nothing there (`note 1712…` in an Anki
    /// package); shown instead of the line.
    public var place: String?

    public init(file: String, line: Int, outcome: Outcome, subject: String, reason: String = "") {
        self.file = file
        self.line = line
        self.outcome = outcome
        self.subject = subject
        self.reason = reason
    }

    public var description: String {
        "\(file):\(place.map { " \($0):" } ?? "\(line):") \(outcome.rawValue) \(subject)"
            + (reason.isEmpty ? "" : ": \(reason)")
    }
}

/// The questions an import read and its notes.
public struct ImportResult: Sendable {
    public var questions: [ImportedQuestion] = []
    public var notes: [ImportNote] = []
    /// The last part of the first category the file names (`$course$/top/Referral patterns` →
    /// `Referral patterns`), which an exported deck's title went into: the deck's title on
    /// import, rather than the file's name.
    public var category: String?

    public init(questions: [ImportedQuestion] = [], notes: [ImportNote] = []) {
        self.questions = questions
        self.notes = notes
    }

    public mutating func append(_ other: ImportResult) {
        questions += other.questions
        notes += other.notes
        category = category ?? other.category
    }
}

/// A source that cannot be imported at all: nothing is written.
public struct InterchangeError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int?
    public var message: String
    /// Where in the source when a line number means nothing there (`entry 'collection.anki21',
    /// byte 1234` in an Anki package); shown instead of the line.
    public var place: String?

    public init(file: String, line: Int, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public init(file: String, place: String, message: String) {
        self.init(file: file, line: 0, message: message)
        self.place = place.isEmpty ? nil : place
    }

    public var description: String {
        if let place { return "\(file) (\(place)): error: \(message)" }
        if line == 0 { return "\(file): error: \(message)" }
        return "\(file):\(line)\(column.map { ":\($0)" } ?? ""): error: \(message)"
    }
}
