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
