import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `palpate` executable, as built by the same `swift build`/`swift test` that built these tests.
///
/// `swift test` builds every product of the package, executables included, into the folder
/// holding the test bundle, so the binary is found beside it. `PALPATE_EXECUTABLE` names another.
enum BuiltExecutable {
    static let url: URL? = locate()

    static let missing =
        "the palpate executable was not found beside the test bundle; run 'swift build' first, or set "
        + "PALPATE_EXECUTABLE to its path"

    private static func locate() -> URL? {
        var folders: [URL] = []
        if let path = ProcessInfo.processInfo.environment["PALPATE_EXECUTABLE"], !path.isEmpty {
            return FileManager.default.isExecutableFile(atPath: path) ? URL(fileURLWithPath: path) : nil
        }
        // Linux: the test runner is an executable in the products folder.
        folders.append(Bundle.main.bundleURL)
        if let runner = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append(URL(fileURLWithPath: runner).deletingLastPathComponent())
        }
        // macOS: the tests are a bundle loaded by xctest; the products folder holds the bundle.
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        return folders.map { $0.appendingPathComponent("palpate") }.first {
            FileManager.default.isExecutableFile(atPath: $0.path)
        }
    }
}

/// A `palpate` process with its standard input and output piped to the test, driven a line at a
/// time like a student at a terminal (or a script).
final class RunningPalpate {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors = Pipe()
    /// Everything printed so far.
    private(set) var text = ""
    private var bytes = Data()

    /// Starts `palpate arguments` with `environment` (nothing of the test's own environment leaks
    /// in), wrapped in `prefix` (e.g. `setpriv …`) when given.
    init(
        _ arguments: [String], environment: [String: String], executable: URL, prefix: [String] = []
    ) throws {
        if prefix.isEmpty {
            process.executableURL = executable
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: prefix[0])
            process.arguments = Array(prefix.dropFirst()) + [executable.path] + arguments
        }
        process.environment = environment
        process.currentDirectoryURL = FileManager.default.temporaryDirectory
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        // Tests run side by side: without close-on-exec, another test's child would inherit these
        // pipes and keep them open after this process ends.
        for pipe in [input, output, errors] {
            _ = fcntl(pipe.fileHandleForReading.fileDescriptor, F_SETFD, FD_CLOEXEC)
            _ = fcntl(pipe.fileHandleForWriting.fileDescriptor, F_SETFD, FD_CLOEXEC)
        }
        try process.run()
    }

    /// Types a line (a newline is added).
    func send(_ line: String) { send(bytes: Array(line.utf8) + [0x0A]) }

    func send(bytes: [UInt8]) {
        try? input.fileHandleForWriting.write(contentsOf: Data(bytes))
    }

    /// Closes standard input, as Ctrl-D or the end of a script does.
    func closeInput() { try? input.fileHandleForWriting.close() }

    /// Reads output until `done` holds for everything printed so far, the output ends, or
    /// `timeout` passes. Returns whether `done` held.
    @discardableResult
    func waitForOutput(timeout: TimeInterval = 20, until done: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while !done(text) {
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { return false }
            switch take(from: output, waiting: min(remaining, 1)) {
            case nil: return done(text)  // end of output: the process has finished
            case let chunk?:
                bytes.append(contentsOf: chunk)
                text = String(decoding: bytes, as: UTF8.self)
            }
        }
        return true
    }

    /// What `pipe` has to read within `seconds`: some bytes, none yet (empty), or `nil` at its end.
    private func take(from pipe: Pipe, waiting seconds: TimeInterval) -> [UInt8]? {
        let descriptor = pipe.fileHandleForReading.fileDescriptor
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, Int32(seconds * 1_000)) > 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = read(descriptor, &buffer, buffer.count)
        return count > 0 ? Array(buffer[0..<count]) : nil
    }

    /// Waits for the process to end (at most `timeout`, then kills it), reads what is left of
    /// its output, and returns its exit status, or 128 + the signal that ended it.
    func finish(timeout: TimeInterval = 20) -> (status: Int32, errors: String) {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline {
            if let chunk = take(from: output, waiting: 0.05), !chunk.isEmpty {
                bytes.append(contentsOf: chunk)
            }
        }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        // The process is gone: take what its pipes still hold, without waiting for anyone else.
        while let chunk = take(from: output, waiting: 0.05), !chunk.isEmpty {
            bytes.append(contentsOf: chunk)
        }
        text = String(decoding: bytes, as: UTF8.self)
        var errorBytes: [UInt8] = []
        while let chunk = take(from: errors, waiting: 0.05), !chunk.isEmpty { errorBytes += chunk }
        let status =
            process.terminationReason == .uncaughtSignal
            ? 128 + process.terminationStatus : process.terminationStatus
        return (status, String(decoding: errorBytes, as: UTF8.self))
    }

    func signal(_ number: Int32) { kill(process.processIdentifier, number) }
}

/// Answers a review of whatever questions come, the way a student who knows a little would: each
/// question is read from the hint under it and given a readable answer (right or wrong, it does
/// not matter here), then the suggested rating is accepted.
struct ReviewDriver {
    /// The hints under each kind of question, and an answer each accepts as readable.
    private static let answers: [(hint: String, answer: @Sendable (String) -> String)] = [
        ("Answer with a letter", { _ in "a" }),
        ("Choose all that apply, e.g. a,c", { _ in "a" }),
        ("True or false? t/f", { _ in "t" }),
        ("Give a letter for each number, in order, e.g. ", { example($0) }),
        ("Put the step numbers in the right order, e.g. ", { example($0) }),
        ("Type your answer", { _ in "no idea" }),
        ("Type the hidden part", { _ in "no idea" }),
        ("Answer with the region numbers, e.g. ", { _ in "1" }),
        ("Recall the answer, then press Enter to see the back", { _ in "" }),
        ("How well did you recall it? 1 Again · 2 Hard · 3 Good · 4 Easy", { _ in "3" }),
        ("Enter: Good · 2: Hard · 4: Easy", { _ in "" }),
        ("Enter to continue (rated Again)", { _ in "" }),
    ]

    private static func example(_ line: String) -> String {
        String(line[line.range(of: "e.g. ")!.upperBound...])
    }

    /// How far into the output the driver has read, in UTF-8 bytes.
    private var consumed = 0
    /// The answer line typed for each card completed, in order (empty for flashcards).
    private(set) var cardAnswers: [String] = []
    private var currentAnswer: String?
    /// The prompt on screen that has not been answered yet.
    private(set) var pending: (line: String, completesCard: Bool)?

    /// Waits for the next prompt (at most `timeout`) and keeps it as `pending`, unanswered.
    /// Returns whether one came.
    @discardableResult
    mutating func waitForPrompt(_ process: RunningPalpate, timeout: TimeInterval = 20) -> Bool {
        if pending != nil { return true }
        var found: (line: String, completesCard: Bool, end: Int)?
        let start = consumed
        process.waitForOutput(timeout: timeout) { text in
            let utf8 = text.utf8
            guard start < utf8.count else { return false }
            let from = utf8.index(utf8.startIndex, offsetBy: start)
            guard let newline = text[from...].lastIndex(of: "\n") else { return false }
            for line in text[from..<newline].split(separator: "\n", omittingEmptySubsequences: false) {
                for (hint, answer) in Self.answers where line.hasPrefix(hint) {
                    let completes = hint.hasPrefix("Enter") || hint.hasPrefix("How well")
                    found = (
                        answer(String(line)), completes,
                        utf8.distance(from: utf8.startIndex, to: line.endIndex)
                    )
                    return true
                }
            }
            return false
        }
        guard let found else { return false }
        consumed = found.end
        pending = (found.line, found.completesCard)
        return true
    }

    /// Answers the prompt on screen (waiting for one, at most `timeout`) with its readable answer.
    /// Returns `false` if no prompt came.
    mutating func answerNext(_ process: RunningPalpate, timeout: TimeInterval = 20) -> Bool {
        guard waitForPrompt(process, timeout: timeout), let (line, _) = pending else { return false }
        pending = nil
        process.send(line)
        return true
    }

    /// Answers cards until `count` are committed, each answer read before the next prompt is
    /// waited for. Returns `false` if the session stopped asking first.
    mutating func answer(cards count: Int, in process: RunningPalpate) -> Bool {
        var done = 0
        while done < count {
            guard waitForPrompt(process), let (line, completes) = pending else { return false }
            pending = nil
            process.send(line)
            if currentAnswer == nil { currentAnswer = line }
            if completes {
                // A flashcard is recorded with the empty line that revealed its back.
                cardAnswers.append(currentAnswer ?? "")
                currentAnswer = nil
                done += 1
            }
        }
        return true
    }
}

/// Whether stored review answers are the typed ones, card by card. A letter picked among shuffled
/// choices is stored as the choice's text (see `AnswerText`), so a typed single letter matches
/// any non-empty stored text; everything else must be stored as typed.
func storedAnswersMatch(_ stored: [String], typed: [String]) -> Bool {
    guard stored.count == typed.count else { return false }
    return zip(stored, typed).allSatisfy { stored, typed in
        let isLetter =
            typed.count == 1 && typed.first.map { ("a"..."z").contains($0) && $0 != "t" && $0 != "f" } == true
        return isLetter ? !stored.isEmpty && stored != typed : stored == typed
    }
}
