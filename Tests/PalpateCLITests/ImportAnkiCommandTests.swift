import Foundation
import Testing

@testable import PalpateCLI

/// `palpate import` on Anki packages made by the real Anki library, and `--with-history`.
@Suite struct ImportAnkiCommandTests {
    let folder: URL
    let anki = packageRoot.appendingPathComponent("Tests/InterchangeTests/Fixtures/anki")

    init() throws {
        folder = try temporaryFolder()
    }

    private func run(_ arguments: [String], terminal: Bool = false) -> CLIRun {
        runPalpate(
            ["--data-dir", folder.appendingPathComponent("data").path, "import"] + arguments,
            directory: folder,
            terminal: terminal)
    }

    @Test func writesACheckedDeckFromAPackageAndListsEachNote() throws {
        let package = anki.appendingPathComponent("current.apkg").path
        let result = run([package, "--deck", "anatomy", "--output", "anatomy.json"])
        #expect(result.exitCode == .success, "\(result.errorOutput)")
        let lines = result.output.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("\(package): note ") }.count == 6)
        #expect(lines.contains { $0.contains(": skipped a 'Picture only' note: no usable field") })
        #expect(
            lines.contains("The package holds a review history; add it to your progress with --with-history.")
        )
        #expect(
            lines.contains(
                "Imported 6 questions as deck 'anatomy' (3 converted, 2 changed, 1 skipped). Wrote anatomy.json."
            ))
        let check = runPalpate(["check", "anatomy.json"], directory: folder)
        #expect(check.exitCode == .success, "\(check.errorOutput)")
        // Nothing went to the store without --with-history.
        #expect(
            !FileManager.default.fileExists(
                atPath: folder.appendingPathComponent("data/progress.sqlite").path))
    }

    @Test func historyIsAddedOnceAndTheSecondImportSaysSo() throws {
        let package = anki.appendingPathComponent("current.apkg").path
        let first = run([package, "--with-history", "--output", "deck.json"])
        #expect(first.exitCode == .success, "\(first.errorOutput)")
        #expect(
            first.output.contains(
                "review history: 26 answers of imported cards; 2 entries left out (rescheduled or set by hand, not answers); 2 answers of skipped notes left out"
            ))
        #expect(
            first.output.contains(
                "History: added 26 reviews of 6 cards to your progress and worked out their memory state again."
            ))
        let legacy = anki.appendingPathComponent("legacy.apkg").path
        let second = run([legacy, "--with-history", "--output", "deck2.json"])
        #expect(second.exitCode == .success, "\(second.errorOutput)")
        #expect(
            second.output.contains(
                "History: nothing added; your progress already holds all 26 reviews (imported before)."))
    }

    @Test func aDeckExportedToAnkiComesBackWithItsIDsAndExplanations() throws {
        let export = exportAnkiPackage("referral-patterns", to: "rp.apkg", in: folder)
        #expect(export.exitCode == .success, "\(export.errorOutput)")
        let result = run(["rp.apkg", "--deck", "rp", "--output", "rp.json"])
        #expect(result.exitCode == .success, "\(result.errorOutput)")
        func questions(_ url: URL) throws -> [String: [String: Any]] {
            let deck = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
            let list = deck?["questions"] as? [[String: Any]] ?? []
            return Dictionary(list.map { ($0["id"] as? String ?? "", $0) }) { first, _ in first }
        }
        let original = try questions(packageRoot.appendingPathComponent("Quizzes/referral-patterns.json"))
        let imported = try questions(folder.appendingPathComponent("rp.json"))
        // The GUIDs are the question ids: every one comes back (cloze questions as one question).
        #expect(Set(imported.keys) == Set(original.keys))
        let clozes = original.filter { $0.value["type"] as? String == "cloze" }
        #expect(!clozes.isEmpty)
        for (id, question) in clozes {
            #expect(imported[id]?["type"] as? String == "cloze")
            #expect(imported[id]?["text"] as? String == question["text"] as? String, "\(id)")
        }
        let sameExplanation = imported.filter {
            $0.value["explanation"] as? String == original[$0.key]?["explanation"] as? String
        }
        #expect(
            sameExplanation.count >= original.count * 9 / 10, "\(sameExplanation.count) of \(original.count)")
        #expect(!result.output.contains("'Lesson'"))
    }

    @Test func filesWithoutAHistoryLeaveTheStoreAlone() throws {
        let gift = packageRoot.appendingPathComponent("Tests/InterchangeTests/Fixtures/every-construct.gift")
            .path
        let result = run([gift, "--with-history", "--output", "deck.json"])
        #expect(result.exitCode == .success, "\(result.errorOutput)")
        #expect(
            result.output.hasSuffix(
                "History: the files hold no answered review; your progress is unchanged.\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("data").path))
    }

    /// A card forgotten eight times in the imported history is suspended as a leech, and the
    /// import says so, with how to see and restore it.
    @Test func aHistoryThatMakesALeechSaysSo() throws {
        var csv =
            "card_id,review_time,rating\nanki-70,2026-01-01T10:00:00Z,3\nanki-70,2026-01-02T10:00:00Z,3\n"
        for lapse in 0..<8 {
            let day = 10 + lapse * 10
            func time(_ offset: Int) -> String {
                let date = Date(timeIntervalSince1970: 1_767_261_600 + Double((day + offset) * 86_400))
                return ISO8601DateFormatter().string(from: date)
            }
            csv += "anki-70,\(time(0)),1\nanki-70,\(time(1)),3\nanki-70,\(time(4)),3\n"
        }
        try Data(csv.utf8).write(to: folder.appendingPathComponent("leech.csv"))
        let result = run(["leech.csv", "--with-history"])
        #expect(result.exitCode == .success, "\(result.errorOutput)")
        #expect(
            result.output.contains(
                "Leeches: 1 card was forgotten 8 times or more in this history, so it is suspended as a leech, "
                    + "as a review here would have done (list them with 'palpate cards --state leech'; bring one "
                    + "back with 'palpate restore anki-70')."), "\(result.output)")
    }

    @Test func aReplayCSVAddsHistoryOnly() throws {
        let csv =
            "card_id,review_time,rating\nanki-70,2026-02-01T10:00:00Z,Good\nanki-70,2026-02-03T10:00:00Z,1\n"
        try Data(csv.utf8).write(to: folder.appendingPathComponent("reviews.csv"))
        let first = run(["reviews.csv", "--with-history"])
        #expect(first.exitCode == .success, "\(first.errorOutput)")
        #expect(first.output.contains("History: added 2 reviews of 1 card"))
        #expect(run(["reviews.csv", "--with-history"]).output.contains("History: nothing added"))
        // A longer export of the same history adds only what is new, and says how much was kept.
        try Data((csv + "anki-70,2026-02-04T10:00:00Z,3\n").utf8).write(
            to: folder.appendingPathComponent("more.csv"))
        #expect(
            run(["more.csv", "--with-history"]).output.contains(
                "History: added 1 review of 1 card to your progress and worked out their memory state again; "
                    + "2 reviews were there already."))
        try Data(
            (csv.replacingOccurrences(of: "anki-70,2026-02-03T10:00:00Z,1\n", with: "")
                + "anki-71,2026-02-05T10:00:00Z,3\n").utf8
        )
        .write(to: folder.appendingPathComponent("other.csv"))
        #expect(run(["other.csv", "--with-history"]).output.contains("; 1 review was there already."))
        let without = run(["reviews.csv"])
        #expect(without.exitCode == .usage)
        #expect(
            without.errorOutput.contains(
                "is a review history, not a question bank; add it to your progress with --with-history"))
    }

    @Test func badPackagesAreRefusedWithTheirPlaceAndNothingIsWritten() throws {
        let cases: [(String, String)] = [
            (
                "not-sqlite.apkg",
                "(entry 'collection.anki21'): error: the collection is not an SQLite database"
            ),
            ("lying.apkg", "it inflates past the 1000 bytes its header states (a zip bomb?)"),
        ]
        for (name, message) in cases {
            let result = run([
                anki.appendingPathComponent(name).path, "--with-history", "--output", "deck.json",
            ])
            #expect(result.exitCode == .failure, "\(name)")
            #expect(result.errorOutput.contains(message), "\(name): \(result.errorOutput)")
            #expect(result.errorOutput.contains("nothing was written"), "\(name)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("deck.json").path))
            #expect(
                !FileManager.default.fileExists(
                    atPath: folder.appendingPathComponent("data/progress.sqlite").path))
        }
        // A central directory that claims a 4 GB collection: refused before anything is inflated.
        var bomb = [UInt8](try Data(contentsOf: anki.appendingPathComponent("bomb.apkg")))
        let central = try #require(
            (0..<bomb.count - 4).first { bomb[$0...$0 + 3] == [0x50, 0x4B, 0x01, 0x02] })
        bomb.replaceSubrange(central + 24..<central + 28, with: [0xFE, 0xFF, 0xFF, 0xFF])
        try Data(bomb).write(to: folder.appendingPathComponent("huge.apkg"))
        let huge = run(["huge.apkg", "--output", "deck.json"])
        #expect(huge.exitCode == .failure)
        #expect(
            huge.errorOutput.contains(
                "huge.apkg (entry 'collection.anki21'): error: it would take 4294967294 bytes, past the limit of 268435456 bytes (256 MiB)"
            ), "\(huge.errorOutput)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("deck.json").path))
    }

    @Test func escapeSequencesInAnkiNotesReachNoTerminal() throws {
        let package = anki.appendingPathComponent("hostile.apkg").path
        for terminal in [true, false] {
            let result = run([package, "--deck", "hostile"], terminal: terminal)
            #expect(result.exitCode == .success, "\(result.errorOutput)")
            for raw in ["\u{1B}", "\u{07}", "\u{9B}", "\u{202E}"] {
                #expect(!result.errorOutput.contains(raw), "stderr, terminal \(terminal)")
                if terminal { #expect(!result.output.contains(raw), "stdout on a terminal") }
            }
            if !terminal { #expect(result.output.contains("\\u009b2J\\u202ey")) }
        }
    }
}
