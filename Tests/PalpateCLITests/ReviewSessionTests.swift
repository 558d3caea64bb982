import Decks
import Foundation
import Progress
import Testing

@testable import PalpateCLI

let studyCourse = packageRoot.appendingPathComponent("Tests/PalpateCLITests/Fixtures/study-course")

/// A student with their own data folder, studying the small fixture course.
struct Student {
    let data = temporaryDataDirectory()

    func review(_ input: [String], at now: Date, options: [String] = []) -> CLIRun {
        runPalpate(
            ["--content", studyCourse.path, "--data-dir", data.path, "review"] + options, input: input,
            now: now)
    }

    func store() throws -> ProgressStore {
        try ProgressStore.open(directory: data, now: fixedNow, timeZone: .gmt, makeDailyBackup: false)
    }

    /// The line that answers `questionID` correctly as it is shown at `now`.
    /// `comingBackAfter`: the card returns after an undo, in another order than it was first shown.
    func correctAnswer(_ questionID: String, at now: Date, comingBackAfter: Bool = false) throws -> String {
        let deck = try #require(
            DeckDecoder.decode(
                Array(try Data(contentsOf: studyCourse.appendingPathComponent("Quizzes/mini.json"))),
                file: "mini.json"
            ).deck)
        let question = try #require(deck.question(id: questionID))
        let first = ReviewSession.presentation(of: question, cardID: "mini/\(questionID)", at: now)
        let shown =
            comingBackAfter
            ? ReviewSession.presentation(of: question, cardID: "mini/\(questionID)", at: now, avoiding: first)
            : first
        switch question.kind {
        case .multipleChoice(_, let correct, _):
            return correct.map { Presentation.letter(shown.order.firstIndex(of: $0)!) }.joined(separator: ",")
        case .trueFalse(let answer): return answer ? "t" : "f"
        case .matching(let pairs):
            return pairs.indices.map { Presentation.letter(shown.order.firstIndex(of: $0)!) }.joined()
        case .ordering(let steps):
            return steps.indices.map { String(shown.order.firstIndex(of: $0)! + 1) }.joined(separator: " ")
        case .shortAnswer(let accepted): return accepted[0]
        case .cloze: return AnswerText.key(of: question)!
        case .flashcard: return ""
        case .region: return ""  // the study course has none; RegionQuestionFlowTests answers them
        }
    }

    /// Correct answers (Enter to accept Good) for every card of the fixture deck, in queue order.
    func allCorrect(at now: Date) throws -> [String] {
        var lines: [String] = []
        for id in ["mc", "tf", "match", "order", "short"] { lines += [try correctAnswer(id, at: now), ""] }
        return lines + ["", "3"]
    }
}

private let day = TimeInterval(86_400)
private let morning = Date(timeIntervalSince1970: 1_767_258_000)  // 2026-01-01T09:00:00Z

@Suite struct ReviewSessionTests {
    @Test func everyQuestionTypeAnsweredRightIsRecordedAsGood() throws {
        let student = Student()
        let run = student.review(try student.allCorrect(at: morning), at: morning)
        #expect(run.exitCode == .success)
        #expect(run.output.components(separatedBy: "✓ Correct").count - 1 == 5)
        #expect(run.output.contains("Session: 6 cards, 6 right (100%)"))
        let store = try student.store()
        let states = try store.cardStates()
        #expect(states.count == 6)
        for id in ["mc", "tf", "match", "order", "short", "card"] {
            let reviews = try store.reviews(ofCard: "mini/\(id)")
            #expect(reviews.count == 1, "\(id)")
            #expect(reviews.first?.rating == .good, "\(id)")
        }
        #expect(try store.reviews(ofCard: "mini/mc").first?.correct == true)
    }

    @Test func wrongAnswersAreAlwaysAgainAndShowTheRightAnswer() throws {
        let student = Student()
        let wrong = try student.correctAnswer("tf", at: morning) == "t" ? "f" : "t"
        let mcWrong = try student.correctAnswer("mc", at: morning) == "a" ? "b" : "a"
        let run = student.review([mcWrong, "4", "", wrong, "", "q"], at: morning)
        #expect(run.exitCode == .success)
        #expect(run.output.contains("✗ Not quite"))
        #expect(run.output.contains("? a wrong answer is rated Again; press Enter to continue"))
        #expect(
            run.output.contains("Answer:\n  \(try student.correctAnswer("mc", at: morning))) A taut band"))
        let store = try student.store()
        #expect(try store.reviews(ofCard: "mini/mc").map(\.rating) == [.again])
        #expect(try store.reviews(ofCard: "mini/tf").map(\.correct) == [false])
    }

    @Test func unreadableAnswersAreExplainedAndAskedAgainNeverCountedWrong() throws {
        let student = Student()
        let run = student.review(
            ["z", "clear", "", "\u{1B}[2Jx", try student.correctAnswer("mc", at: morning), "", "q"],
            at: morning)
        #expect(run.output.contains("? there is no choice 'z'; the choices are a–c"))
        // A word is not read as letters ("there is no choice 'l'"): one letter is asked for.
        #expect(run.output.components(separatedBy: "? answer with one letter, a–c").count - 1 == 2)
        #expect(run.output.contains("? answer with one letter, a–c"))
        #expect(!run.output.contains("\u{1B}"))
        let reviews = try student.store().reviews(ofCard: "mini/mc")
        #expect(reviews.map(\.correct) == [true])
    }

    @Test func quittingPartWayKeepsAnswersAndTheNextRunContinues() throws {
        let student = Student()
        let first = student.review([try student.correctAnswer("mc", at: morning), "", "q"], at: morning)
        #expect(first.exitCode == .success)
        #expect(try student.store().cardStates().count == 1)
        let later = morning.addingTimeInterval(30)
        let second = student.review([try student.correctAnswer("tf", at: later), "", "q"], at: later)
        #expect(second.output.contains("Latent trigger points cause spontaneous pain."))
        #expect(!second.output.contains("Which is palpable?"))
        #expect(try student.store().cardStates().count == 2)
    }

    @Test func endOfInputEndsCleanlyAndKeepsTheAnswer() throws {
        let student = Student()
        // The answer is given, then the pipe closes at the rating prompt.
        let run = student.review([try student.correctAnswer("mc", at: morning)], at: morning)
        #expect(run.exitCode == .success)
        #expect(run.output.contains("Session: 1 card, 1 right (100%)"))
        #expect(try student.store().reviews(ofCard: "mini/mc").map(\.rating) == [.good])
    }

    @Test func ctrlCEndsWithExit130AndKeepsEverythingAnswered() throws {
        let student = Student()
        let run = student.review(
            [try student.correctAnswer("mc", at: morning), "", ScriptedInput.interrupt], at: morning)
        #expect(run.exitCode == .interrupted)
        #expect(run.output.contains("Session: 1 card"))
        #expect(try student.store().reviews(ofCard: "mini/mc").count == 1)
    }

    @Test func undoRemovesTheLastAnswerFromTheStore() throws {
        let student = Student()
        let run = student.review([try student.correctAnswer("mc", at: morning), "", "u", "q"], at: morning)
        #expect(
            run.output.contains(
                "Undone: your answer to “Which is palpable?” is taken back; the card comes back\nlater in this session."
            ))
        let store = try student.store()
        #expect(try store.reviews(ofCard: "mini/mc").isEmpty)
        #expect(try store.cardState(id: "mini/mc") == nil)
    }

    @Test func skipBuriesTheCardUntilTomorrow() throws {
        let student = Student()
        _ = student.review(["s", "q"], at: morning)
        let state = try #require(try student.store().cardState(id: "mini/mc"))
        #expect(state.buriedUntil == Date(timeIntervalSince1970: 1_767_326_400))  // 2026-01-02T04:00:00Z
        let run = student.review(["q"], at: morning.addingTimeInterval(60))
        #expect(!run.output.contains("Which is palpable?"))
    }

    @Test func newCardLimitIsCountedFromTheHistory() throws {
        let student = Student()
        _ = runPalpate(["--data-dir", student.data.path, "config", "new-per-day", "2"])
        let run = student.review(
            [
                try student.correctAnswer("mc", at: morning), "",
                try student.correctAnswer("tf", at: morning), "", "q",
            ],
            at: morning)
        #expect(run.output.components(separatedBy: "· new card").count - 1 == 2)
        // An hour later the two learning cards are due again, but no third new card comes today.
        let later = morning.addingTimeInterval(3_600)
        let again = student.review(
            [
                try student.correctAnswer("mc", at: later), "", try student.correctAnswer("tf", at: later),
                "", "q",
            ], at: later)
        #expect(again.output.contains("· learning"))
        #expect(!again.output.contains("· new card"))
        #expect(try student.store().cardStates().count == 2)
        // Tomorrow brings new cards again.
        let tomorrow = student.review(["q"], at: morning.addingTimeInterval(day))
        #expect(tomorrow.output.contains("· new card") || tomorrow.output.contains("· review"))
    }

    @Test func aMonthOfDailyReviewsMakesIntervalsGrow() throws {
        let student = Student()
        var now = morning
        var intervals: [TimeInterval] = []
        for _ in 0..<30 {
            var input: [String] = []
            // Answer whatever is shown correctly: several rounds cover learning steps returning.
            for _ in 0..<4 { input += try student.allCorrect(at: now) }
            _ = student.review(input, at: now)
            let state = try #require(try student.store().cardState(id: "mini/tf"))
            if let last = state.schedule.lastReview {
                intervals.append(state.schedule.due.timeIntervalSince(last))
            }
            now = now.addingTimeInterval(day)
        }
        let reviews = try student.store().reviews(ofCard: "mini/tf")
        #expect(reviews.count >= 3)
        #expect(reviews.count < 15)
        #expect((intervals.last ?? 0) > 7 * day)
        #expect(intervals == intervals.sorted())
    }
}

@Suite struct LeechTests {
    @Test func aCardForgottenEightTimesIsSuspendedAndTheStudentIsToldWhatToReread() throws {
        let student = Student()
        for (key, value) in [("new-per-day", "1"), ("learning-steps", "none"), ("relearning-steps", "none")] {
            _ = runPalpate(["--data-dir", student.data.path, "config", key, value])
        }
        var now = morning
        _ = student.review([try student.correctAnswer("mc", at: now), "", "q"], at: now)
        var sawLeech = false
        for _ in 0..<40 where !sawLeech {
            now = now.addingTimeInterval(day)
            let right = try student.correctAnswer("mc", at: now)
            let wrong = right == "a" ? "b" : "a"
            let run = student.review([wrong, "", "q"], at: now)
            sawLeech = run.output.contains("so it is suspended as a leech")
            if sawLeech {
                // Wrapped to the terminal: compare the words, not where the lines break.
                let text = run.output.replacingOccurrences(of: "\n", with: " ")
                #expect(text.contains("Reread: palpate read basics#taut-band"))
                #expect(run.output.contains("palpate restore mini/mc"))
            }
        }
        #expect(sawLeech)
        let state = try #require(try student.store().cardState(id: "mini/mc"))
        #expect(state.lapses == 8)
        #expect(state.leech && state.suspended)
    }
}

@Suite struct RecordedAnswerTests {
    @Test func aPickedChoiceIsStoredAsItsTextNotTheLetterItWasShownUnder() throws {
        let student = Student()
        let right = try student.correctAnswer("mc", at: morning)
        let wrong = right == "a" ? "b" : "a"
        _ = student.review([wrong, "", "q"], at: morning)
        let review = try #require(try student.store().reviews(ofCard: "mini/mc").first)
        let deck = try #require(
            DeckDecoder.decode(
                Array(try Data(contentsOf: studyCourse.appendingPathComponent("Quizzes/mini.json"))),
                file: "mini.json"
            ).deck)
        let question = try #require(deck.question(id: "mc"))
        let shown = ReviewSession.presentation(of: question, cardID: "mini/mc", at: morning)
        guard case .multipleChoice(let choices, _, _) = question.kind else {
            Issue.record("mini/mc is not multiple choice")
            return
        }
        let picked = shown.order[Int(wrong.unicodeScalars.first!.value - 97)]
        #expect(review.answer == choices[picked].text)
        #expect(review.correct == false)
    }
}
