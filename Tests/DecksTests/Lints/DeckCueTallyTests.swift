import Testing

@testable import Decks

@Suite struct DeckCueTallyTests {
    @Test func aDeckOfMostlyFalseStatementsIsWarnedWithItsFigures() {
        let deck = lintDeck(
            [
                trueFalse("t1", "Ice numbs the skin.", true),
                trueFalse("f1", "Pressure should hurt a lot.", false),
                trueFalse("f2", "Trigger points are knots of scar tissue.", false),
                trueFalse("f3", "Stretching is forbidden after treatment.", false),
            ])
        let messages = warnings(deck)
        #expect(
            messages.contains {
                $0.hasPrefix(
                    "field 'questions': 1 of 4 true/false statements are true (25%); a student who answers 'false' every time scores 75%"
                )
                    && $0.contains("'f1', 'f2', 'f3'")
            })
    }

    @Test func aBalancedDeckOrAFewStatementsAreNotWarned() {
        let balanced = lintDeck(
            [
                trueFalse("t1", "Ice numbs the skin.", true),
                trueFalse("t2", "Heat relaxes muscle.", true),
                trueFalse("f1", "Pressure should hurt a lot.", false),
                trueFalse("f2", "Trigger points are knots of scar tissue.", false),
            ])
        #expect(!warnings(balanced).contains { $0.contains("true/false statements are true") })
        let few = lintDeck(
            [
                trueFalse("f1", "Pressure should hurt a lot.", false),
                trueFalse("f2", "Trigger points are knots of scar tissue.", false),
                trueFalse("f3", "Stretching is forbidden after treatment.", false),
            ])
        #expect(!warnings(few).contains { $0.contains("true/false statements are true") })
    }

    @Test func theKeyAsTheLongestChoiceInMostItemsIsWarned() {
        let questions = (1...4).map { number in
            choiceQuestion(
                "m\(number)", "Question number \(number) about muscle \(number)?",
                choices: ["Short", "A much longer and detailed key", "Tiny", "Brief"], answer: 1)
        }
        let messages = warnings(lintDeck(questions))
        #expect(
            messages.contains(
                "field 'questions': the key is the longest choice in 4 of 4 single-answer questions (100%), so "
                    + "'pick the longest' beats chance; make a distractor the longest in more of them (e.g. 'm1', "
                    + "'m2', 'm3')"))
    }

    @Test func aKeyThatIsLongestInHalfTheItemsOrTiedIsNotWarned() {
        let questions = (1...4).map { number in
            choiceQuestion(
                "m\(number)", "Question number \(number) about muscle \(number)?",
                choices: ["The upper trapezius", "The lower trapezius", "The levator", "The rhomboid major"],
                answer: number <= 2 ? 0 : 2)
        }
        #expect(!warnings(lintDeck(questions)).contains { $0.contains("the key is the longest choice") })
    }

    @Test func absoluteWordsOnlyInFalseStatementsAreWarned() {
        let deck = lintDeck(
            [
                trueFalse("a1", "Trigger points always refer pain.", false),
                trueFalse("a2", "Massage has been proven to flush toxins.", false),
                trueFalse("t1", "Ice numbs the skin.", true),
                trueFalse("t2", "Heat relaxes muscle.", true),
            ])
        #expect(
            warnings(deck).contains(
                "field 'questions': all 2 true/false statements with an absolute word ('always', 'proven') are "
                    + "false, so the word gives the answer away; write some true statements that use one, or "
                    + "reword (e.g. 'a1', 'a2')"))
    }

    @Test func absoluteWordsInATrueStatementTooAreNotWarned() {
        let deck = lintDeck(
            [
                trueFalse("a1", "Trigger points always refer pain.", false),
                trueFalse("a2", "Massage has been proven to flush toxins.", false),
                trueFalse("a3", "Never press on the front of the throat.", true),
                trueFalse("t2", "Heat relaxes muscle.", true),
            ])
        #expect(!warnings(deck).contains { $0.contains("absolute word") })
    }
}
