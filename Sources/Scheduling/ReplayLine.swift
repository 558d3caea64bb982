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
        // Appended piece by piece: replay prints a million of these.
        var text = "{\"card_id\":"
        text.reserveCapacity(256)
        text += Self.string(review.cardID)
        text += ",\"review_time\":\""
        text += ISOTimestamp.format(review.time, fractionalSeconds: true)
        text += "\",\"rating\":"
        text += String(review.rating.rawValue)
        text += ",\"retrievability\":"
        text += outcome.retrievability.map(PythonFloat.repr) ?? "null"
        text += ",\"state\":\""
        text += schedule.phase.name
        text += "\",\"step\":"
        text += schedule.step.map(String.init) ?? "null"
        text += ",\"stability\":"
        text += schedule.stability.map(PythonFloat.repr) ?? "null"
        text += ",\"difficulty\":"
        text += schedule.difficulty.map(PythonFloat.repr) ?? "null"
        text += ",\"due\":\""
        text += ISOTimestamp.format(schedule.dueInstant, fractionalSeconds: false)
        text += "\"}"
        return text
    }

    /// A JSON string literal, escaped as Python's `json.dumps(ensure_ascii=False)` escapes.
    static func string(_ text: String) -> String { JSONValue.quoted(text) }
}
