import Foundation

/// The GIFT and Moodle XML files the tests import, one construct or bad input each.
let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

/// The package's own folder, where the bundled Quizzes/ live.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

func fixtureText(_ name: String) throws -> String {
    try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
}

/// What one case of a mutation run did wrong: it took over 2 s, one of its messages reports an
/// error without a place or a refusal without an error, or a message quotes a raw control
/// character back (C0 controls but tab and line feed, DEL and C1 controls).
func mutationFailures(_ what: String, seconds: TimeInterval, messages: [String]) -> [String] {
    var failures: [String] = []
    if seconds > 2 { failures.append("\(what) took \(seconds) s") }
    for message in messages where message.hasPrefix("error without") || message.hasPrefix("refused") {
        failures.append("\(what): \(message)")
    }
    let rawControl = { (text: String) in
        text.unicodeScalars.contains { scalar in
            (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
        }
    }
    if let raw = messages.first(where: rawControl) {
        failures.append("\(what): a raw control character in \(raw.debugDescription.prefix(120))")
    }
    return failures
}
