import Foundation
import Testing

@testable import PalpateCLI

/// Values each kind of option must refuse as wrong usage (exit 64). Options whose values are
/// checked against the world rather than their shape (a folder, a file, a setting's name) are
/// listed in `checkedByTheCommand` and fail with exit 1 instead.
private let badValues: [String: [String]] = [
    "N": ["x", "-3", "1.5", "", "99999999999999999999"],
    "MINUTES": ["x", "-3", "0", ""],
    "PERCENT": ["x", "-3", "101", ""],
    "DAYS": ["x", "0", "-3", "36501"],
    "R": ["x", "0", "1", "1.5", "nan"],
    "STEPS": ["x", "10", "-1m", "1m,,2m"],
    "W": ["x", "1,2,3"],
    "ID": ["no-such-deck"],
    "NEW-ID": ["Not An Id", "a--b", ""],
    "LESSON[#SECTION]": ["no-such-lesson", "../notes", "referral-patterns#no-such-section", ""],
    "T": ["no-such-tag"],
    "STATE": ["bogus", "suspend", ""],
    "BACKUP": ["yesterday", "2026-1-1"],
    "YYYY-MM-DD": ["garbage", "2026-13-01", "2026-02-30", "01/02/2026"],
]

private let checkedByTheCommand: Set<String> = ["DIR", "FILE", "KEY", "NAME"]

/// What each command needs besides the option under test to reach its option checks.
private let positionals: [String: [String]] = [
    "scheduler": ["replay", "history.csv"], "read": ["basics"], "import": ["bank.gift"],
    "export": ["referral-patterns"],
]

/// Every command's options, and the global ones (offered after any command too).
private var everyOption: [(command: String, option: OptionSpec)] {
    allCommands.flatMap { command in command.options.map { (command.name, $0) } }
        + PalpateApp.globalOptions.map { ("lessons", $0) }
}

/// The command line of a usage error: one line saying what is wrong, one line of hint.
private func expectUsageError(
    _ run: CLIRun, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(
        run.exitCode == .usage, "\(what): exit \(run.exitCode), \(run.errorOutput)",
        sourceLocation: sourceLocation)
    let lines = run.errorOutput.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
        lines.count == 3 && lines[2].isEmpty, "\(what): \(run.errorOutput)", sourceLocation: sourceLocation)
    #expect(lines.first?.hasPrefix("palpate: ") == true, "\(what)", sourceLocation: sourceLocation)
    #expect(run.output.isEmpty, "\(what) printed \(run.output)", sourceLocation: sourceLocation)
}

@Suite struct CommandLineTests {
    private let data = temporaryDataDirectory()

    private func run(_ command: String, _ arguments: [String], environment: [String: String] = [:]) -> CLIRun
    {
        runPalpate(
            ["--data-dir", data.path, command] + (positionals[command] ?? []) + arguments,
            environment: environment)
    }

    @Test func everyCommandRefusesAnUnknownOptionSuggestingTheNearOne() {
        for command in allCommands {
            let result = run(command.name, ["--no-such-option"])
            expectUsageError(result, "\(command.name) --no-such-option")
            #expect(result.errorOutput.contains("unknown option '--no-such-option' for '\(command.name)'"))
            if let option = command.options.first(where: { $0.name.count > 4 }) {
                let typo = String(option.name.dropLast())
                let near = run(command.name, [typo] + (option.value == nil ? [] : ["1"]))
                expectUsageError(near, "\(command.name) \(typo)")
                #expect(near.errorOutput.contains("did you mean '\(option.name)'?"), "\(near.errorOutput)")
            }
        }
    }

    @Test func everyOptionThatTakesAValueRefusesToGoWithoutOne() {
        for (command, option) in everyOption where option.value != nil {
            let result = run(command, [option.name])
            expectUsageError(result, "\(command) \(option.name)")
            #expect(result.errorOutput.contains("\(option.name) needs a value"), "\(result.errorOutput)")
        }
    }

    @Test func flagsRefuseAValue() {
        for (command, option) in everyOption where option.value == nil && option.name != "--help" {
            expectUsageError(run(command, [option.name + "=yes"]), "\(command) \(option.name)=yes")
        }
    }

    @Test func badNumbersDatesAndNamesAreUsageErrorsForEveryOption() {
        for (command, option) in everyOption {
            guard let placeholder = option.value, !checkedByTheCommand.contains(placeholder) else { continue }
            // A fixed set of words (text|json, auto|always|never) refuses any other.
            let values = placeholder.contains("|") ? ["bogus", ""] : badValues[placeholder]
            guard let values else {
                Issue.record(
                    "\(command) \(option.name) \(placeholder): add the values it must refuse to this table")
                continue
            }
            for value in values {
                expectUsageError(run(command, [option.name, value]), "\(command) \(option.name) '\(value)'")
                expectUsageError(
                    run(command, ["\(option.name)=\(value)"]), "\(command) \(option.name)='\(value)'")
            }
        }
    }

    @Test func anOptionGivenTwiceIsRefusedUnlessItRepeats() {
        for (command, option) in everyOption where option.value != nil && !option.repeatable {
            let placeholder = option.value ?? ""
            let value = placeholder.contains("|") ? String(placeholder.prefix { $0 != "|" }) : "1"
            expectUsageError(
                run(command, [option.name, value, option.name, value]), "\(command) \(option.name) twice")
        }
    }

    @Test func unknownCommandsAndStrayArgumentsAreUsageErrors() {
        expectUsageError(runPalpate(["reveiw"]), "reveiw")
        #expect(runPalpate(["reveiw"]).errorOutput.contains("did you mean 'review'?"))
        expectUsageError(runPalpate(["--no-such-global", "lessons"]), "--no-such-global")
        for command in ["review", "exam", "lessons", "doctor"] {
            expectUsageError(run(command, ["stray"]), "\(command) stray")
        }
        expectUsageError(runPalpate(["scheduler", "rewind", "x.csv"]), "scheduler rewind")
        expectUsageError(runPalpate(["read"]), "read without a lesson")
    }

    @Test func aBadPALPATE_NOWIsAUsageErrorForEveryCommand() {
        for value in [
            "garbage", "2026-03-01", "2026-03-01T08:00:00", "2026-02-30T08:00:00Z", "2026-03-01T25:00:00Z",
        ] {
            for command in allCommands {
                let result = run(command.name, [], environment: ["PALPATE_NOW": value])
                expectUsageError(result, "PALPATE_NOW=\(value) \(command.name)")
                #expect(result.errorOutput.contains("PALPATE_NOW must be an ISO-8601 time with a zone"))
            }
        }
        #expect(!FileManager.default.fileExists(atPath: data.path), "a usage error created the data folder")
    }
}
