import TextFormats

/// One line of replay output: a review and what the scheduler made of it, as a JSON object.
///
/// Keys come in a fixed order and numbers in Python's `repr` form, so the output can be compared
/// byte for byte with the same replay done by py-fsrs (`json.dumps(..., separators=(",", ":"))`).
struct ReplayLine {
    /// The card's id already as a JSON string literal: replay quotes each card once, not once
    /// per review.
    let quotedCardID: [UInt8]
    let time: Instant
    let rating: Rating
    let outcome: ReviewOutcome

    /// Appends the line (without a line end) to `text`: replay prints a million of these, so
    /// they are written as bytes into one buffer rather than made into strings.
    func write(to text: inout [UInt8]) {
        let schedule = outcome.schedule
        text.append(contentsOf: #"{"card_id":"#.utf8)
        text.append(contentsOf: quotedCardID)
        text.append(contentsOf: #","review_time":""#.utf8)
        ISOTimestamp.append(time, fractionalSeconds: true, to: &text)
        text.append(contentsOf: #"","rating":"#.utf8)
        text.append(UInt8(ascii: "0") + UInt8(rating.rawValue))
        text.append(contentsOf: #","retrievability":"#.utf8)
        Self.append(outcome.retrievability, to: &text)
        text.append(contentsOf: #","state":""#.utf8)
        text.append(contentsOf: schedule.phase.name.utf8)
        text.append(contentsOf: #"","step":"#.utf8)
        if let step = schedule.step {
            text.append(contentsOf: String(step).utf8)
        } else {
            text.append(contentsOf: "null".utf8)
        }
        text.append(contentsOf: #","stability":"#.utf8)
        Self.append(schedule.stability, to: &text)
        text.append(contentsOf: #","difficulty":"#.utf8)
        Self.append(schedule.difficulty, to: &text)
        text.append(contentsOf: #","due":""#.utf8)
        ISOTimestamp.append(schedule.dueInstant, fractionalSeconds: false, to: &text)
        text.append(contentsOf: #""}"#.utf8)
    }

    /// The line as a string, for tests and small replays.
    var json: String {
        var text: [UInt8] = []
        write(to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// A JSON string literal, escaped as Python's `json.dumps(ensure_ascii=False)` escapes.
    static func string(_ text: String) -> String { JSONValue.quoted(text) }

    private static func append(_ number: Double?, to text: inout [UInt8]) {
        if let number {
            PythonFloat.append(number, to: &text)
        } else {
            text.append(contentsOf: "null".utf8)
        }
    }
}
