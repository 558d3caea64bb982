import Curriculum
import Decks
import Foundation
import TextFormats

/// One content file as bytes, with what kind of file it is.
public struct ContentSample: Sendable {
    public var name: String
    public var bytes: [UInt8]
    public var format: ContentMutator.Format

    public init(name: String, bytes: [UInt8], format: ContentMutator.Format) {
        self.name = name
        self.bytes = bytes
        self.format = format
    }
}

/// A mutated file the loaders mishandled: enough to replay it (`seed`, `index`) and to read why.
public struct ContentMutationFailure: Sendable, CustomStringConvertible {
    public var seed: UInt64
    public var index: Int
    public var sample: String
    public var mutations: [ContentMutator.Mutation]
    public var problems: [String]

    public var description: String {
        "case \(index) of seed \(seed) (\(sample), \(mutations.map(\.rawValue).joined(separator: " + "))): "
            + problems.joined(separator: "; ")
    }
}

/// Feeds mutated decks and lessons to the real loaders and checks the promise every loader makes:
/// no crash, and each error says where — a file, a line and a column from 1 inside the file — so
/// an instructor can jump to it. A file that is refused must say why.
///
/// The test suite runs a few thousand cases; the benchmark can run many more with the same code.
public enum ContentMutationCheck {
    /// The decks (`Quizzes/*.json` but the schema) and lessons (`Curriculum/*.md`) under `root`.
    public static func samples(root: URL) -> [ContentSample] {
        func files(_ folder: String, suffix: String, format: ContentMutator.Format) -> [ContentSample] {
            let url = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { $0.hasSuffix(suffix) && !$0.hasSuffix(".schema.json") }.sorted().compactMap
            {
                name in
                FileManager.default.contents(atPath: url.appendingPathComponent(name).path).map {
                    ContentSample(name: "\(folder)/\(name)", bytes: Array($0), format: format)
                }
            }
        }
        return files("Quizzes", suffix: ".json", format: .json)
            + files("Curriculum", suffix: ".md", format: .markdown)
    }

    /// The bytes of case `index`: which sample, mutated how. The same seed and index always give
    /// the same case.
    public static func mutatedCase(
        _ index: Int, seed: UInt64, samples: [ContentSample],
        configure: (inout ContentMutator) -> Void = { _ in }
    ) -> (sample: ContentSample, bytes: [UInt8], mutations: [ContentMutator.Mutation]) {
        var mutator = ContentMutator(seed: seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        configure(&mutator)
        let sample = samples[index % samples.count]
        let (bytes, mutations) = mutator.mutate(sample.bytes, format: sample.format)
        return (sample, bytes, mutations)
    }

    /// Runs the cases numbered `cases` and returns those the loaders mishandled (none, when all is
    /// well). Ranges split a long run into parts that can run side by side.
    ///
    /// - Parameters:
    ///   - lessons: the lessons deck links are checked against (the unmutated curriculum).
    ///   - configure: adjusts each case's mutator, e.g. to make strings larger in a long run.
    public static func run(
        samples: [ContentSample], lessons: LessonLibrary, seed: UInt64, cases: Range<Int>,
        configure: (inout ContentMutator) -> Void = { _ in }
    ) -> [ContentMutationFailure] {
        guard !samples.isEmpty else { return [] }
        var failures: [ContentMutationFailure] = []
        for index in cases {
            let (sample, bytes, mutations) = mutatedCase(
                index, seed: seed, samples: samples, configure: configure)
            let problems = load(bytes, name: sample.name, format: sample.format, lessons: lessons)
            if !problems.isEmpty {
                failures.append(
                    ContentMutationFailure(
                        seed: seed, index: index, sample: sample.name, mutations: mutations,
                        problems: problems))
            }
        }
        return failures
    }

    /// Loads `bytes` as the real loader would and lists what breaks the promise.
    public static func load(
        _ bytes: [UInt8], name: String, format: ContentMutator.Format, lessons: LessonLibrary
    ) -> [String] {
        let diagnostics: [Diagnostic]
        let loaded: Bool
        switch format {
        case .json:
            let result = DeckDecoder.decode(bytes, file: name, lessons: lessons)
            (diagnostics, loaded) = (result.diagnostics, result.deck != nil)
        case .markdown:
            let result = LessonParser.parse(bytes: bytes, file: name)
            (diagnostics, loaded) = (result.diagnostics, result.lesson != nil)
        }
        return problems(in: diagnostics, file: name, source: SourceText(bytes: bytes), loaded: loaded)
    }

    /// What is wrong with the diagnostics a loader gave for `source`: an error without a file, a
    /// line or a column, a position outside the file, or a refusal without any error.
    public static func problems(
        in diagnostics: [Diagnostic], file: String, source: SourceText, loaded: Bool
    ) -> [String] {
        var problems: [String] = []
        let errors = diagnostics.filter { $0.severity == .error }
        if !loaded && errors.isEmpty { problems.append("the file was refused without an error") }
        for error in errors {
            let shown = "'\(error.message.prefix(120))'"
            guard error.file == file else {
                problems.append("error \(shown) names the file '\(error.file)' instead of '\(file)'")
                continue
            }
            guard let position = error.position else {
                problems.append("error \(shown) has no line and column")
                continue
            }
            if position.line < 1 || position.column < 1 {
                problems.append("error \(shown) is at \(position), before the start of the file")
            } else if position.line > source.lineCount {
                problems.append(
                    "error \(shown) is at line \(position.line) of a \(source.lineCount)-line file")
            }
        }
        return problems
    }
}
