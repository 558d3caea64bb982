import Foundation
import Progress
import Testing

@testable import PalpateCLI

/// A damaged progress store, as each kind of fault leaves it.
enum StoreFault: String, CaseIterable, Sendable {
    case garbage
    case truncated
    case damagedPage
    case newerVersion

    /// Damages the store at `database` and returns what the file now holds.
    func apply(to database: URL) throws -> Data {
        var bytes = try #require(fileBytes(database))
        switch self {
        case .garbage: bytes = Data((0..<8_192).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        case .truncated: bytes = bytes.prefix(bytes.count / 3)
        case .damagedPage: for offset in 4_096..<4_300 { bytes[offset] = 0xEE }
        case .newerVersion: bytes[63] = 42  // user_version: 4 big-endian bytes at offset 60
        }
        try bytes.write(to: database)
        return bytes
    }

    /// Words the message must hold, so the student knows what happened.
    var advice: [String] {
        switch self {
        case .garbage: ["is not a Palpate progress database", "left exactly as it was", "palpate doctor"]
        case .truncated, .damagedPage: ["is damaged", "left exactly as it was", "palpate doctor"]
        case .newerVersion: ["newer version of Palpate (schema version 42", "Update Palpate"]
        }
    }
}

/// Every command that opens the store, with input that would answer or change something.
private let storeCommands: [(arguments: [String], input: [String])] = [
    (["review"], ["a", "", "q"]),
    (["exam", "--count", "3", "--seed", "1"], ["a", "a", "a"]),
    (["config"], []),
    (["config", "name", "Ada"], []),
    (["restore", "--all"], []),
]

@Suite struct StoreFaultCommandTests {
    @Test(arguments: StoreFault.allCases)
    func everyCommandRefusesADamagedStoreClearlyAndLeavesItUntouched(fault: StoreFault) throws {
        let student = Student()
        #expect(
            student.review([try student.correctAnswer("mc", at: studyMorning), "", "q"], at: studyMorning)
                .exitCode == .success)
        let database = student.data.appendingPathComponent("progress.sqlite")
        let damaged = try fault.apply(to: database)
        for (arguments, input) in storeCommands {
            let run = runPalpate(
                ["--content", studyCourse.path, "--data-dir", student.data.path] + arguments, input: input,
                now: studyMorning.addingTimeInterval(86_400))
            let what = "\(fault) / \(arguments.joined(separator: " "))"
            #expect(run.exitCode == .failure, "\(what)")
            #expect(run.errorOutput.hasPrefix("palpate: "), "\(what)")
            #expect(run.errorOutput.split(separator: "\n").count == 1, "\(what): \(run.errorOutput)")
            for words in fault.advice {
                #expect(run.errorOutput.contains(words), "\(what): \(run.errorOutput)")
            }
            #expect(fileBytes(database) == damaged, "\(what) changed the file")
        }
        // Nothing was written beside it: no log, no backup of the damaged file. (The checked
        // decks' cache belongs to the content, not the store.)
        let names = try FileManager.default.contentsOfDirectory(atPath: student.data.path)
        #expect(Set(names).isSubset(of: ["progress.sqlite", "session.lock", "cache"]), "\(names)")
        // And doctor, made for this moment, reports it without changing it.
        let doctor = runPalpate(["--data-dir", student.data.path, "doctor"], now: studyMorning)
        #expect(doctor.exitCode == .failure)
        #expect(fileBytes(database) == damaged)
    }
}
