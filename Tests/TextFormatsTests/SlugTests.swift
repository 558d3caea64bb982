import Testing

@testable import TextFormats

@Suite struct SlugTests {
    @Test func acceptsLowercaseWordsJoinedByHyphens() {
        #expect(Slug.isValid("upper-trapezius"))
        #expect(Slug.isValid("fnd-01"))
    }

    @Test func rejectsCapitalsSpacesDoubleAndEdgeHyphens() {
        for bad in ["Upper", "upper trapezius", "a--b", "-a", "a-", "", "../etc", "a#b"] {
            #expect(!Slug.isValid(bad), "\(bad) should be rejected")
        }
        #expect(!Slug.isValid(String(repeating: "a", count: 81)))
    }

    @Test func makesASlugFromAHeadingDroppingAccentsAndPunctuation() {
        #expect(Slug.make(from: "Upper trapezius (the shrug muscle)") == "upper-trapezius-the-shrug-muscle")
        #expect(Slug.make(from: "  Épaule & coude! ") == "epaule-coude")
    }
}
