import Foundation

/// The package's own folder, where the bundled Curriculum/ and Quizzes/ live.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// Runs `body` with a new empty folder holding `files` (relative path → contents), removed afterwards.
func withContentFolder(_ files: [String: String] = [:], _ body: (URL) throws -> Void) throws {
    let root = FileManager.default.temporaryDirectory
        .appendingPathComponent("palpate-content-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    for (path, contents) in files {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: url)
    }
    try body(root)
}

/// Creates the (empty) folders `paths` under `root`.
func makeFolders(_ paths: String..., in root: URL) throws {
    for path in paths {
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent(path), withIntermediateDirectories: true)
    }
}

/// A valid lesson with one section, `#part`.
func lessonFile(id: String, order: Int) -> String {
    "---\nid: \(id)\ntitle: Lesson \(id)\ntopic: Test\norder: \(order)\nminutes: 5\n---\n## Part {#part}\n\nText.\n"
}

/// A valid deck of true/false questions; question `n` (from 0) starts on line `7 + n`.
func deckFile(id: String, order: Int = 0, questionIDs: [String], lesson: String = "neck#part") -> String {
    let questions = questionIDs.map { questionID in
        "    {\"id\": \"\(questionID)\", \"type\": \"true-false\", \"prompt\": \"P\", \"answer\": true, "
            + "\"explanation\": \"E\", \"lesson\": \"\(lesson)\"}"
    }
    return """
        {
          "format": 1,
          "id": "\(id)",
          "title": "Deck \(id)",
          "order": \(order),
          "questions": [
        \(questions.joined(separator: ",\n"))
          ]
        }
        """
}
