import Decks
import TextFormats

/// Checks decks against the course's blueprint: every question should belong to one of its
/// areas, and every area should have questions, or blueprint exams and readiness cannot follow
/// the exam's weights.
enum BlueprintCoverage {
    /// Warnings only: a deck without areas still works for reviews and ordinary exams.
    static func check(_ blueprint: Blueprint, decks: [Deck]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let ids = blueprint.areas.map(\.id)
        var covered: Set<String> = []
        for deck in decks {
            var missing: [Question] = []
            var reported: Set<String> = []
            for question in deck.questions {
                guard let area = question.area else {
                    missing.append(question)
                    continue
                }
                if blueprint.area(id: area) != nil {
                    covered.insert(area)
                } else if reported.insert(area).inserted {
                    let near = EditDistance.suggestions(for: area, among: ids).first
                    let advice =
                        near.map { "did you mean '\($0)'?" } ?? "use one of: \(ids.joined(separator: ", "))"
                    diagnostics.append(
                        Diagnostic(
                            .warning, file: deck.file,
                            position: question.idPosition ?? SourcePosition(line: question.line, column: 1),
                            message:
                                "question \(QuotedInput.quote(question.id)), field 'area': \(QuotedInput.quote(area)) is not an area of the blueprint (\(blueprint.file)); \(advice)",
                            questionID: question.id, field: "area"))
                }
            }
            if let first = missing.first {
                let count =
                    missing.count == deck.questions.count
                    ? "none of its \(deck.questions.count) questions names"
                    : "\(missing.count) of its \(deck.questions.count) questions name no area (the first: \(QuotedInput.quote(first.id))), so they name"
                diagnostics.append(
                    Diagnostic(
                        .warning, file: deck.file, position: deck.idPosition,
                        message:
                            "\(count) a content area of the blueprint (\(blueprint.file)); add \"area\" to the deck, or to each question, so blueprint exams and readiness count them"
                    ))
            }
        }
        for area in blueprint.areas where !covered.contains(area.id) {
            diagnostics.append(
                Diagnostic(
                    .warning, file: blueprint.file, position: nil,
                    message:
                        "area \(QuotedInput.quote(area.id)) (\(area.title)) has no questions in any deck; a blueprint exam will have fewer questions than its weight asks for"
                ))
        }
        return diagnostics
    }
}
