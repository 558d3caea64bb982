import TextFormats

/// Decides whether a response is right.
public enum AnswerChecker {
    /// `nil` for flashcards, which are self-graded and never right or wrong.
    public static func isCorrect(_ response: Response, for question: Question) -> Bool? {
        switch (question.kind, response) {
        case (.multipleChoice(_, let correct, _), .choices(let picked)):
            return picked.sorted() == correct
        case (.trueFalse(let answer), .trueFalse(let given)):
            return answer == given
        case (.matching(let pairs), .matching(let matched)):
            return matched == Array(0..<pairs.count)
        case (.ordering(let steps), .ordering(let given)):
            return given == Array(0..<steps.count)
        case (.shortAnswer(let accepted), .text(let text)):
            return ShortAnswerMatcher.matches(text, accepted: accepted)
        case (.cloze(let text, let deletion), .text(let given)):
            return (try? ClozeText(parsing: text))?.accepts(given, for: deletion) ?? false
        case (.region(let answer), .regions(let picked)):
            return RegionGrade(picked: picked, answer: answer).isCorrect
        case (.flashcard, _):
            return nil
        default:
            return false
        }
    }
}

extension AnswerChecker {
    /// How much of the answer was right, from 0 to 1: a region answer's partial credit
    /// (`RegionGrade`), else 1 or 0; `nil` for flashcards.
    public static func credit(_ response: Response, for question: Question) -> Double? {
        if case .region(let answer) = question.kind, case .regions(let picked) = response {
            return RegionGrade(picked: picked, answer: answer).credit
        }
        return isCorrect(response, for: question).map { $0 ? 1 : 0 }
    }
}

/// Compares a typed answer with the accepted ones, forgiving what should not cost a student the
/// card: case, accents, punctuation, spacing, a leading article and one small typo.
public enum ShortAnswerMatcher {
    public static func matches(_ given: String, accepted: [String]) -> Bool {
        match(given, accepted: accepted) != nil
    }

    /// The accepted answer a typo was forgiven against, so the feedback can show the spelling;
    /// `nil` when the answer was right as typed (case, accents and punctuation aside) or wrong.
    public static func forgivenSpelling(of given: String, accepted: [String]) -> String? {
        guard let found = match(given, accepted: accepted), found.forgivenTypo else { return nil }
        return found.accepted
    }

    private static func match(_ given: String, accepted: [String]) -> (accepted: String, forgivenTypo: Bool)?
    {
        let answer = canonical(given)
        guard !answer.isEmpty else { return nil }
        let targets = accepted.map { ($0, canonical($0)) }
        if let exact = targets.first(where: { $0.1 == answer }) { return (exact.0, false) }
        // Numbers must be exact: "5" is not "6", however short the edit.
        guard !answer.contains(where: \.isNumber) else { return nil }
        for (candidate, target) in targets where !target.contains(where: \.isNumber) {
            let allowed = allowedTypos(forLength: target.count)
            if allowed > 0 && abs(answer.count - target.count) <= allowed
                && EditDistance.between(answer, target) <= allowed
            {
                return (candidate, true)
            }
        }
        return nil
    }

    /// One typo for words of 4–7 letters, two from 8, none for very short answers where one
    /// letter changes the meaning.
    static func allowedTypos(forLength length: Int) -> Int {
        switch length {
        case ..<4: 0
        case 4..<8: 1
        default: 2
        }
    }

    static func canonical(_ text: String) -> String {
        var words = AnswerNormalizer.normalize(text).split(separator: " ").map(String.init)
        if words.count > 1, ["the", "a", "an"].contains(words[0]) { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
