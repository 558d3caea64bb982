import Curriculum
import Decks
import TextFormats

/// Checks that need every deck at once: deck ids and question ids unique across decks, and
/// lessons no question links to.
enum CrossDeckCheck {
    static func run(decks: [Deck], lessons: LessonLibrary) -> (decks: [Deck], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var kept: [Deck] = []
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
                continue
            }
            deckFiles[deck.id] = deck.file
            var clash = false
            for (questionIndex, question) in deck.questions.enumerated() {
                if let home = questionHomes[question.id] {
                    let homeDeck = decks[Int(home.deck)]
                    let position = homeDeck.questions[Int(home.question)].idPosition
                    let message =
                        "question \(QuotedInput.quote(question.id)): the id is already used in deck '\(homeDeck.id)' "
                        + "(\(homeDeck.file)\(position.map { ":\($0)" } ?? "")); question ids must be unique "
                        + "across decks"
                    diagnostics.append(
                        Diagnostic(
                            .error, file: deck.file,
                            position: question.idPosition
                                ?? SourcePosition(line: max(1, question.line), column: 1),
                            message: message, questionID: question.id, field: "id"))
                    clash = true
                } else {
                    questionHomes[question.id] = (Int32(deckIndex), Int32(questionIndex))
                }
            }
            if !clash { kept.append(deck) }
        }
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
}
