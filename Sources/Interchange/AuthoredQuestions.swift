import Decks

/// A deck's questions as their author wrote them: the cards of a cloze question (`q--c1`,
/// `q--c2`…) gathered back into one question `q` with its whole text, as exports write them.
public enum AuthoredQuestions {
    public static func of(_ deck: Deck) -> [ImportedQuestion] {
        var questions: [ImportedQuestion] = []
        var clozeSeen: Set<String> = []
        for question in deck.questions {
            if case .cloze(let text, _) = question.kind, let (id, _) = ClozeText.split(cardID: question.id) {
                guard clozeSeen.insert(id).inserted else { continue }
                questions.append(
                    ImportedQuestion(
                        id: id, kind: .cloze(text: text, deletion: 0), prompt: "",
                        explanation: question.explanation,
                        tags: question.tags, line: question.line))
            } else {
                questions.append(
                    ImportedQuestion(
                        id: question.id, kind: question.kind, prompt: question.prompt,
                        explanation: question.explanation, tags: question.tags, line: question.line))
            }
        }
        return questions
    }
}
