import Scheduling
import Testing

@testable import Reports

@Suite struct XMLEscapingTests {
    @Test func markupCharactersBecomeEntities() {
        #expect(
            XMLEscaping.escape("<a href=\"x\">Tom & 'Jerry'</a>")
                == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
    }

    @Test func charactersXMLForbidsAreReplacedAndLineBreaksKept() {
        #expect(
            XMLEscaping.escape("a\u{1B}[2Jb\u{0}c\nd\te\u{FFFE}") == "a\u{FFFD}[2Jb\u{FFFD}c\nd\te\u{FFFD}")
        #expect(XMLEscaping.escape("plain café") == "plain café")
    }

    @Test func c1AndBidirectionalControlsCannotHideOrReorderThePage() {
        #expect(
            XMLEscaping.escape("a\u{9B}6n\u{85}b\u{7F}c\u{202E}dlo\u{202C}e\u{2066}f\u{2069}")
                == "a\u{FFFD}6n\u{FFFD}b\u{FFFD}c\u{FFFD}dlo\u{FFFD}e\u{FFFD}f\u{FFFD}")
        // Their neighbours in UTF-8 are ordinary text.
        #expect(XMLEscaping.escape("\u{A0}±–…\u{2028}\u{2070}") == "\u{A0}±–…\u{2028}\u{2070}")
    }

    @Test func onlyTheNoncharactersAreReplacedAmongMultibyteCharacters() {
        // U+FFFD, U+FEFF and U+FFEF share their first bytes with U+FFFE and U+FFFF.
        #expect(
            XMLEscaping.escape("€\u{FFFF}<\u{FFFD}\u{FEFF}\u{FFEF}&🙂\u{FFFE}")
                == "€\u{FFFD}&lt;\u{FFFD}\u{FEFF}\u{FFEF}&amp;🙂\u{FFFD}")
    }

    @Test func theBuilderEscapesTextAndAttributesAndBalancesElements() {
        var html = HTMLBuilder()
        html.open("p", ["title": "\"><script>", "class": nil])
        html.text("<b>")
        html.empty("br")
        html.open("span")
        html.closeAll()
        #expect(html.output == "<p title=\"&quot;&gt;&lt;script&gt;\">&lt;b&gt;<br/><span></span></p>")
    }

    @Test func cellsAreEscapedAndNumbersRightAligned() {
        var html = HTMLBuilder()
        html.cell("<b>&")
        html.cell("1.5", numeric: true)
        #expect(html.output == "<td>&lt;b&gt;&amp;</td><td class=\"number\">1.5</td>")
    }
}

@Suite struct MarkdownTextTests {
    @Test func textCannotBecomeHTMLLinksEmphasisOrTableCells() {
        #expect(MarkdownText.escape("<script>x</script>") == "&lt;script&gt;x&lt;/script&gt;")
        #expect(MarkdownText.escape("*a* [l](u) | b\nc") == "\\*a\\* \\[l\\](u) \\| b c")
    }

    @Test func controlsAndBidirectionalControlsBecomeReplacementCharacters() {
        #expect(
            MarkdownText.escape("a\u{9B}6n\u{85}b\u{202E}c\u{2067}d")
                == "a\u{FFFD}6n\u{FFFD}b\u{FFFD}c\u{FFFD}d")
        #expect(MarkdownText.escape("a\u{2028}b\u{2029}c") == "a b c")
    }

    @Test func tablesHaveAHeaderSeparatorAndAlignedNumbers() {
        #expect(
            MarkdownText.table(["A", "N"], [["x|y", "3"]], rightAligned: [1])
                == "| A | N |\n| --- | ---: |\n| x\\|y | 3 |\n")
    }
}

@Suite struct CivilDayTests {
    @Test func readsOnlyRealDatesWrittenYearMonthDay() {
        #expect(CivilDay("2024-02-29")?.description == "2024-02-29")
        for bad in [
            "2023-02-29", "2026-13-01", "2026-1-01", "26-01-01", "2026-01-01T00", "yesterday", "２０２６-01-01",
        ] {
            #expect(CivilDay(bad) == nil, "\(bad)")
        }
    }

    @Test func knowsWeekdaysAndCountsDaysAcrossMonthEnds() {
        #expect(CivilDay("1970-01-01")?.weekday == 3)  // a Thursday
        #expect(CivilDay("2026-03-02")?.weekday == 0)  // a Monday
        #expect(CivilDay("2024-02-28")?.adding(days: 2).description == "2024-03-01")
    }
}

@Suite struct SVGChartTests {
    @Test func theHeatmapIsACalendarOfAtLeastAQuarterWithACellPerDayAndALegend() {
        var html = HTMLBuilder()
        let last = CivilDay("2026-01-04")!  // a Sunday
        SVGChart.heatmap([CivilDay("2026-01-01")!: 3, last: 1], last: last, into: &html)
        let parsed = XMLCheck.parse(html.output)
        #expect(parsed.error == nil)
        // 13 weeks of days, Monday 2025-10-06 to Sunday 2026-01-04, each with its count as a title.
        let dayTitles = parsed.text.components(separatedBy: "review").count - 1
        #expect(html.output.contains("2025-10-06: 0 reviews"))
        #expect(!html.output.contains("2025-10-05:"))
        #expect(parsed.text.contains("2026-01-01: 3 reviews"))
        #expect(parsed.text.contains("2026-01-04: 1 review"))
        #expect(dayTitles >= 91)
        // Every weekday is named, and the legend has a square for each shade a count reaches.
        for name in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] { #expect(parsed.text.contains(name)) }
        #expect(parsed.elements.count { $0 == "rect" } == 91 + 4)
        #expect(html.output.contains("class=\"heat4\""))
        #expect(parsed.text.contains("Reviews:"))
    }

    @Test func aLongHistoryShowsUpToAYearEndingOnTheLastDay() {
        var html = HTMLBuilder()
        let last = CivilDay("2026-01-04")!
        SVGChart.heatmap([CivilDay("2023-05-01")!: 2, last: 1], last: last, into: &html)
        let emptyDays = html.output.components(separatedBy: ": 0 reviews").count - 1
        #expect(emptyDays == 53 * 7 - 1)  // 53 weeks, Monday to Sunday, all empty but the last day
        #expect(!html.output.contains("2023-05-01"))
    }

    @Test func theLegendsRangesAreReadOffTheShadesThemselves() {
        #expect(SVGChart.heatRanges(peak: 1) == ["0", nil, nil, nil, "1"])
        #expect(SVGChart.heatRanges(peak: 20) == ["0", "1–5", "6–10", "11–15", "16–20"])
        for peak in [1, 3, 7, 20, 99] {
            let ranges = SVGChart.heatRanges(peak: peak)
            for count in 0...peak {
                let level = SVGChart.heatLevel(count, peak: peak)
                #expect(ranges[level] != nil, "peak \(peak) count \(count)")
            }
        }
    }

    @Test func chartLabelsAreCutAtAWordWithAnEllipsis() {
        #expect(
            SVGChart.shortened("Where does the soleus refer pain?", to: 60)
                == "Where does the soleus refer pain?")
        #expect(
            SVGChart.shortened("Where does the upper trapezius refer its pain?", to: 24)
                == "Where does the upper…")
        #expect(SVGChart.shortened("Supercalifragilisticexpialidocious", to: 10) == "Supercali…")
    }

    @Test func percentagesAreRoundedToWholePoints() {
        #expect(SVGChart.percent(0.666) == "67%")
        #expect(SVGChart.percent(1) == "100%")
    }
}

@Suite struct ExamTrendTests {
    @Test func theSlopeIsTheLeastSquaresChangePerExam() throws {
        let trend = try #require(StudentReport.ExamTrend(scores: [0.5, 0.6, 0.8]))
        // Mean index 1, mean score 0.6333…; slope = ((−1)(−0.1333…) + 0 + (1)(0.1666…)) / 2 = 0.15.
        #expect(abs(try #require(trend.slopePerExam) - 0.15) < 1e-12)
        #expect(trend.direction == "improving")
        #expect(trend.best == 0.8)
        // One exam has no direction (it was "steady"): its trend keeps the score, not a slope.
        let one = try #require(StudentReport.ExamTrend(scores: [0.7]))
        #expect(one.direction == nil && one.slopePerExam == nil && one.best == 0.7)
        #expect(StudentReport.ExamTrend(scores: []) == nil)
    }
}
