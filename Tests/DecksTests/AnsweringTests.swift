import Curriculum
import Testing

@testable import Decks

/// A generator that always returns the same sequence, so shuffles are known in tests.
struct CountingGenerator: RandomNumberGenerator {
    var state: UInt64 = 0
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

private func question(_ kind: Question.Kind) -> Question {
    Question(id: "q", kind: kind, prompt: "?", explanation: "because", lesson: LessonLink(lessonID: "l"))
}

private let single = question(
    .multipleChoice(choices: ["A", "B", "C", "D"].map { Choice($0) }, correct: [2], multiple: false))
private let several = question(
    .multipleChoice(choices: ["A", "B", "C", "D"].map { Choice($0) }, correct: [0, 2], multiple: true))
private let identity4 = Presentation.identity(count: 4)

@Suite struct ResponseParserTests {
    @Test func multipleChoiceTakesALetterOrANumber() {
        #expect(
            ResponseParser.parse("c", question: single, presentation: identity4) == .answer(.choices([2])))
        #expect(
            ResponseParser.parse(" C) ", question: single, presentation: identity4) == .answer(.choices([2])))
        #expect(
            ResponseParser.parse("3", question: single, presentation: identity4) == .answer(.choices([2])))
    }

    @Test func lettersMapBackThroughTheShuffle() {
        let shuffled = Presentation(order: [3, 2, 1, 0])
        // "b" is displayed second, which is the author's choice 2.
        #expect(ResponseParser.parse("b", question: single, presentation: shuffled) == .answer(.choices([2])))
    }

    @Test func severalCorrectAcceptsListsInAnyForm() {
        for typed in ["a,c", "a c", "ac", "c, a", "1,3"] {
            #expect(
                ResponseParser.parse(typed, question: several, presentation: identity4)
                    == .answer(.choices([0, 2])), "\(typed)")
        }
    }

    @Test func unreadableAnswersAreExplainedNotGraded() {
        guard
            case .unreadable(let message) = ResponseParser.parse(
                "e", question: single, presentation: identity4)
        else {
            Issue.record("expected unreadable")
            return
        }
        #expect(message == "there is no choice 'e'; the choices are a–d")
        #expect(
            ResponseParser.parse("a,b", question: single, presentation: identity4)
                == .unreadable("choose one answer (a–d); only one is correct"))
        #expect(
            ResponseParser.parse("", question: single, presentation: identity4)
                == .unreadable("answer with one letter, a–d"))
        #expect(
            ResponseParser.parse(
                "maybe", question: question(.trueFalse(answer: true)), presentation: .identity(count: 0))
                == .unreadable("answer t (true) or f (false)"))
    }

    @Test func trueFalseAcceptsTheUsualWords() {
        let tf = question(.trueFalse(answer: false))
        for (typed, value) in [("t", true), ("TRUE", true), ("y", true), ("f", false), ("no", false)] {
            #expect(
                ResponseParser.parse(typed, question: tf, presentation: .identity(count: 0))
                    == .answer(.trueFalse(value)))
        }
    }

    @Test func matchingTakesLettersInOrderOrNumberedPairs() {
        let matching = question(
            .matching(pairs: (0..<3).map { MatchingPair(left: "L\($0)", right: "R\($0)") }))
        let shown = Presentation(order: [2, 0, 1])  // a=R2, b=R0, c=R1
        let expected = ResponseParser.Outcome.answer(.matching([0, 1, 2]))
        #expect(ResponseParser.parse("bca", question: matching, presentation: shown) == expected)
        #expect(ResponseParser.parse("1b 2c 3a", question: matching, presentation: shown) == expected)
        #expect(ResponseParser.parse("3a 1b 2c", question: matching, presentation: shown) == expected)
        #expect(ResponseParser.parse("b, c, a", question: matching, presentation: shown) == expected)
        #expect(ResponseParser.parse("bc", question: matching, presentation: shown) != expected)
        #expect(
            ResponseParser.parse("bcz", question: matching, presentation: shown)
                == .unreadable("there is no item 'z' on the right; they are a–c"))
    }

    @Test func orderingNeedsEachStepNumberOnce() {
        let ordering = question(.ordering(steps: ["one", "two", "three", "four"]))
        let shown = Presentation(order: [2, 0, 3, 1])  // 1=three, 2=one, 3=four, 4=two
        #expect(
            ResponseParser.parse("2 4 1 3", question: ordering, presentation: shown)
                == .answer(.ordering([0, 1, 2, 3])))
        #expect(
            ResponseParser.parse("2413", question: ordering, presentation: shown)
                == .answer(.ordering([0, 1, 2, 3])))
        #expect(
            ResponseParser.parse("2,4,1,3", question: ordering, presentation: shown)
                == .answer(.ordering([0, 1, 2, 3])))
        guard case .unreadable = ResponseParser.parse("2 4 1 1", question: ordering, presentation: shown)
        else {
            Issue.record("a repeated step must be unreadable, not wrong")
            return
        }
    }

    @Test func flashcardSelfGradeIsOneToFour() {
        let card = question(.flashcard(back: "back"))
        #expect(
            ResponseParser.parse("3", question: card, presentation: .identity(count: 0))
                == .answer(.selfGrade(3)))
        guard case .unreadable = ResponseParser.parse("5", question: card, presentation: .identity(count: 0))
        else {
            Issue.record("5 is not a grade")
            return
        }
    }
}

@Suite struct AnswerCheckerTests {
    @Test func gradesEachKind() {
        #expect(AnswerChecker.isCorrect(.choices([2]), for: single) == true)
        #expect(AnswerChecker.isCorrect(.choices([1]), for: single) == false)
        #expect(AnswerChecker.isCorrect(.choices([0, 2]), for: several) == true)
        #expect(AnswerChecker.isCorrect(.choices([0]), for: several) == false)
        #expect(AnswerChecker.isCorrect(.trueFalse(false), for: question(.trueFalse(answer: false))) == true)
        let ordering = question(.ordering(steps: ["a", "b", "c"]))
        #expect(AnswerChecker.isCorrect(.ordering([0, 1, 2]), for: ordering) == true)
        #expect(AnswerChecker.isCorrect(.ordering([1, 0, 2]), for: ordering) == false)
        #expect(AnswerChecker.isCorrect(.selfGrade(3), for: question(.flashcard(back: "b"))) == nil)
    }

    @Test func shortAnswersForgiveCaseAccentsSpacingArticlesAndOneTypo() {
        let accepted = ["latent", "latent trigger point"]
        for typed in ["Latent", "  LATENT. ", "latnet", "the latent trigger-point", "látent"] {
            #expect(ShortAnswerMatcher.matches(typed, accepted: accepted), "\(typed)")
        }
        for typed in ["active", "lat", ""] {
            #expect(!ShortAnswerMatcher.matches(typed, accepted: accepted), "\(typed)")
        }
    }

    @Test func shortAnswersWithNumbersMustBeExact() {
        #expect(ShortAnswerMatcher.matches("7", accepted: ["7"]))
        #expect(!ShortAnswerMatcher.matches("8", accepted: ["7"]))
        #expect(!ShortAnswerMatcher.matches("500 percent", accepted: ["600 percent"]))
    }
}

@Suite struct PresentationTests {
    @Test func shufflesAreReproducibleFromTheSeed() {
        var first = CountingGenerator()
        var second = CountingGenerator()
        let matching = question(
            .matching(pairs: (0..<5).map { MatchingPair(left: "L\($0)", right: "R\($0)") }))
        #expect(
            Presentation.make(for: matching, using: &first)
                == Presentation.make(for: matching, using: &second))
    }

    @Test func orderingIsNeverShownInTheRightOrder() {
        var generator = CountingGenerator()
        let ordering = question(.ordering(steps: ["a", "b"]))
        for _ in 0..<50 {
            #expect(Presentation.make(for: ordering, using: &generator).order == [1, 0])
        }
    }
}

@Suite struct AnswerKeyTests {
    @Test func theKeyIsDescribedTheWayAGivenAnswerIs() {
        #expect(AnswerText.key(of: single) == "C")
        #expect(AnswerText.key(of: several) == "A + C")
        #expect(
            AnswerText.canonical("c", question: single, presentation: identity4) == AnswerText.key(of: single)
        )
        #expect(AnswerText.key(of: question(.trueFalse(answer: false))) == "false")
        #expect(
            AnswerText.key(
                of: question(
                    .matching(pairs: [.init(left: "SCM", right: "head"), .init(left: "QL", right: "hip")])))
                == "SCM → head; QL → hip")
        #expect(
            AnswerText.key(of: question(.ordering(steps: ["intake", "screen", "treat"])))
                == "intake → screen → treat")
        #expect(AnswerText.key(of: question(.shortAnswer(accepted: ["soleus", "the soleus"]))) == "soleus")
        #expect(AnswerText.key(of: question(.flashcard(back: "heel"))) == nil)
    }
}
