import Testing

@testable import Curriculum

private func parseError(_ text: String) -> LessonLink.ParseError? {
    do {
        _ = try LessonLink.parse(text)
        return nil
    } catch {
        return error
    }
}

@Suite struct LessonLinkTests {
    @Test func readsALessonIDWithAnOptionalSection() throws {
        #expect(try LessonLink.parse("safety") == LessonLink(lessonID: "safety"))
        #expect(
            try LessonLink.parse("referral-patterns#upper-trapezius")
                == LessonLink(lessonID: "referral-patterns", anchor: "upper-trapezius"))
    }

    @Test func printsTheWayItIsWritten() throws {
        for text in ["safety", "referral-patterns#upper-trapezius"] {
            #expect(try LessonLink.parse(text).description == text)
        }
    }

    @Test func refusesLinksThatLookLikePaths() {
        for text in ["../x", "a/b", "..", "~/notes", "a\\b", "/etc/passwd", "safety#../x"] {
            #expect(parseError(text) == .leavesContentFolder(text), "\(text)")
        }
        #expect(
            parseError("../x")?.description
                == "the lesson link '../x' looks like a file path; links name a lesson, not a file "
                + "(write lesson-id#section, e.g. referral-patterns#upper-trapezius)")
    }

    @Test func refusesMalformedLinks() {
        for text in ["", "Safety", "safety#", "#section", "safety#a#b", "safety section", "safety#Upper"] {
            #expect(parseError(text) == .malformed(text), "\(text)")
        }
        #expect(
            parseError("Safety")?.description
                == "the lesson link 'Safety' is not valid; write lesson-id or lesson-id#section, using "
                + "lowercase letters and digits joined by single hyphens, e.g. upper-trapezius")
    }
}
