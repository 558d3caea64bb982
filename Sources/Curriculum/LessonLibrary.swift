import Foundation
import TextFormats

/// All lessons of a curriculum folder, in curriculum order, with lookup by id and link.
public struct LessonLibrary: Sendable {
    public private(set) var lessons: [Lesson]
    private var indexByID: [String: Int]
    /// Each lesson's section anchors, worked out once: checking a deck resolves every question's
    /// link, and a deck of 100,000 questions would otherwise list the sections 100,000 times.
    private var anchorsByIndex: [Set<String>]

    public init(lessons: [Lesson]) {
        self.lessons = lessons.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
        anchorsByIndex = self.lessons.map { Set($0.anchors) }
        indexByID = [:]
        for (index, lesson) in self.lessons.enumerated() where indexByID[lesson.id] == nil {
            indexByID[lesson.id] = index
        }
    }

    /// Loads every `*.md` file of `folder` (other files are ignored).
    ///
    /// - Parameter displayPrefix: how to name files in diagnostics (e.g. `Curriculum/`).
    /// - Returns: the usable lessons and every problem found; a broken lesson is skipped, not fatal.
    public static func load(folder: URL, displayPrefix: String) -> (
        library: LessonLibrary, diagnostics: [Diagnostic]
    ) {
        var diagnostics: [Diagnostic] = []
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
        } catch {
            let message = "cannot read the curriculum folder: \(error.localizedDescription)"
            return (
                LessonLibrary(lessons: []),
                [Diagnostic(.error, file: displayPrefix, position: nil, message: message)]
            )
        }
        var lessons: [Lesson] = []
        var fileByID: [String: String] = [:]
        for name in names {
            let display = displayPrefix + name
            let url = folder.appendingPathComponent(name)
            if let target = ContainedFile.outsideTarget(of: url, in: folder) {
                diagnostics.append(
                    Diagnostic(
                        .error, file: display, position: nil, message: ContainedFile.refusal(target: target)))
                continue
            }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                diagnostics.append(
                    Diagnostic(.error, file: display, position: nil, message: "cannot read this file"))
                continue
            }
            let (lesson, found) = LessonParser.parse(bytes: Array(data), file: display)
            diagnostics += found
            guard let lesson else { continue }
            if let other = fileByID[lesson.id] {
                let message =
                    "the lesson id \(QuotedInput.quote(lesson.id)) is already used by \(other); lesson ids must be unique"
                diagnostics.append(
                    Diagnostic(
                        .error, file: display, position: lesson.idPosition, message: message, field: "id"))
                continue
            }
            fileByID[lesson.id] = display
            lessons.append(lesson)
        }
        return (LessonLibrary(lessons: lessons), diagnostics)
    }

    public func lesson(id: String) -> Lesson? {
        indexByID[id].map { lessons[$0] }
    }

    /// Ids close to a mistyped one, for "did you mean …?".
    public func suggestions(for id: String) -> [String] {
        EditDistance.suggestions(for: id, among: lessons.map(\.id))
    }

    /// Why a link does not resolve, or `nil` when it does.
    public func problem(with link: LessonLink) -> String? {
        guard let index = indexByID[link.lessonID] else {
            let hint = suggestions(for: link.lessonID).first.map { "; did you mean '\($0)'?" } ?? ""
            return "the lesson \(QuotedInput.quote(link.lessonID)) does not exist\(hint)"
        }
        guard let anchor = link.anchor, !anchorsByIndex[index].contains(anchor) else { return nil }
        let lesson = lessons[index]
        let near = EditDistance.suggestions(for: anchor, among: lesson.anchors)
        let hint =
            near.isEmpty
            ? "; its sections are: \(lesson.anchors.prefix(12).joined(separator: ", "))"
            : "; did you mean '\(link.lessonID)#\(near[0])'?"
        return "the lesson \(QuotedInput.quote(lesson.id)) has no section '#\(anchor)'\(hint)"
    }
}
