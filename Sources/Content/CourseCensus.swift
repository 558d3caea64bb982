import Curriculum
import Decks

/// What a course holds, counted the same way every time: the figures the README's "The bundled
/// course" section states, so a test can keep them true as the content grows.
public struct CourseCensus: Sendable, Equatable {
    public var lessons = 0
    /// Every heading a question can link to (`lesson#anchor`).
    public var sections = 0
    /// Sections that teach a referral pattern: those with a "**Referral zone" line, the
    /// heading every muscle's section in the referral lessons carries.
    public var referralPatterns = 0
    public var decks: [DeckCount] = []
    public var caseChains = 0
    public var misconceptions = 0
    /// Distractors tagged with a misconception.
    public var taggedDistractors = 0

    public struct DeckCount: Sendable, Equatable {
        public var id: String
        public var questions = 0
        /// Questions by type, in `QuestionType`'s order.
        public var byType: [QuestionType: Int] = [:]
        /// Single-best-answer client scenarios (tagged `scenario`) and case-chain steps.
        public var scenarios = 0
    }

    public init() {}

    public init(_ library: ContentLibrary) {
        lessons = library.lessons.lessons.count
        for lesson in library.lessons.lessons {
            sections += lesson.document.sections.count
            referralPatterns += lesson.document.sections.count { section in
                (lesson.document.blocks(ofSection: section.anchor) ?? []).contains(where: Self.isReferralZone)
            }
        }
        for deck in library.decks {
            var count = DeckCount(id: deck.id, questions: deck.questions.count)
            let steps = Set(deck.cases.flatMap(\.steps))
            for question in deck.questions {
                count.byType[question.type, default: 0] += 1
                if question.tags.contains("scenario") || steps.contains(question.id) { count.scenarios += 1 }
                if case .multipleChoice(let choices, _, _) = question.kind {
                    taggedDistractors += choices.count { $0.misconception != nil }
                }
            }
            decks.append(count)
            caseChains += deck.cases.count
            misconceptions += deck.misconceptions.count
        }
    }

    public var questions: Int { decks.reduce(0) { $0 + $1.questions } }

    /// The census as the Markdown the README carries.
    public var markdown: String {
        var text = "| Deck | Questions | "
        text += QuestionType.allCases.map(\.rawValue).joined(separator: " | ") + " | Client scenarios |\n"
        text += "| --- | ---: |" + String(repeating: " ---: |", count: QuestionType.allCases.count + 1) + "\n"
        for deck in decks {
            let types = QuestionType.allCases.map { String(deck.byType[$0] ?? 0) }
            text +=
                "| \(deck.id) | \(deck.questions) | " + types.joined(separator: " | ")
                + " | \(deck.scenarios) |\n"
        }
        text +=
            "\n\(lessons) lessons in \(sections) sections, \(referralPatterns) of them teaching a muscle's referral "
        text += "pattern; \(questions) questions in \(decks.count) decks, \(caseChains) client-case chains, "
        text += "\(misconceptions) misconceptions named by \(taggedDistractors) distractors.\n"
        return text
    }

    private static func isReferralZone(_ block: MarkdownBlock) -> Bool {
        guard case .list(_, let items) = block else { return false }
        return items.contains { $0.text.hasPrefix("**Referral zone") }
    }
}
