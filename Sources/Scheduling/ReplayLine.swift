import TextFormats

/// One line of replay output: a review and what the scheduler made of it, as a JSON object.
///
/// Keys come in a fixed order and numbers in Python's `repr` form, so the output can be compared
/// byte for byte with the same replay done by py-fsrs (`json.dumps(..., separators=(",", ":"))`).
struct ReplayLine {
    let time: Instant
    let rating: Rating
    let outcome: ReviewOutcome

    /// Appends the line (without a line end) to `text`: replay prints a million of these, so
    /// they are written as bytes into one buffer rather than made into strings.
    ///
    /// - Parameter quotedCardID: the card's id already as a JSON string literal (`string(_:)`):
    ///   replay quotes each card once, not once per review.
    func write(quotedCardID: UnsafeBufferPointer<UInt8>, to text: inout [UInt8]) {
        let schedule = outcome.schedule
        Self.append(#"{"card_id":"#, to: &text)
        text.append(contentsOf: quotedCardID)
        Self.append(#","review_time":""#, to: &text)
        ISOTimestamp.append(time, fractionalSeconds: true, to: &text)
        Self.append(#"","rating":"#, to: &text)
        text.append(UInt8(ascii: "0") + UInt8(rating.rawValue))
        Self.append(#","retrievability":"#, to: &text)
        Self.append(outcome.retrievability, to: &text)
        Self.append(#","state":""#, to: &text)
        text.append(contentsOf: Self.phaseNames[schedule.phase.rawValue])
        Self.append(#"","step":"#, to: &text)
        switch schedule.step {
        case .some(let step) where (0..<10).contains(step): text.append(UInt8(ascii: "0") + UInt8(step))
        case .some(let step): text.append(contentsOf: String(step).utf8)
        case nil: Self.append("null", to: &text)
        }
        Self.append(#","stability":"#, to: &text)
        Self.append(schedule.stability, to: &text)
        Self.append(#","difficulty":"#, to: &text)
        Self.append(schedule.difficulty, to: &text)
        Self.append(#","due":""#, to: &text)
        ISOTimestamp.append(schedule.dueInstant, fractionalSeconds: false, to: &text)
        Self.append(#""}"#, to: &text)
    }

    /// A JSON string literal, escaped as Python's `json.dumps(ensure_ascii=False)` escapes.
    static func string(_ text: String) -> String { JSONValue.quoted(text) }

    private static func append(_ number: Double?, to text: inout [UInt8]) {
        if let number {
            PythonFloat.append(number, to: &text)
        } else {
            Self.append("null", to: &text)
        }
    }

    /// Each phase's name by raw value, as bytes ready to copy.
    private static let phaseNames: [[UInt8]] = {
        var names = [[UInt8]](repeating: [], count: (CardPhase.allCases.map(\.rawValue).max() ?? 0) + 1)
        for phase in CardPhase.allCases { names[phase.rawValue] = Array(phase.name.utf8) }
        return names
    }()

    /// Copies a literal's bytes at once; appending `.utf8` of a string goes byte by byte.
    private static func append(_ literal: StaticString, to text: inout [UInt8]) {
        literal.withUTF8Buffer { text.append(contentsOf: $0) }
    }
}
