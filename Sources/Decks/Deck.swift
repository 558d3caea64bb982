import Curriculum
import TextFormats

/// A quiz deck an instructor authored: metadata and questions, in the author's order.
public struct Deck: Sendable, Equatable {
    public var id: String
    public var title: String
    public var description: String?
    /// Bumped by the author on each edit; recorded with reports.
    public var version: Int
    /// Where the deck's new cards come in the curriculum (lower first).
    public var order: Int
    public var file: String
    public var questions: [Question]
    /// Where its `id` value is written, so a clash with another deck points there; `nil` for a
    /// deck not read from a file.
    public var idPosition: SourcePosition?

    public init(
        id: String, title: String, description: String? = nil, version: Int = 1, order: Int = 0, file: String,
        questions: [Question], idPosition: SourcePosition? = nil
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.version = version
        self.order = order
        self.file = file
        self.questions = questions
        self.idPosition = idPosition
    }

    public func question(id: String) -> Question? {
        questions.first { $0.id == id }
    }
}
