import Testing

@testable import PalpateCLI

@Suite struct PalpateAppTests {
    @Test func versionPrintsTheVersionAndSucceeds() {
        let run = runPalpate(["--version"])
        #expect(run.exitCode == .success)
        #expect(run.output == "palpate \(PalpateApp.version)\n")
    }

    @Test func unknownCommandIsAUsageErrorWithASuggestion() {
        let run = runPalpate(["chek"])
        #expect(run.exitCode == .usage)
        #expect(run.output == "")
        #expect(
            run.errorOutput
                == "palpate: unknown command 'chek'; did you mean 'check'?\nRun 'palpate --help' for the list of commands.\n"
        )
    }

    @Test func unknownOptionNamesTheNearOne() {
        let run = runPalpate(["check", "--frmat", "json"])
        #expect(run.exitCode == .usage)
        #expect(
            run.errorOutput.hasPrefix(
                "palpate: unknown option '--frmat' for 'check'; did you mean '--format'?\n"))
    }

    @Test func optionWithoutItsValueIsAUsageError() {
        let run = runPalpate(["check", "--format"])
        #expect(run.exitCode == .usage)
        #expect(run.errorOutput.contains("--format needs a value"))
    }

    @Test func badChoiceSaysWhatIsAllowed() {
        let run = runPalpate(["--color", "sometimes", "lessons"])
        #expect(run.exitCode == .usage)
        #expect(run.errorOutput.contains("--color must be auto, always or never, not 'sometimes'"))
    }

    @Test func helpListsEveryCommand() {
        let run = runPalpate(["--help"])
        #expect(run.exitCode == .success)
        for command in allCommands {
            #expect(run.output.contains("  \(command.name)"))
        }
    }

    @Test func helpForACommandShowsItsUsageAndOptions() {
        let run = runPalpate(["help", "check"])
        #expect(run.exitCode == .success)
        #expect(run.output.contains("Usage: palpate check [PATH…] [--strict] [--format text|json]"))
        #expect(run.output.contains("--strict"))
        #expect(run.output.contains("--format text|json"))
        #expect(runPalpate(["check", "--help"]).output == run.output)
    }

    @Test func helpForAnUnknownCommandIsAUsageError() {
        let run = runPalpate(["help", "lesons"])
        #expect(run.exitCode == .usage)
        #expect(run.errorOutput.contains("did you mean 'lessons'?"))
    }

    @Test func plainOutputHasNoEscapeCodesUnlessAsked() {
        #expect(!runPalpate(["--help"]).output.contains("\u{1B}["))
        #expect(runPalpate(["--color", "always", "--help"]).output.contains("\u{1B}["))
        #expect(runPalpate(["--help"], terminal: true).output.contains("\u{1B}["))
        #expect(
            !runPalpate(["--help"], environment: ["NO_COLOR": "1"], terminal: true).output.contains("\u{1B}[")
        )
        #expect(
            !runPalpate(["--help"], environment: ["TERM": "dumb"], terminal: true).output.contains("\u{1B}["))
    }
}
