import Curriculum
import Decks
import TextFormats

/// Checks that need every deck at once: deck ids and question ids unique across decks, and
/// lessons no question links to.
public enum CrossDeckCheck {
    static func run(decks: [Deck], lessons: LessonLibrary) -> (decks: [Deck], diagnostics: [Diagnostic]) {
        let identities = decks.map { deck in
            DeckIdentity(
                id: deck.id, file: deck.file, idPosition: deck.idPosition,
                questions: deck.questions.map {
                    ($0.id, $0.idPosition ?? SourcePosition(line: max(1, $0.line), column: 1))
                })
        }
        let (clashing, idProblems) = uniqueIDs(identities)
        var diagnostics = idProblems
        let kept = decks.indices.filter { !clashing.contains($0) }.map { decks[$0] }
        let linked = Set(decks.flatMap { $0.questions.map(\.lesson.lessonID) })
        if !decks.isEmpty {
            for lesson in lessons.lessons where !linked.contains(lesson.id) {
                let message =
                    "no question links to the lesson \(QuotedInput.quote(lesson.id)); students will not be sent to it"
                diagnostics.append(
                    Diagnostic(
                        .warning, file: lesson.file, position: SourcePosition(line: 1, column: 1),
                        message: message))
            }
        }
        return (kept, diagnostics)
    }

    /// Deck ids, and question ids across decks, used twice: an error at each later use, naming
    /// the first. Returns the positions (in `decks`) of the decks with such an id, which are
    /// left out of the course.
    static func uniqueIDs(_ decks: [DeckIdentity]) -> (clashing: Set<Int>, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var clashing: Set<Int> = []
        var deckFiles: [String: String] = [:]
        // Where each question id was first seen, as positions (deck, question) rather than copies of
        // names: at 50,000 questions, a dictionary of copies was the biggest thing a load made.
        var questionHomes: [String: (deck: Int32, question: Int32)] = [:]
        questionHomes.reserveCapacity(decks.reduce(0) { $0 + $1.questions.count })
        for (deckIndex, deck) in decks.enumerated() {
            if let other = deckFiles[deck.id] {
                let message =
                    "the deck id \(QuotedInput.quote(deck.id)) is already used by \(other); deck ids must be unique"
                diagnostics.append(
                    Diagnostic(
                        .error, file: deck.file,
                        position: deck.idPosition ?? SourcePosition(line: 1, column: 1),
                        message: message, field: "id"))
                clashing.insert(deckIndex)
                continue
            }
            deckFiles[deck.id] = deck.file
            for (questionIndex, question) in deck.questions.enumerated() {
                if let home = questionHomes[question.id] {
                    let homeDeck = decks[Int(home.deck)]
                    let position = homeDeck.questions[Int(home.question)].position
                    let message =
                        "question \(QuotedInput.quote(question.id)): the id is already used in deck '\(homeDeck.id)' "
                        + "(\(homeDeck.file):\(position)); question ids must be unique across decks"
                    diagnostics.append(
                        Diagnostic(
                            .error, file: deck.file, position: question.position, message: message,
                            questionID: question.id, field: "id"))
                    clashing.insert(deckIndex)
                } else {
                    questionHomes[question.id] = (Int32(deckIndex), Int32(questionIndex))
                }
            }
        }
        return (clashing, diagnostics)
    }
}

extension CrossDeckCheck {
    /// The id checks of a course, for decks read one file at a time without keeping their
    /// questions (`palpate check FILE…`): each valid deck's id, and its questions' ids and places
    /// from what the reading kept for the prompt checks.
    public static func duplicateIDs(among readings: [DeckReading]) -> [Diagnostic] {
        // One deck's ids were checked as it was read: the checks across decks need two (and cost
        // 13 M instructions for a 10,000-question file alone).
        guard readings.count(where: { $0.deck != nil }) > 1 else { return [] }
        let identities = readings.compactMap { reading -> DeckIdentity? in
            guard let deck = reading.deck, let prompts = reading.prompts else { return nil }
            return DeckIdentity(
                id: deck.id, file: deck.file, idPosition: deck.idPosition, questions: prompts.questionIDs)
        }
        return uniqueIDs(identities).diagnostics
    }
}

/// What the id checks need of a deck, so that decks checked one file at a time without keeping
/// their questions (`palpate check FILE…`) are checked against each other as a course is.
struct DeckIdentity {
    let id: String
    let file: String
    let idPosition: SourcePosition?
    /// Each question's id and where it is written.
    let questions: [(id: String, position: SourcePosition)]
}
