import BodyMaps
import Decks
import TextFormats

/// Holds `region` questions to the body model and the referral patterns: every view and region
/// they name exists, every region can be picked on the views shown, and a question that names a
/// muscle asks for that muscle's zones (essential regions only as the answer, and every region
/// of its zones listed as answer or spillover), so a student pointing at the lesson's map is
/// never marked wrong.
public enum RegionQuestionCheck {
    public static func run(decks: [Deck], atlas: ReferralAtlas?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for deck in decks {
            for question in deck.questions {
                guard case .region(let answer) = question.kind else { continue }
                func report(_ field: String?, _ message: String) {
                    let prefix =
                        "question \(QuotedInput.quote(question.id))" + (field.map { ", field '\($0)'" } ?? "")
                    diagnostics.append(
                        Diagnostic(
                            .error, file: deck.file,
                            position: SourcePosition(line: max(1, question.line), column: 1),
                            message: prefix + ": " + message, questionID: question.id, field: field))
                }
                guard let atlas else {
                    report(
                        nil,
                        "a region question needs the body model (Curriculum/body/body-model.json), which this course lacks or cannot read"
                    )
                    continue
                }
                check(question, answer: answer, atlas: atlas, report: report)
            }
        }
        return diagnostics
    }

    private static func check(
        _ question: Question, answer: RegionAnswer, atlas: ReferralAtlas, report: (String?, String) -> Void
    ) {
        let model = atlas.model
        let side: BodySide = answer.side == "left" ? .left : .right
        var views: [BodyView] = []
        for (index, name) in answer.views.enumerated() {
            guard let view = model.view(named: name) else {
                report(
                    "views[\(index)]",
                    "\(QuotedInput.quote(name)) is not a view of the body model; \(advice(name, model.views.map(\.name)))"
                )
                continue
            }
            views.append(view)
        }
        guard views.count == answer.views.count else { return }
        var resolved: [String: BodyRegion] = [:]
        for (key, names) in [("answer", answer.essential), ("spillover", answer.spillover)] {
            for (index, name) in names.enumerated() {
                guard let region = model.resolve(name, side: side) else {
                    report(
                        "\(key)[\(index)]",
                        "\(QuotedInput.quote(name)) is not a region of the body model; \(regionAdvice(name, model))"
                    )
                    continue
                }
                resolved[name] = region
                let seen = views.contains { view in
                    region.appears(in: view.name)
                        && (!view.showsOneSide || region.side == side || region.side == .midline)
                }
                if !seen {
                    report(
                        "\(key)[\(index)]",
                        "the region '\(region.name)' is not drawn in the views shown (\(answer.views.joined(separator: ", "))); add a view that shows it, or leave it out"
                    )
                }
            }
        }
        guard let muscle = answer.muscle else { return }
        guard let pattern = atlas.pattern(muscle: muscle) else {
            report(
                "muscle",
                "no referral pattern for \(QuotedInput.quote(muscle)); \(advice(muscle, atlas.patterns.map(\.muscle)))"
            )
            return
        }
        if pattern.side != side {
            report(
                "side",
                "the pattern of '\(muscle)' is on the \(pattern.side.rawValue) side; set \"side\": \"\(pattern.side.rawValue)\""
            )
            return
        }
        let essential = Set(pattern.essentialRegions(in: model).map(\.name))
        let zones = essential.union(pattern.spilloverRegions(in: model).map(\.name))
        for (index, name) in answer.essential.enumerated() {
            if let region = resolved[name], !essential.contains(region.name) {
                report(
                    "answer[\(index)]",
                    zones.contains(region.name)
                        ? "'\(name)' is in the spillover zone of '\(muscle)', which is never required; move it to 'spillover'"
                        : "'\(name)' is not in the referral zone of '\(muscle)' (Curriculum/body/patterns.json)"
                )
            }
        }
        for (index, name) in answer.spillover.enumerated() {
            if let region = resolved[name], !zones.contains(region.name) {
                report(
                    "spillover[\(index)]",
                    "'\(name)' is not in the referral zone of '\(muscle)'; a student who picks it should be marked wrong, so leave it out"
                )
            }
        }
        let listed = Set(resolved.values.map(\.name))
        let unlisted =
            pattern.essentialRegions(in: model).map(\.name) + pattern.spilloverRegions(in: model).map(\.name)
        let missing = unlisted.filter { !listed.contains($0) }
        if !missing.isEmpty {
            report(
                "answer",
                "the zones of '\(muscle)' also cover \(missing.map { "'\(answer.canonical($0))'" }.joined(separator: ", ")); list each in 'answer' or 'spillover', or a student who picks it is marked wrong"
            )
        }
    }

    /// Suggestions among base names (`heel`), or full names (`heel-left`) when the name was
    /// written with a side.
    private static func regionAdvice(_ name: String, _ model: BodyModel) -> String {
        let bases = model.baseNames
        let near =
            EditDistance.isShortEnoughToSuggest(name) ? EditDistance.suggestions(for: name, among: bases) : []
        return near.isEmpty
            ? advice(name, model.acceptedNames)
            : "did you mean \(near.map { "'\($0)'" }.joined(separator: " or "))?"
    }

    private static func advice(_ name: String, _ candidates: [String]) -> String {
        let near =
            EditDistance.isShortEnoughToSuggest(name)
            ? EditDistance.suggestions(for: name, among: candidates) : []
        return near.isEmpty
            ? "'palpate map' draws the model's regions; names are listed in Curriculum/body/body-model.json"
            : "did you mean \(near.map { "'\($0)'" }.joined(separator: " or "))?"
    }
}
