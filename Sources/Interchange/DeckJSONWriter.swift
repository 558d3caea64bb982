import Curriculum
import Decks
import TextFormats

/// Imported questions written as a Palpate deck file (`format` 1), in the field order the README
/// shows, ready for `palpate check`.
public enum DeckJSONWriter {
    /// - Parameter lesson: the link every question gets (`--lesson`), or `nil` to leave it out.
    public static func write(
        id: String, title: String, questions: [ImportedQuestion], lesson: LessonLink?
    ) -> String {
        let deck: JSONValue = .object([
            ("$schema", .string("./deck.schema.json")), ("format", .int(1)), ("id", .string(id)),
            ("title", .string(title)), ("version", .int(1)),
            ("questions", .array(questions.map { question($0, lesson: lesson) })),
        ])
        return deck.serialized(pretty: true) + "\n"
    }

    static func question(_ question: ImportedQuestion, lesson: LessonLink?) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(question.id)), ("type", .string(QuestionType(question.kind).rawValue)),
        ]
        if !question.prompt.isEmpty { members.append(("prompt", .string(question.prompt))) }
        switch question.kind {
        case .multipleChoice(let choices, let correct, let multiple):
            members.append(
                (
                    "choices",
                    .array(
                        choices.map { choice in
                            choice.feedback == nil && choice.misconception == nil
                                ? .string(choice.text)
                                : .object(
                                    [("text", .string(choice.text))]
                                        + (choice.feedback.map { [("feedback", .string($0))] } ?? []))
                        })
                ))
            members.append(("answer", multiple ? .array(correct.map { .int($0) }) : .int(correct[0])))
            if multiple { members.append(("multiple", .bool(true))) }
        case .trueFalse(let answer): members.append(("answer", .bool(answer)))
        case .matching(let pairs):
            members.append(
                (
                    "pairs",
                    .array(pairs.map { .object([("left", .string($0.left)), ("right", .string($0.right))]) })
                ))
        case .ordering(let steps): members.append(("steps", .array(steps.map { .string($0) })))
        case .shortAnswer(let accepted): members.append(("accept", .array(accepted.map { .string($0) })))
        case .flashcard(let back): members.append(("back", .string(back)))
        case .cloze(let text, _): members.append(("text", .string(text)))
        case .region(let answer):
            members.append(("views", .array(answer.views.map { .string($0) })))
            if answer.side != RegionAnswer.defaultSide { members.append(("side", .string(answer.side))) }
            if let muscle = answer.muscle { members.append(("muscle", .string(muscle))) }
            members.append(("answer", .array(answer.essential.map { .string($0) })))
            if !answer.spillover.isEmpty {
                members.append(("spillover", .array(answer.spillover.map { .string($0) })))
            }
        }
        members.append(("explanation", .string(question.explanation)))
        if let lesson { members.append(("lesson", .string(lesson.description))) }
        if !question.tags.isEmpty { members.append(("tags", .array(question.tags.map { .string($0) }))) }
        return .object(members)
    }
}
