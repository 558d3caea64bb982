import Foundation
import Progress
import Testing

@testable import PalpateCLI

private let morning = Date(timeIntervalSince1970: 1_767_258_000)  // 2026-01-01T09:00:00Z

@Suite struct ReviewFlowTests {
    @Test func theFlashcardGradePromptTakesCommandsAndEnterIsGood() throws {
        let student = Student()
        // Skip the five graded cards to reach the flashcard, flip it, ask for help, then Enter.
        let run = student.review(["s", "s", "s", "s", "s", "", "?", ""], at: morning)
        #expect(
            run.output.contains(
                "How well did you recall it? 1 Again · 2 Hard · 3 Good · 4 Easy (Enter: Good)"))
        #expect(run.output.contains("At any prompt you can also type:"))
        #expect(try student.store().reviews(ofCard: "mini/card").map(\.rating) == [.good])
        let quitting = Student()
        let quit = quitting.review(["s", "s", "s", "s", "s", "", "q"], at: morning)
        #expect(quit.exitCode == .success)
        #expect(try quitting.store().reviews(ofCard: "mini/card").isEmpty)
        #expect(!quit.output.contains("? grade yourself"))
    }

    /// Undo is for a slip of the key: a wrong answer taken back cannot come back as a right one.
    @Test func aRevealedKeyUndoneCannotBecomeARightAnswer() throws {
        let student = Student()
        let right = try student.correctAnswer("mc", at: morning)
        let wrong = right == "a" ? "b" : "a"
        // Wrong, take it back at the rating prompt, answer the next cards, then the card returns.
        var input = [wrong, "u"]
        input += [try student.correctAnswer("tf", at: morning), ""]
        input += [try student.correctAnswer("match", at: morning), ""]
        let rightNow = try student.correctAnswer("mc", at: morning, comingBackAfter: true)
        #expect(rightNow != right)  // shuffled afresh: the letter seen with the key is not the answer
        input += [rightNow, "", "q"]
        let run = student.review(input, at: morning)
        let text = run.output.replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("You have seen its answer, so it will count as a miss"))
        #expect(text.contains("Right, but you saw this answer before you undid it"))
        let reviews = try student.store().reviews(ofCard: "mini/mc")
        #expect(reviews.map(\.rating) == [.again])
        #expect(reviews.map(\.correct) == [false])
        // The attempt is kept: the item analysis counts it as the answer first given.
        let attempts = try student.store().undoneAttempts(in: .distantPast..<morning.addingTimeInterval(60))
        #expect(attempts.map(\.cardID) == ["mini/mc"])
        #expect(attempts.map(\.correct) == [false])
        // The card came back after the others, not at once.
        let order = run.output.components(separatedBy: "Which is palpable?").count - 1
        #expect(order == 2)
        #expect(
            run.output.range(of: "Match the muscle")!.lowerBound
                < run.output.range(of: "Right, but")!.lowerBound)
    }

    @Test func aRightAnswerUndoneIsGradedAgainAsAnswered() throws {
        let student = Student()
        let right = try student.correctAnswer("mc", at: morning)
        // Undo at the next question takes back the last answer; that question stays on screen.
        var input = [right, "", "u", try student.correctAnswer("tf", at: morning), ""]
        input += [try student.correctAnswer("match", at: morning), ""]
        input += [try student.correctAnswer("order", at: morning), ""]
        input += [try student.correctAnswer("mc", at: morning, comingBackAfter: true), "4", "q"]
        let run = student.review(input, at: morning)
        #expect(run.output.contains("Undone: your answer to “Which is palpable?” is taken back"))
        #expect(try student.store().reviews(ofCard: "mini/mc").map(\.rating) == [.easy])
        #expect(try student.store().reviews(ofCard: "mini/mc").map(\.correct) == [true])
    }

    @Test func theLessonIsFollowedByTheQuestionAgain() throws {
        let student = Student()
        let run = student.review(["l", "q"], at: morning)
        let after = try #require(run.output.range(of: "Answer with a letter")).upperBound
        #expect(run.output[after...].contains("Which is palpable?"))
    }

    /// `l` at a question linked to one section shows that section, which does not make the
    /// lesson read; at a question linked to the whole lesson it does.
    @Test func onlyAWholeLessonShownCountsAsRead() throws {
        let student = Student()
        _ = student.review(["l", "q"], at: morning)
        #expect(try student.store().lessonsRead().isEmpty)
        _ = student.review([try student.correctAnswer("mc", at: morning), "", "l", "q"], at: morning)
        #expect(try student.store().lessonsRead().keys.sorted() == ["basics"])
    }

    /// The lesson read before answering gives the answer away: a right answer then counts as a
    /// miss, so the card comes back and the student recalls it for real.
    @Test func aRightAnswerAfterReadingTheLessonCountsAsAMiss() throws {
        let student = Student()
        let right = try student.correctAnswer("mc", at: morning)
        let run = student.review(["l", right, "", "q"], at: morning)
        #expect(run.output.contains("At any prompt: ? help · l lesson · u undo · s skip · q quit"))
        #expect(
            run.output.replacingOccurrences(of: "\n", with: " ").contains(
                "Right, but you read the lesson before answering, so it counts as a miss (rated Again)."))
        #expect(try student.store().reviews(ofCard: "mini/mc").map(\.rating) == [.again])
        // Reading it after answering changes nothing.
        let later = Student()
        _ = later.review([right, "l", "", "q"], at: morning)
        #expect(try later.store().reviews(ofCard: "mini/mc").map(\.rating) == [.good])
    }

    @Test func aForgivenTypoShowsTheSpelling() throws {
        let student = Student()
        let run = student.review(["s", "s", "s", "s", "latnet", "", "q"], at: morning)
        #expect(run.output.contains("✓ Correct — it is spelt “latent”"))
    }

    @Test func summaryCountsAnswersAndCardsAndHistoryAgrees() throws {
        let student = Student()
        let right = try student.correctAnswer("mc", at: morning)
        let wrong = right == "a" ? "b" : "a"
        // mc wrong (Again, back in a minute), tf right, then mc again: 3 answers on 2 cards.
        let run = student.review(
            [
                wrong, "", try student.correctAnswer("tf", at: morning), "", "s", "s", "s", "s", right, "",
                "q",
            ],
            at: morning)
        #expect(run.output.contains("Next review: in 1 minute."))
        #expect(run.output.contains("Session: 3 answers on 2 cards, 2 right (67%)"))
        let history = runPalpate(["--data-dir", student.data.path, "history", "--json"], now: morning)
        #expect(history.output.contains("\"answers\": 3"))
        #expect(history.output.contains("\"cards\": 2"))
        #expect(history.output.contains("\"correct\": 2"))
        let table = runPalpate(["--data-dir", student.data.path, "history"], now: morning)
        #expect(table.output.contains("67% right"))
    }

    @Test func theProgressLineCountsTheCardsShownAndLeft() throws {
        let student = Student()
        let run = student.review(["s", "q"], at: morning)
        #expect(run.output.contains("Mini deck · new card · card 1 · 6 left today"))
        #expect(run.output.contains("Mini deck · new card · card 2 · 5 left today"))
    }

    /// A card coming back from a learning step early (nothing else left) is still a card left
    /// today: the line said "0 left today" while such cards kept coming.
    @Test func aLearningStepShownEarlyCountsAsLeft() throws {
        let student = Student()
        let right = try student.correctAnswer("mc", at: morning)
        let run = student.review([right == "a" ? "b" : "a", "", "s", "s", "s", "s", "s", "q"], at: morning)
        #expect(run.output.contains("Mini deck · learning · card 7 · 1 left today"))
        #expect(!run.output.contains("0 left today"))
    }

    @Test func oneKeyAnswersNeedNoEnterOnATerminal() throws {
        let data = temporaryDataDirectory()
        let student = Student()
        let right = try student.correctAnswer("mc", at: morning)
        let run = runWithKeys(
            ["--content", studyCourse.path, "--data-dir", data.path, "review"],
            keys: ScriptedKeys([right, "", "q"]),
            now: morning)
        #expect(run.exitCode == .success)
        // The key is echoed after the prompt, so the screen reads like a typed line.
        #expect(run.output.contains("> \(right)\n✓ Correct"))
        let store = try ProgressStore.open(
            directory: data, now: morning, timeZone: .gmt, makeDailyBackup: false)
        #expect(try store.reviews(ofCard: "mini/mc").map(\.rating) == [.good])
    }

    @Test func dumbTerminalsReadLines() throws {
        let data = temporaryDataDirectory()
        let run = runWithKeys(
            ["--content", studyCourse.path, "--data-dir", data.path, "review"], keys: ScriptedKeys(["q"]),
            now: morning,
            environment: ["TERM": "dumb"])
        #expect(run.exitCode == .success)
        #expect(!run.output.contains("> q\n"))
    }
}
