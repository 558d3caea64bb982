import TextFormats

/// One line of replay output: a review and what the scheduler made of it, as a JSON object.
///
/// Keys come in a fixed order and numbers in Python's `repr` form, so the output can be compared
/// byte for byte with the same replay done by py-fsrs (`json.dumps(..., separators=(",", ":"))`).
struct ReplayLine {
    let review: ReplayReview
    let outcome: ReviewOutcome

    var json: String {
        let schedule = outcome.schedule
        let fields: [(String, String)] = [
            ("card_id", Self.string(review.cardID)),
            ("review_time", Self.string(ISOTimestamp.format(review.time, fractionalSeconds: true))),
            ("rating", String(review.rating.rawValue)),
            ("retrievability", outcome.retrievability.map(PythonFloat.repr) ?? "null"),
            ("state", Self.string(schedule.phase.name)),
            ("step", schedule.step.map(String.init) ?? "null"),
            ("stability", schedule.stability.map(PythonFloat.repr) ?? "null"),
            ("difficulty", schedule.difficulty.map(PythonFloat.repr) ?? "null"),
            ("due", Self.string(ISOTimestamp.format(schedule.dueInstant, fractionalSeconds: false))),
        ]
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }

    /// A JSON string literal, escaped as Python's `json.dumps(ensure_ascii=False)` escapes.
    static func string(_ text: String) -> String { JSONValue.quoted(text) }
}
