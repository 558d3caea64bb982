import BodyMaps
import Curriculum
import Testing
import TextFormats

@Suite struct ReferralPatternDecoderTests {
    private let valid = """
        {
          "format": 1, "bodyModel": "1.0.0", "side": "right",
          "patterns": [
            {"muscle": "soleus", "title": "Soleus", "lesson": "referral-patterns#soleus", "views": ["front"],
             "triggerPoints": [{"view": "front", "at": [3, 12]}],
             "essential": ["heel", "sacrum"], "spillover": ["heel-left"]}
          ]
        }
        """

    private func decode(_ text: String) throws -> (patterns: [ReferralPattern], messages: [String]) {
        let result = ReferralPatternDecoder.decode(
            Array(text.utf8), file: "patterns.json", model: try smallModel())
        return (result.patterns.map(\.pattern), result.diagnostics.map(\.description))
    }

    @Test func baseNamesAreTakenOnThePatternsSideAndFullNamesAsWritten() throws {
        let (patterns, messages) = try decode(valid)
        #expect(messages == [])
        let pattern = try #require(patterns.first)
        #expect(pattern.lesson == LessonLink(lessonID: "referral-patterns", anchor: "soleus"))
        let model = try smallModel()
        #expect(pattern.essentialRegions(in: model).map(\.name) == ["heel-right", "sacrum"])
        #expect(pattern.spilloverRegions(in: model).map(\.name) == ["heel-left"])
    }

    @Test func anUnknownRegionIsLocatedWithSuggestions() throws {
        let (patterns, messages) = try decode(
            valid.replacingOccurrences(of: #"["heel", "sacrum"]"#, with: #"["heal", "sacrum"]"#))
        #expect(patterns.isEmpty)
        #expect(
            messages == [
                "patterns.json:6:20: error: there is no region 'heal'; did you mean 'heel', 'heel-left', 'heel-right'?"
            ])
    }

    @Test func aRegionOutsideTheShownViewsSaysWhichViewToAdd() throws {
        let (_, messages) = try decode(valid.replacingOccurrences(of: #""sacrum"]"#, with: #""temple"]"#))
        #expect(messages.count == 1)
        #expect(
            messages[0].contains(
                "the region 'temple' is drawn only in head-side, which the pattern does not show; add that view to 'views'"
            ))
    }

    @Test func aTriggerPointOffTheBodyOrInAnotherViewIsRefused() throws {
        let off = try decode(valid.replacingOccurrences(of: "[3, 12]", with: "[0.5, 12]")).messages
        #expect(off.count == 1)
        #expect(
            off[0].contains(
                "the trigger point lies outside the body in the view 'front'; move it onto the muscle"))
        let elsewhere = try decode(
            valid.replacingOccurrences(of: #"{"view": "front", "at""#, with: #"{"view": "head-side", "at""#)
        ).messages
        #expect(elsewhere.count == 1)
        #expect(elsewhere[0].contains("which the pattern does not show; use one of front"))
    }

    @Test func aLinkMustNameASectionAndAZoneCannotBeBothShades() throws {
        let whole = try decode(
            valid.replacingOccurrences(of: "referral-patterns#soleus", with: "referral-patterns")
        ).messages
        #expect(whole.count == 1)
        #expect(whole[0].contains("link the pattern to the muscle's section"))
        let both = try decode(
            valid.replacingOccurrences(of: #""spillover": ["heel-left"]"#, with: #""spillover": ["heel"]"#)
        ).messages
        #expect(both.count == 1)
        #expect(both[0].contains("'heel' is in both the essential and the spillover zone; keep it in one"))
    }

    @Test func aControlCharacterInAValueIsQuotedEscaped() throws {
        let (_, messages) = try decode(
            valid.replacingOccurrences(
                of: #"["heel", "sacrum"]"#, with: #"["he\u001b]52;c;eA==\u0007el", "sacrum"]"#))
        #expect(messages.count == 1)
        #expect(messages[0].contains(#"'he\e]52;c;eA==\a"#) || messages[0].contains(#"'he\e]52;c;eA==\u{7}"#))
        #expect(!messages[0].unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }
}
