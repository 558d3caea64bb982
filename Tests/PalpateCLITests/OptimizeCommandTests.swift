import Foundation
import Progress
import Scheduling
import Testing

@testable import PalpateCLI

@Suite struct OptimizeCommandTests {
    /// A data folder whose store holds the shared real history, scheduled as palpate would.
    static func storeWithRealHistory() throws -> URL {
        let folder = temporaryDataDirectory()
        let store = try ProgressStore.open(
            directory: folder, now: fixedNow, timeZone: TimeZone(identifier: "UTC")!, sessionHolder: nil)
        defer { try? store.close() }
        let source = packageRoot.appendingPathComponent("Tests/SchedulingTests/Fixtures/real_history.csv")
        let scheduler = FSRSScheduler(
            options: try SchedulerOptions(
                parameters: .default, desiredRetention: 0.9, learningSteps: [60, 600], relearningSteps: [600],
                maximumInterval: 36_500, fuzzEnabled: false))
        var schedules: [String: CardSchedule] = [:]
        var random = SplitMix64(seed: 1)
        var reviews: [NewReview] = []
        for line in try String(contentsOf: source, encoding: .utf8).split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            let card = "deck/q\(fields[0])"
            let time = Instant(microsecondsSince1970: Int64(fields[1])!)
            let rating = Rating(rawValue: Int(fields[2])!)!
            let outcome = scheduler.review(
                schedules[card] ?? .new(due: time), rating: rating, at: time, random: &random)
            schedules[card] = outcome.schedule
            reviews.append(
                NewReview(
                    cardID: card, sessionID: nil, reviewedAt: time.date, rating: rating,
                    schedule: outcome.schedule))
        }
        try store.importReviews(reviews)
        return folder
    }

    @Test func fitsTheStudentsOwnReviewsAndChangesNothing() throws {
        let folder = try Self.storeWithRealHistory()
        let run = runPalpate(["--data-dir", folder.path, "optimize"])
        #expect(run.exitCode == .success)
        #expect(run.output.hasPrefix("12580 reviews of 1205 cards; 5329 of them predictable"))
        #expect(
            run.output.contains("These parameters predict your recall better than the defaults: 0.450 → 0.43")
        )
        #expect(
            run.output.hasSuffix(
                "Nothing was changed. 'palpate optimize --apply' would put these parameters in use.\n"))
        #expect(runPalpate(["--data-dir", folder.path, "config", "parameters"]).output == "default\n")
        let json = runPalpate(["--data-dir", folder.path, "optimize", "--json"])
        #expect(json.output.hasPrefix(#"{"outcome":"fitted","parameters":["#))
    }

    @Test func applyPutsTheFitInUseAndRevertGoesBack() throws {
        let folder = try Self.storeWithRealHistory()
        func palpate(_ arguments: String...) -> CLIRun {
            runPalpate(["--data-dir", folder.path] + arguments)
        }
        let before = try Self.cards(folder)

        let applied = palpate("optimize", "--apply")
        #expect(applied.exitCode == .success)
        let summary = try #require(applied.output.split(separator: "\n").last)
        #expect(summary.hasPrefix("Applied. "))
        #expect(summary.hasSuffix(" unchanged. Undo with 'palpate optimize --revert'."))
        let fitted = palpate("config", "parameters").output.trimmingCharacters(in: .newlines)
        let parameters = try FSRSParameters(parsing: fitted)
        #expect(parameters != .default)
        #expect(applied.output.contains(fitted))
        #expect(
            palpate("config").output.contains(
                "The parameters were fitted to your reviews on 2026-01-01 ('palpate optimize --revert' goes back)."
            ))
        let after = try Self.cards(folder)
        #expect(after.count == before.count)
        #expect(after.keys.contains { after[$0]!.schedule.stability != before[$0]!.schedule.stability })
        // Marks and counts stay; only schedules move.
        #expect(
            after.values.allSatisfy {
                $0.reps == before[$0.cardID]!.reps && $0.lapses == before[$0.cardID]!.lapses
            })

        let reverted = palpate("optimize", "--revert")
        #expect(reverted.exitCode == .success)
        #expect(reverted.output.hasPrefix("Reverted to the default parameters. "))
        #expect(palpate("config", "parameters").output == "default\n")
        #expect(!palpate("config").output.contains("The parameters were"))
        #expect(palpate("optimize", "--revert").output.hasPrefix("Nothing to revert"))
        // The defaults give each card the stability it had before the apply.
        let back = try Self.cards(folder)
        for (id, card) in back {
            #expect(abs((card.schedule.stability ?? 0) - (before[id]!.schedule.stability ?? 0)) < 1e-9)
        }
    }

    /// A second --apply on the same history fits the same parameters: judged against the
    /// parameters in use as well as the defaults, it says so and changes nothing.
    @Test func aSecondApplyIsJudgedAgainstTheParametersInUse() throws {
        let folder = try Self.storeWithRealHistory()
        func palpate(_ arguments: String...) -> CLIRun {
            runPalpate(["--data-dir", folder.path] + arguments)
        }
        #expect(palpate("optimize", "--apply").output.contains("Applied. "))
        let inUse = palpate("config", "parameters").output
        let before = try Self.cards(folder)

        let again = palpate("optimize", "--apply")
        #expect(again.exitCode == .success)
        let lines = again.output.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("default parameters   0.4502") })
        #expect(lines.contains { $0.hasPrefix("parameters in use    0.43") })
        #expect(lines.contains { $0.hasPrefix("fitted parameters    0.43") })
        #expect(
            again.output.contains(
                "These parameters predict your recall better than the defaults (0.450 → 0.437) but no better "
                    + "than the parameters in use (0.437 → 0.437); keep the parameters in use."))
        #expect(again.output.hasSuffix("Nothing was changed: the parameters in use stay.\n"))
        #expect(palpate("config", "parameters").output == inUse)
        #expect(try Self.cards(folder) == before)

        let json = palpate("optimize", "--json").output
        #expect(json.contains(#""in_use":{"log_loss":0.43"#))
        #expect(json.contains("keep the parameters in use"))
    }

    /// Parameters in use that predict worse than the defaults (set by hand here) are replaced by
    /// a fit that beats both, and the verdict names both.
    @Test func applyReplacesParametersInUseThatAFitBeats() throws {
        let folder = try Self.storeWithRealHistory()
        func palpate(_ arguments: String...) -> CLIRun {
            runPalpate(["--data-dir", folder.path] + arguments)
        }
        var weights = FSRSParameters.default.weights
        weights[0] = 2.0  // a first Again remembered for two days: far too long
        let poor = weights.map { String($0) }.joined(separator: ",")
        #expect(palpate("config", "parameters", poor).exitCode == .success)

        let applied = palpate("optimize", "--apply")
        #expect(applied.exitCode == .success)
        #expect(applied.output.contains("parameters in use    0.4"))
        #expect(
            applied.output.contains(
                "These parameters predict your recall better than the defaults (0.450 → 0.437) and better than "
                    + "the parameters in use ("))
        #expect(applied.output.contains("Applied. "))
        #expect(palpate("config", "parameters").output != poor + "\n")
    }

    static func cards(_ folder: URL) throws -> [String: CardState] {
        let store = try ProgressStore.open(
            directory: folder, now: fixedNow, timeZone: TimeZone(identifier: "UTC")!, sessionHolder: nil)
        defer { try? store.close() }
        return try store.cardStates()
    }

    @Test func applyWithTooLittleHistoryChangesNothing() {
        let run = runPalpate(["--data-dir", temporaryDataDirectory().path, "optimize", "--apply"])
        #expect(run.exitCode == .success)
        #expect(run.output.hasSuffix("Nothing was changed: the parameters in use stay.\n"))
        let both = runPalpate([
            "--data-dir", temporaryDataDirectory().path, "optimize", "--apply", "--revert",
        ])
        #expect(both.exitCode == .usage)
    }

    @Test func anEmptyStoreNeedsAHundredReviews() {
        let run = runPalpate(["--data-dir", temporaryDataDirectory().path, "optimize"])
        #expect(run.exitCode == .success)
        #expect(run.output.contains("at least 100 predictable reviews are needed, 100 more"))
    }

    @Test func argumentsAreAUsageError() {
        let run = runPalpate(["--data-dir", temporaryDataDirectory().path, "optimize", "history.csv"])
        #expect(run.exitCode == .usage)
        #expect(run.errorOutput.contains("palpate scheduler optimize FILE"))
    }
}
