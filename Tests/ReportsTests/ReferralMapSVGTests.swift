import BodyMaps
import Curriculum
import Foundation
import Reports
import Testing

/// A body with one view and a region whose title is hostile, to prove the SVG escapes it.
private func hostileAtlas() throws -> ReferralAtlas {
    let model = """
        {"format": 1, "version": "1", "title": "Test",
         "views": [{"name": "front", "title": "Front <&\\"'>", "width": 10, "height": 20, "shows": "both-sides",
                    "outline": [[[1, 1], [9, 1], [9, 19], [1, 19]]]}],
         "regions": [
           {"name": "heel", "title": "Heel </text><script>alert(1)</script> & \\u001b[31m", "sides": "mirrored",
            "shapes": [{"view": "front", "points": [[1, 15], [5, 15], [5, 19], [1, 19]]}]},
           {"name": "sacrum", "title": "Sacrum ]]>", "sides": "midline",
            "shapes": [{"view": "front", "points": [[4, 8], [6, 8], [6, 10], [4, 10]]}]}]}
        """
    let decoded = BodyModelDecoder.decode(Array(model.utf8), file: "body-model.json")
    let body = try #require(decoded.model, "\(decoded.diagnostics)")
    let pattern = ReferralPattern(
        muscle: "soleus", title: "Soleus <b>&amp;</b>", lesson: LessonLink(lessonID: "l", anchor: "soleus"),
        side: .right, views: ["front"],
        triggerPoints: [TriggerPoint(view: "front", location: MapPoint(x: 3, y: 12))],
        essential: ["heel"], spillover: ["sacrum"])
    return ReferralAtlas(model: body, patterns: [pattern])
}

@Suite struct ReferralMapSVGTests {
    @Test func theFigureIsWellFormedAndHoldsHostileTitlesOnlyAsText() throws {
        let atlas = try hostileAtlas()
        var html = HTMLBuilder()
        html.open("div")
        ReferralMapSVG.figure(atlas.patterns[0], model: atlas.model, into: &html)
        html.close()
        let check = XMLCheck.parse(html.output)
        #expect(check.error == nil)
        #expect(!check.elements.contains("script"))
        #expect(!check.elements.contains("b"))
        #expect(check.text.contains("Heel </text><script>alert(1)</script> &"))
        #expect(check.text.contains("Soleus <b>&amp;</b>"))
        #expect(check.elements.filter { $0 == "line" }.count == 4)  // the × on the body and in the legend
        #expect(check.elements.contains("clipPath"))
    }

    @Test func everyBundledPatternDrawsAWellFormedSVGWithItsZonesAndTriggerPoints() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let lessons = LessonLibrary.load(
            folder: root.appendingPathComponent("Curriculum"), displayPrefix: "Curriculum/"
        ).library
        let loaded = ReferralAtlasLoader.load(
            folder: root.appendingPathComponent("Curriculum/body"), displayPrefix: "body/", lessons: lessons)
        let atlas = try #require(loaded.atlas)
        for pattern in atlas.patterns {
            var html = HTMLBuilder()
            ReferralMapSVG.figure(pattern, model: atlas.model, idPrefix: "page", into: &html)
            let markup = html.output
            let check = XMLCheck.parse(markup)
            #expect(check.error == nil, "\(pattern.muscle): \(check.error ?? "")")
            #expect(markup.contains("class=\"essential\""), "\(pattern.muscle) has no essential zone drawn")
            let crosses = check.elements.filter { $0 == "line" }.count
            #expect(crosses == 2 * pattern.triggerPoints.count + 2, "\(pattern.muscle)")
            #expect(markup.contains("id=\"page-\(pattern.muscle)-stipple\""))
        }
    }

    @Test func aLessonPageIsWellFormedEscapedAndDrawsTheSectionsMap() throws {
        let text = """
            ---
            id: l
            title: Maps <&> "quoted"
            topic: Referral patterns
            order: 1
            minutes: 5
            ---
            Intro with **bold**, *italic* and `code <x>`.

            ## Soleus {#soleus}

            - **Referral zone:** the heel.
              - nested & item

            > A quote <i>here</i>.
            """
        let lesson = try #require(LessonParser.parse(bytes: Array(text.utf8), file: "l.md").lesson)
        let page = LessonHTML.encode(lesson, atlas: try hostileAtlas())
        let check = XMLCheck.parse(page)
        #expect(check.error == nil)
        #expect(check.text.contains("Maps <&> \"quoted\""))
        #expect(check.text.contains("code <x>"))
        #expect(!check.elements.contains("i"))
        #expect(
            check.elements.contains("strong") && check.elements.contains("em")
                && check.elements.contains("code"))
        #expect(check.elements.filter { $0 == "figure" }.count == 1)
        #expect(check.elements.filter { $0 == "ul" }.count == 2)  // the nested item is its own list
        #expect(page.contains("<h2 id=\"soleus\">"))
    }
}

@Suite struct WeakestQuestionMapTests {
    @Test func aWeakReferralQuestionShowsItsMusclesMapAndOthersShowNone() throws {
        var report = fullHostileReport()
        var referral = report.weakest[0]
        referral.card = "referral/soleus-zone"
        referral.lesson = "l#soleus"
        report.weakest.append(referral)
        let page = ReportHTML.encode(report, atlas: try hostileAtlas())
        let check = XMLCheck.parse(page)
        #expect(check.error == nil)
        #expect(check.elements.filter { $0 == "figure" }.count == 1)
        #expect(page.contains("id=\"weak-1-soleus\""))
        #expect(!ReportHTML.encode(report).contains("<figure"))
    }
}
