import Foundation
import Testing

@testable import PalpateCLI

@Suite struct ConfigCommandTests {
    @Test func listsEverySettingWithItsDefault() {
        let data = temporaryDataDirectory()
        let run = runPalpate(["--data-dir", data.path, "config"])
        #expect(run.exitCode == .success)
        #expect(run.output.contains("new-per-day        20"))
        #expect(run.output.contains("learning-steps     1m,10m"))
        #expect(
            run.errorOutput
                == "Created your progress store in \(data.path) (change it with --data-dir or PALPATE_HOME).\n"
        )
    }

    @Test func changedValuesAreKeptBetweenRuns() {
        let data = temporaryDataDirectory()
        #expect(
            runPalpate(["--data-dir", data.path, "config", "new-per-day", "35"]).output
                == "new-per-day = 35\n")
        #expect(runPalpate(["--data-dir", data.path, "config", "new-per-day"]).output == "35\n")
        #expect(
            runPalpate(["--data-dir", data.path, "config", "--reset", "new-per-day"]).output
                == "new-per-day = 20\n")
    }

    @Test func invalidValuesAreRefusedWithWhatWouldBeValid() {
        let data = temporaryDataDirectory()
        let run = runPalpate(["--data-dir", data.path, "config", "desired-retention", "2"])
        #expect(run.exitCode == .failure)
        #expect(
            run.errorOutput.hasSuffix(
                "palpate: invalid value '2' for desired-retention: expected a number from 0.70 to 0.99, or a percentage such as 90%.\n"
            ))
        #expect(runPalpate(["--data-dir", data.path, "config", "desired-retention"]).output == "0.9\n")
    }

    @Test func unknownKeySuggestsTheNearOne() {
        let run = runPalpate(["--data-dir", temporaryDataDirectory().path, "config", "new-per-dya", "3"])
        #expect(run.exitCode == .failure)
        #expect(run.errorOutput.contains("unknown setting 'new-per-dya'; did you mean 'new-per-day'?"))
    }

    @Test func dataDirectoryComesFromPalpateHomeWhenNoOptionIsGiven() {
        let data = temporaryDataDirectory()
        _ = runPalpate(["config", "name", "Ada"], environment: ["PALPATE_HOME": data.path])
        #expect(FileManager.default.fileExists(atPath: data.appendingPathComponent("progress.sqlite").path))
        #expect(runPalpate(["--data-dir", data.path, "config", "name"]).output == "Ada\n")
    }
}
