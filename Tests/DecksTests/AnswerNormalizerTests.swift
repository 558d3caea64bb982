import Testing

@testable import Decks

@Suite struct AnswerNormalizerTests {
    @Test func ignoresCaseAccentsPunctuationAndSpacing() {
        #expect(AnswerNormalizer.normalize("  Latent trigger-point. ") == "latent trigger point")
        #expect(AnswerNormalizer.normalize("ÉPAULE") == "epaule")
        #expect(AnswerNormalizer.normalize("taut\tband") == AnswerNormalizer.normalize("Taut Band!"))
    }

    @Test func keepsDigitsAndLettersOfOtherScripts() {
        #expect(AnswerNormalizer.normalize("C7, T1") == "c7 t1")
        #expect(AnswerNormalizer.normalize("肩 こり") == "肩 こり")
    }

    @Test func leavesNothingOfPunctuationAlone() {
        #expect(AnswerNormalizer.normalize(" ?! ") == "")
    }

    @Test func distinguishesDifferentWords() {
        #expect(AnswerNormalizer.normalize("active") != AnswerNormalizer.normalize("inactive"))
    }
}
