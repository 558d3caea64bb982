import Curriculum
import TextFormats

/// One question of a deck. Its `id` is its identity for scheduling: text may change, the id must not.
public struct Question: Sendable, Equatable {
    public var id: String
    public var lesson: LessonLink
    /// The question's own tags followed by the deck's.
    public var tags: [String]
    /// 1-based line where the question starts in its deck file.
    public var line: Int
    /// Where its `id` value is written, so a clash with another deck points there; `nil` for a
    /// question not read from a file.
    public var idPosition: SourcePosition?
    /// The prompt, explanation and answers, packed (see `QuestionBody` for why).
    public let body: QuestionBody
    /// The exam blueprint's content area it belongs to: its own `area`, else its deck's.
    public var area: String?

    public var kind: Kind { body.kind }
    public var prompt: String { body.prompt }
    public var explanation: String { body.explanation }
    /// The kind's name, without unpacking the kind.
    public var type: QuestionType { body.type }

    public init(
        id: String, kind: Kind, prompt: String, explanation: String, lesson: LessonLink, tags: [String] = [],
        line: Int = 0, idPosition: SourcePosition? = nil, area: String? = nil
    ) {
        self.init(
            id: id, body: QuestionBody(kind: kind, prompt: prompt, explanation: explanation), lesson: lesson,
            tags: tags, line: line, idPosition: idPosition, area: area)
    }

    public init(
        id: String, body: QuestionBody, lesson: LessonLink, tags: [String] = [], line: Int = 0,
        idPosition: SourcePosition? = nil, area: String? = nil
    ) {
        self.area = area
        self.id = id
        self.body = body
        self.lesson = lesson
        self.tags = tags
        self.line = line
        self.idPosition = idPosition
    }

    public enum Kind: Sendable, Equatable {
        /// `correct` holds choice indices, ascending; `multiple` means "choose all that apply".
        case multipleChoice(choices: [Choice], correct: [Int], multiple: Bool)
        case trueFalse(answer: Bool)
        /// Pairs in the author's order; the right-hand items are shuffled when shown.
        case matching(pairs: [MatchingPair])
        /// Steps in the correct order; shuffled when shown.
        case ordering(steps: [String])
        /// Accepted answers; the first is the one shown as "the answer".
        case shortAnswer(accepted: [String])
        /// Self-graded: the student sees the back and rates their own recall.
        case flashcard(back: String)
        /// One card of a cloze text (`ClozeText`): the whole text, and the number of the
        /// deletions this card hides.
        case cloze(text: String, deletion: Int)
        /// Regions of the body model picked on a blank view, graded with partial credit
        /// (`RegionGrade`).
        case region(RegionAnswer)
    }

    /// The JSON `type` value of each kind.
    public var typeName: String { type.rawValue }
}

/// The `type` names deck files use.
public enum QuestionType: String, Sendable, CaseIterable {
    case multipleChoice = "multiple-choice"
    case trueFalse = "true-false"
    case matching
    case ordering
    case shortAnswer = "short-answer"
    case flashcard
    case cloze
    case region

    /// Flashcards: the student grades their own recall.
    public var isSelfGraded: Bool { self == .flashcard }

    public init(_ kind: Question.Kind) {
        switch kind {
        case .multipleChoice: self = .multipleChoice
        case .trueFalse: self = .trueFalse
        case .matching: self = .matching
        case .ordering: self = .ordering
        case .shortAnswer: self = .shortAnswer
        case .flashcard: self = .flashcard
        case .cloze: self = .cloze
        case .region: self = .region
        }
    }
}

public struct Choice: Sendable, Equatable {
    public var text: String
    /// Shown when a student picks this choice (why it is right or wrong).
    public var feedback: String?
    /// The id of the deck's misconception this distractor stands for (`Deck.misconceptions`).
    public var misconception: String?

    public init(_ text: String, feedback: String? = nil, misconception: String? = nil) {
        self.text = text
        self.feedback = feedback
        self.misconception = misconception
    }
}

public struct MatchingPair: Sendable, Equatable {
    public var left: String
    public var right: String

    public init(left: String, right: String) {
        self.left = left
        self.right = right
    }
}
