import Foundation
import Scheduling

/// One student's simulated year in the soak: a session a day (most days) against their own
/// store, driven through pipes, with the driver's own tally of the answers it saw confirmed.
struct SoakStudent {
    /// The size and seed of a soak run.
    struct Plan: Sendable {
        var students: Int
        var days: Int
        var seed: UInt64
        /// The day whose review child's peak memory stands for early in the year (day 30).
        var earlyDay: Int { min(29, days - 1) }
        var lateDay: Int { days - 1 }
    }

    /// What the driver saw, to compare with the store.
    struct Tally: Sendable {
        /// Answers whose "Next review:" line (printed after the commit) the driver read.
        var confirmed = 0
        /// Kills since the last restore: each may have committed one answer the driver never saw.
        var killsSinceRestore = 0
        var sessions = 0
        var killed = 0
        var closedInput = 0
        var quits = 0
        var undos = 0
        var restores = 0
        /// Children that ended with a status the ending does not explain, with their last words.
        var failures: [String] = []
        var earlyPeakKB = 0
        var latePeakKB = 0
        /// Filled by `SoakChecks.examine` after the year.
        var storedReviews = -1
        var reportedReviews = -1
        var integrityOK = false
        var reportsWritten = 0
        /// Files in `backups/` that are not a finished backup, and their size.
        var leftoverFiles = 0
        var leftoverBytes = 0
    }

    /// The first simulated morning: 2025-09-01T08:00Z.
    static let firstMorning = Date(timeIntervalSince1970: 1_756_713_600)

    let index: Int
    let plan: Plan
    let content: String
    let folder: URL

    var dataDirectory: URL { folder.appendingPathComponent("data") }

    /// Lives the year and returns the tally.
    func run() throws -> Tally {
        var random = SplitMix64(seed: plan.seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        var tally = Tally()
        try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
        let (named, said) = try palpate(
            ["config", "name", "Student \(index + 1)"], at: Self.firstMorning, input: "", ending: .closeInput)
        if named != 0 { tally.failures.append("student \(index + 1): config name exited \(named): \(said)") }
        // One student in ten (the 1st, 11th, …) restores the newest backup once, in the middle third
        // of the year.
        let restoreDay = index % 10 == 0 ? plan.days / 3 + Int(random.next() % UInt64(plan.days / 3 + 1)) : -1
        for day in 0..<plan.days {
            let moment = Self.firstMorning.addingTimeInterval(
                Double(day) * 86_400 + Double(random.next() % 600) * 60)
            if day == restoreDay && day > 0 { try restore(at: moment, tally: &tally) }
            let measured = day == plan.earlyDay || day == plan.lateDay
            let roll = random.next() % 100
            if !measured && roll < 8 { continue }  // a day off
            let ending: SoakChild.Ending
            if measured || roll < 45 {
                tally.quits += 1
                ending = .closeInput
            } else if roll < 75 {
                tally.closedInput += 1
                ending = .closeInput
            } else {
                tally.killed += 1
                tally.killsSinceRestore += 1
                ending = .kill(afterMicroseconds: UInt32(random.next() % 500_000))
            }
            // No `u` in a session that is killed: an undo committed but not yet printed would
            // make the driver's tally one too high.
            let undo: Bool = if case .closeInput = ending { roll % 3 == 0 } else { false }
            var script = Self.answers(count: 10 + Int(random.next() % 70), undo: undo, random: &random)
            if measured || roll < 45 { script += "q\nq\nq\n" }
            tally.undos += script.split(separator: "\n").filter { $0 == "u" }.count
            tally.sessions += 1
            let peakFile = folder.appendingPathComponent("peak").path
            try? FileManager.default.removeItem(atPath: peakFile)
            let (status, output) = try palpate(
                ["review"], at: moment, input: script, ending: ending,
                extraEnvironment: measured ? [PeakMemory.fileVariable: peakFile] : [:])
            // "Next review:" is printed after an answer is committed, "Undone:" after an undo is.
            tally.confirmed +=
                output.components(separatedBy: "Next review:").count
                - output.components(separatedBy: "Undone: your answer").count
            let expected: Set<Int32> = if case .kill = ending { [0, 128 + SIGKILL] } else { [0] }
            // Input that ends at the first card before any answer (every line refused by, say, a
            // six-step ordering question) is reported with exit 1, nothing recorded: as intended.
            let nothingAnswered =
                status == 1
                && output.contains("the input ended before the first answer; nothing was recorded")
            if !expected.contains(status) && !nothingAnswered {
                tally.failures.append(
                    "student \(index + 1) day \(day + 1): review exited \(status): \(Self.tail(output))")
            }
            if measured {
                let peak = (try? PeakMemory.read(peakFile)) ?? 0
                if day == plan.earlyDay { tally.earlyPeakKB = peak }
                if day == plan.lateDay { tally.latePeakKB = peak }
            }
        }
        return tally
    }

    /// `palpate doctor --restore latest --yes` before the day's session: the store goes back to
    /// the newest backup, and the driver's tally to the reviews the restored file holds, as
    /// doctor says.
    private func restore(at moment: Date, tally: inout Tally) throws {
        let (status, output) = try palpate(
            ["doctor", "--restore", "latest", "--yes"], at: moment, input: "", ending: .closeInput)
        guard status == 0, let range = output.range(of: #"and (\d+) reviews?\."#, options: .regularExpression)
        else {
            tally.failures.append("student \(index + 1): restore exited \(status): \(Self.tail(output))")
            return
        }
        let figure = output[range].split(separator: " ")[1]
        tally.confirmed = Int(figure) ?? -1
        tally.killsSinceRestore = 0
        tally.restores += 1
    }

    /// Runs palpate on this student's store at `moment`; returns its status and output.
    func palpate(
        _ arguments: [String], at moment: Date, input: String, ending: SoakChild.Ending,
        extraEnvironment: [String: String] = [:]
    ) throws -> (Int32, String) {
        let outputFile = folder.appendingPathComponent("out").path
        let errorFile = folder.appendingPathComponent("err").path
        let environment = [
            "PALPATE_NOW": ISO8601DateFormatter().string(from: moment), "TZ": "UTC", "NO_COLOR": "1",
            "HOME": folder.path,
        ].merging(extraEnvironment) { _, new in new }
        let status = try SoakChild.run(
            ["--content", content, "--data-dir", dataDirectory.path] + arguments, environment: environment,
            input: input, ending: ending, standardOutput: outputFile, standardError: errorFile)
        let output = (try? String(contentsOfFile: outputFile, encoding: .utf8)) ?? ""
        let errors = (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? ""
        return (status, status == 0 ? output : output + errors)
    }

    /// Scripted lines: answers of every shape (letters, true/false, several letters, words),
    /// ratings and Enter, and now and then `u` (take back) at whatever prompt it lands on. A
    /// line the prompt does not accept is asked again, as for a person.
    static func answers(count: Int, undo: Bool, random: inout SplitMix64) -> String {
        let answers = ["a", "b", "c", "d", "t", "f", "a c", "b d", "trigger point", "3 1 2", ""]
        let ratings = ["", "3", "3", "2", "4", "1"]
        var lines: [String] = []
        for _ in 0..<count {
            lines.append(answers[Int(random.next() % UInt64(answers.count))])
            lines.append(
                undo && random.next() % 8 == 0 ? "u" : ratings[Int(random.next() % UInt64(ratings.count))])
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func tail(_ output: String) -> String {
        output.split(separator: "\n").suffix(3).joined(separator: " / ")
    }
}
