import Curriculum
import Foundation
import Testing
import TextFormats

@testable import Content

@Suite struct ContentMutationCheckTests {
    /// The seeded mutation run: thousands of damaged copies of the bundled decks and lessons, each
    /// loaded by the real loaders. A crash fails the whole test run; a diagnostic without a place
    /// to jump to fails here, with the case to replay.
    ///
    /// Four parts of 500 cases (2,000 in all), so they run side by side.
    @Test(arguments: 0..<4)
    func bundledContentSurvivesThousandsOfMutationsWithLocatedErrors(part: Int) throws {
        let samples = ContentMutationCheck.samples(root: packageRoot)
        #expect(samples.count >= 15)
        let lessons = LessonLibrary.load(
            folder: packageRoot.appendingPathComponent("Curriculum"), displayPrefix: "Curriculum/"
        ).library
        let cases = (part * 500)..<((part + 1) * 500)
        let failures = ContentMutationCheck.run(samples: samples, lessons: lessons, seed: 2_026, cases: cases)
        #expect(
            failures.isEmpty, "\(failures.count) cases failed, e.g. \(failures.prefix(3).map(\.description))")
    }

    @Test func anErrorWithoutAPlaceIsCaught() {
        let source = SourceText("line one\nline two")
        func error(_ position: SourcePosition?, file: String = "deck.json") -> Diagnostic {
            Diagnostic(.error, file: file, position: position, message: "broken")
        }
        #expect(
            ContentMutationCheck.problems(
                in: [error(SourcePosition(line: 2, column: 3))], file: "deck.json", source: source,
                loaded: false
            ).isEmpty)
        #expect(
            ContentMutationCheck.problems(in: [error(nil)], file: "deck.json", source: source, loaded: false)
                == ["error 'broken' has no line and column"])
        #expect(
            ContentMutationCheck.problems(
                in: [error(SourcePosition(line: 0, column: 1))], file: "deck.json", source: source,
                loaded: false)
                == ["error 'broken' is at 0:1, before the start of the file"])
        #expect(
            ContentMutationCheck.problems(
                in: [error(SourcePosition(line: 3, column: 1))], file: "deck.json", source: source,
                loaded: false)
                == ["error 'broken' is at line 3 of a 2-line file"])
        #expect(
            ContentMutationCheck.problems(
                in: [error(SourcePosition(line: 1, column: 1), file: "other.json")], file: "deck.json",
                source: source, loaded: false) == [
                    "error 'broken' names the file 'other.json' instead of 'deck.json'"
                ])
        #expect(
            ContentMutationCheck.problems(in: [], file: "deck.json", source: source, loaded: false)
                == ["the file was refused without an error"])
    }

    @Test func aCaseCanBeReplayedFromItsSeedAndIndex() {
        let samples = ContentMutationCheck.samples(root: packageRoot)
        let first = ContentMutationCheck.mutatedCase(17, seed: 5, samples: samples)
        let again = ContentMutationCheck.mutatedCase(17, seed: 5, samples: samples)
        #expect(first.bytes == again.bytes)
        #expect(first.sample.name == again.sample.name)
        #expect(first.bytes != first.sample.bytes)
    }
}
