import Curriculum
import Foundation
import TextFormats

/// Loads `Curriculum/body/` (the body model and the patterns) and checks it against the lessons:
/// every pattern links to an existing section, and every muscle section of the referral lessons
/// has a pattern, so a muscle added to a lesson without a map is caught by `palpate check`.
public enum ReferralAtlasLoader {
    /// The folder under `Curriculum/` that holds the body files.
    public static let folderName = "body"
    /// The topic of the lessons whose muscle sections must each have a pattern.
    public static let referralTopic = "Referral patterns"

    /// - Parameters:
    ///   - folder: `Curriculum/body`.
    ///   - displayPrefix: how to name its files in diagnostics (`Curriculum/body/`).
    ///   - lessons: the lessons links are checked against; `nil` checks the files alone.
    /// - Returns: the atlas (`nil` when the body model cannot be used) and every problem found;
    ///   no diagnostics and no atlas when the folder does not exist (a course without maps).
    public static func load(folder: URL, displayPrefix: String, lessons: LessonLibrary?) -> (
        atlas: ReferralAtlas?, diagnostics: [Diagnostic]
    ) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else { return (nil, []) }
        var diagnostics: [Diagnostic] = []
        func read(_ name: String) -> [UInt8]? {
            let url = folder.appendingPathComponent(name)
            if let target = ContainedFile.outsideTarget(of: url, in: folder) {
                diagnostics.append(
                    Diagnostic(
                        .error, file: displayPrefix + name, position: nil,
                        message: ContainedFile.refusal(target: target)))
                return nil
            }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                diagnostics.append(
                    Diagnostic(
                        .error, file: displayPrefix + name, position: nil,
                        message:
                            "cannot read this file; the referral maps need it beside \(BodyModelDecoder.fileName)"
                    ))
                return nil
            }
            return Array(data)
        }
        guard let modelBytes = read(BodyModelDecoder.fileName) else { return (nil, diagnostics) }
        let decoded = BodyModelDecoder.decode(modelBytes, file: displayPrefix + BodyModelDecoder.fileName)
        diagnostics += decoded.diagnostics
        guard let model = decoded.model else { return (nil, diagnostics) }
        guard let patternBytes = read(ReferralPatternDecoder.fileName) else { return (nil, diagnostics) }
        let patternFile = displayPrefix + ReferralPatternDecoder.fileName
        let patterns = ReferralPatternDecoder.decode(patternBytes, file: patternFile, model: model)
        diagnostics += patterns.diagnostics
        if let lessons {
            diagnostics += check(patterns.patterns, file: patternFile, against: lessons)
        }
        return (ReferralAtlas(model: model, patterns: patterns.patterns.map(\.pattern)), diagnostics)
    }

    /// Links that do not resolve, and muscle sections without a pattern.
    static func check(
        _ patterns: [(pattern: ReferralPattern, position: SourcePosition)], file: String,
        against lessons: LessonLibrary
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (pattern, position) in patterns {
            if let problem = lessons.problem(with: pattern.lesson) {
                diagnostics.append(
                    Diagnostic(
                        .error, file: file, position: position,
                        message: "the pattern '\(pattern.muscle)' links to \(problem)", field: "lesson"))
            }
        }
        let linked = Set(patterns.map(\.pattern.lesson))
        let linkedLessons = Set(linked.map(\.lessonID))
        for lesson in lessons.lessons where lesson.topic == referralTopic || linkedLessons.contains(lesson.id)
        {
            for section in muscleSections(of: lesson)
            where !linked.contains(LessonLink(lessonID: lesson.id, anchor: section.anchor)) {
                diagnostics.append(
                    Diagnostic(
                        .error, file: lesson.file, position: SourcePosition(line: section.line, column: 1),
                        message:
                            "the muscle section '#\(section.anchor)' has no referral map; add a pattern linked to '\(lesson.id)#\(section.anchor)' to \(file)"
                    ))
            }
        }
        return diagnostics
    }

    /// Sections that teach a referral zone: their own text (up to the next heading) has a list item
    /// starting "**Referral zone".
    public static func muscleSections(of lesson: Lesson) -> [MarkdownDocument.Section] {
        let blocks = lesson.document.blocks
        return lesson.document.sections.filter { section in
            var index = section.blockIndex + 1
            while index < blocks.count {
                switch blocks[index] {
                case .heading: return false
                case .list(_, let items) where items.contains(where: { $0.text.hasPrefix("**Referral zone") }):
                    return true
                default: index += 1
                }
            }
            return false
        }
    }
}
