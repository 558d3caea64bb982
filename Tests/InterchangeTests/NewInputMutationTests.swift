import Content
import Decks
import Foundation
import Testing
import TextFormats

@testable import Interchange

/// The seeded mutation run for the inputs added in the second wave: GIFT and Moodle XML files
/// and Anki packages (imported by `palpate import`) and the exam blueprint. Thousands of damaged copies, each read by
/// the real reader: none may crash (a crash fails the whole run), take more than 2 s, refuse a file
/// without a located error, or quote a raw control character back in a message.
@Suite struct NewInputMutationTests {
    private struct Input {
        var name: String
        var bytes: [UInt8]
        var format: ContentMutator.Format
        var read: ([UInt8], String) -> [String]
    }

    private static func inputs() throws -> [Input] {
        func file(_ url: URL) throws -> [UInt8] { Array(try Data(contentsOf: url)) }
        let gift = Input(
            name: "every-construct.gift",
            bytes: try file(fixtures.appendingPathComponent("every-construct.gift")),
            format: .markdown
        ) { bytes, name in
            do throws(InterchangeError) {
                let result = try GIFTReader.read(String(decoding: bytes, as: UTF8.self), file: name)
                return result.notes.map(\.description)
            } catch {
                return located(error)
            }
        }
        let xml = Input(
            name: "every-construct.xml",
            bytes: try file(fixtures.appendingPathComponent("every-construct.xml")),
            format: .markdown
        ) { bytes, name in
            do throws(InterchangeError) {
                let result = try MoodleXMLReader.read(Data(bytes), file: name)
                return result.notes.map(\.description)
            } catch {
                return located(error)
            }
        }
        let blueprint = Input(
            name: "blueprint.json",
            bytes: try file(packageRoot.appendingPathComponent("Quizzes/blueprint.json")), format: .json
        ) { bytes, name in
            let (blueprint, diagnostics) = BlueprintDecoder.decode(bytes, file: name)
            let errors = diagnostics.filter { $0.severity == .error }
            var problems = errors.compactMap {
                $0.position == nil ? "error without a place: \($0.message)" : nil
            }
            if blueprint == nil && errors.isEmpty { problems.append("refused without an error") }
            return problems + diagnostics.map(\.message)
        }
        return [gift, xml, blueprint]
    }

    /// A zip around damaged bytes, with their right CRC-32: the damage reaches the collection.
    private static func soundZip(_ name: String, _ bytes: [UInt8]) -> [UInt8] {
        var zip = ZipArchiveWriter()
        // Past the 4 GiB zip limit is the writer's only refusal; a mutant is far smaller.
        try? zip.add(name: name, contents: bytes, modified: Date(timeIntervalSince1970: 1_772_438_400))
        return (try? zip.finish()) ?? []
    }

    /// Anki packages damaged at each layer: the zip itself, the SQLite collection inside a sound
    /// zip (legacy), and the zstd frame of a current collection inside a sound zip.
    private static func ankiInputs() throws -> [Input] {
        let current = [UInt8](try Data(contentsOf: fixtures.appendingPathComponent("anki/current.apkg")))
        let legacy = try ZipArchiveReader(
            bytes: [UInt8](try Data(contentsOf: fixtures.appendingPathComponent("anki/legacy.apkg"))),
            file: "legacy")
        let collection = try legacy.contents(of: try #require(legacy.entry(named: "collection.anki21")))
        let currentZip = try ZipArchiveReader(bytes: current, file: "current")
        let frame = try currentZip.contents(of: try #require(currentZip.entry(named: "collection.anki21b")))
        func read(_ bytes: [UInt8], _ name: String) -> [String] {
            do throws(InterchangeError) {
                let package = try AnkiPackageReader.read(bytes, file: name)
                return package.result.notes.map(\.description)
            } catch {
                return error.description.hasPrefix(name + " (")
                    || error.description.hasPrefix(name + ": error: ")
                    ? [error.description] : ["error without a place: \(error.description)"]
            }
        }
        return [
            Input(name: "current.apkg", bytes: current, format: .markdown, read: read),
            Input(name: "legacy-collection.apkg", bytes: collection, format: .markdown) { bytes, name in
                read(soundZip("collection.anki21", bytes), name)
            },
            Input(name: "current-frame.apkg", bytes: frame, format: .markdown) { bytes, name in
                read(soundZip("collection.anki21b", bytes), name)
            },
        ]
    }

    /// A refusal must say where: a line from 1.
    private static func located(_ error: InterchangeError) -> [String] {
        error.line >= 1 ? [error.description] : ["error without a line: \(error.description)"]
    }

    @Test(arguments: 0..<3)
    func damagedGIFTXMLAndBlueprintsAreReadWithoutACrashOrARawByte(part: Int) throws {
        try run(Self.inputs(), part: part)
    }

    @Test(arguments: 0..<3)
    func damagedAnkiPackagesAreReadWithoutACrashOrARawByte(part: Int) throws {
        try run(Self.ankiInputs(), part: part)
    }

    private func run(_ inputs: [Input], part: Int) throws {
        var failures: [String] = []
        for index in (part * 600)..<((part + 1) * 600) {
            let input = inputs[index % inputs.count]
            var mutator = ContentMutator(seed: 2_026 &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
            mutator.hugeStringLength = 200...5_000
            let (bytes, mutations) = mutator.mutate(input.bytes, format: input.format)
            let started = Date()
            let messages = input.read(bytes, input.name)
            let seconds = Date().timeIntervalSince(started)
            let what = "case \(index) (\(input.name), \(mutations.map(\.rawValue).joined(separator: " + ")))"
            failures += mutationFailures(what, seconds: seconds, messages: messages)
        }
        #expect(failures.isEmpty, "\(failures.count) cases failed, e.g. \(failures.prefix(3))")
    }
}
