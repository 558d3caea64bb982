@testable import Decks

/// A deck text around `questions` (JSON objects, comma-separated).
func lintDeck(_ questions: [String], extra: String = "") -> String {
    """
    {
      "format": 1, "id": "lint", "title": "Lint fixture",\(extra)
      "questions": [
    \(questions.joined(separator: ",\n"))
      ]
    }
    """
}

/// A true/false question.
func trueFalse(_ id: String, _ prompt: String, _ answer: Bool) -> String {
    """
        { "id": "\(id)", "type": "true-false", "prompt": "\(prompt)", "answer": \(answer),
          "explanation": "Because.", "lesson": "safety" }
    """
}

/// A single-answer question whose choices all have feedback; the key is `answer`.
func choiceQuestion(_ id: String, _ prompt: String, choices: [String], answer: Int) -> String {
    let items = choices.map { "{ \"text\": \"\($0)\", \"feedback\": \"Why.\" }" }.joined(separator: ", ")
    return """
            { "id": "\(id)", "type": "multiple-choice", "prompt": "\(prompt)",
              "choices": [\(items)], "answer": \(answer),
              "explanation": "Because.", "lesson": "safety" }
        """
}

/// The messages of a decoding's warnings.
func warnings(_ text: String) -> [String] {
    decode(text).diagnostics.filter { $0.severity == .warning }.map(\.message)
}
