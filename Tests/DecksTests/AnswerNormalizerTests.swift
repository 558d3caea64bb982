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

    @Test func theASCIIShortcutAgreesWithTheGeneralRule() {
        // Every pair of ASCII characters, so each one is seen at the start, the end and beside
        // every other, plus a few longer texts.
        let ascii = (0x00...0x7F).map { String(Character(Unicode.Scalar(UInt8($0)))) }
        var samples = [" ?! ", "", "\r\n", "Upper-Trapezius  (C7)", "a\tB\u{7F}c", "--x--"]
        for first in ascii { for second in ascii { samples.append(first + second) } }
        for text in samples {
            #expect(
                AnswerNormalizer.normalizeASCII(text) == AnswerNormalizer.normalizeAnyText(text), "\(text)")
        }
    }
}
