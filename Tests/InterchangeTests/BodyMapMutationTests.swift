import BodyMaps
import Content
import Foundation
import Testing
import TextFormats

/// The body model and the referral patterns (issue 19) join the seeded mutation run of issue 15:
/// thousands of damaged copies of each file, read by the real decoders. None may crash, take more
/// than 2 s, refuse a file without a located error, or quote a raw control character back.
@Suite struct BodyMapMutationTests {
    private static let body = packageRoot.appendingPathComponent("Curriculum/body")

    private static func messages(of diagnostics: [Diagnostic], refused: Bool) -> [String] {
        let errors = diagnostics.filter { $0.severity == .error }
        var problems = diagnostics.compactMap {
            $0.position == nil ? "error without a place: \($0.message)" : nil
        }
        if refused && errors.isEmpty { problems.append("refused without an error") }
        return problems + diagnostics.map(\.description)
    }

    @Test(arguments: 0..<4)
    func damagedBodyModelsAndPatternsAreReadWithoutACrashOrARawByte(part: Int) throws {
        let modelBytes = Array(try Data(contentsOf: Self.body.appendingPathComponent("body-model.json")))
        let patternBytes = Array(try Data(contentsOf: Self.body.appendingPathComponent("patterns.json")))
        let model = try #require(BodyModelDecoder.decode(modelBytes, file: "body-model.json").model)
        var failures: [String] = []
        for index in (part * 750)..<((part + 1) * 750) {
            let isModel = index % 2 == 0
            var mutator = ContentMutator(seed: 1_919 &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
            mutator.hugeStringLength = 200...5_000
            let (bytes, mutations) = mutator.mutate(isModel ? modelBytes : patternBytes, format: .json)
            let started = Date()
            let messages: [String]
            if isModel {
                let decoded = BodyModelDecoder.decode(bytes, file: "body-model.json")
                // A model that decodes must also draw: every view at a small width.
                if let drawn = decoded.model {
                    for view in drawn.views {
                        _ = MapRasterizer.grid(
                            of: view, side: .left, zones: [], triggerPoints: [], columns: 12)
                    }
                }
                messages = Self.messages(of: decoded.diagnostics, refused: decoded.model == nil)
            } else {
                let decoded = ReferralPatternDecoder.decode(bytes, file: "patterns.json", model: model)
                for (pattern, _) in decoded.patterns.prefix(3) {
                    _ = try? ReferralMapDrawing.make(pattern: pattern, model: model, width: 40)
                }
                messages = Self.messages(of: decoded.diagnostics, refused: false)
            }
            let seconds = Date().timeIntervalSince(started)
            let what =
                "case \(index) (\(isModel ? "body-model" : "patterns"), \(mutations.map(\.rawValue).joined(separator: " + ")))"
            failures += mutationFailures(what, seconds: seconds, messages: messages)
        }
        #expect(failures.isEmpty, "\(failures.count) cases failed, e.g. \(failures.prefix(3))")
    }
}
