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
    /// The misconceptions its distractors name (`Choice.misconception`).
    public var misconceptions: [Misconception]
    /// Its client-case chains, each a run of its questions.
    public var cases: [ClientCase]
    /// The blueprint's content area its questions belong to unless they name their own.
    public var area: String?
    /// Where its `id` value is written, so a clash with another deck points there; `nil` for a
    /// deck not read from a file.
    public var idPosition: SourcePosition?

    public init(
        id: String, title: String, description: String? = nil, version: Int = 1, order: Int = 0, file: String,
        questions: [Question], misconceptions: [Misconception] = [], cases: [ClientCase] = [],
        idPosition: SourcePosition? = nil, area: String? = nil
    ) {
        self.area = area
        self.id = id
        self.title = title
        self.description = description
        self.version = version
        self.order = order
        self.file = file
        self.questions = questions
        self.misconceptions = misconceptions
        self.cases = cases
        self.idPosition = idPosition
    }

    public func question(id: String) -> Question? {
        questions.first { $0.id == id }
    }

    public func misconception(id: String) -> Misconception? {
        misconceptions.first { $0.id == id }
    }

    /// The case a question is a step of, if any.
    public func clientCase(containing questionID: String) -> ClientCase? {
        cases.first { $0.steps.contains(questionID) }
    }
}
