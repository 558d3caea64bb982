import TextFormats

/// One line of replay output: a review and what the scheduler made of it, as a JSON object.
///
/// Keys come in a fixed order and numbers in Python's `repr` form, so the output can be compared
/// byte for byte with the same replay done by py-fsrs (`json.dumps(..., separators=(",", ":"))`).
struct ReplayLine {
    let time: Instant
    let rating: Rating
    let outcome: ReplayOutcome

    /// Writes the line and its line end: replay prints a million of these, so they are written
    /// as bytes into space reserved for many lines rather than made into strings.
    ///
    /// - Parameters:
    ///   - quotedCardID: the card's id already as a JSON string literal (`string(_:)`): replay
    ///     quotes each id once, not once per review. At least `ReplayWriter.idReadAhead`
    ///     bytes from its start must be readable (ids are kept one after another, with that
    ///     many bytes after the last): a short id is copied as two words.
    ///   - writer: needs room for `quotedCardID.count + longestWithoutCardID` bytes, and
    ///     `ReplayWriter.slack` more (numbers are copied a word at a time).
    ///   - memo: what this thread wrote lately.
    func write(
        quotedCardID: UnsafeBufferPointer<UInt8>, memo: borrowing ReplayLineMemo,
        to writer: inout ReplayWriter
    ) {
        // Checked once for the whole line: the literals and single bytes below go unchecked.
        writer.checkRoom(quotedCardID.count + Self.longestWithoutCardID)
        writer.putWithoutCheck(#"{"card_id":"#)
        writer.put(readingAhead: quotedCardID)
        writer.putWithoutCheck(#","review_time":""#)
        ISOTimestamp.write(time, fractionalSeconds: true, to: &writer)
        writer.putWithoutCheck(#"","rating":"#)
        writer.putWithoutCheck(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rating.rawValue))
        writer.putWithoutCheck(#","retrievability":"#)
        Self.write(outcome.retrievabilityBefore, numbers: memo.numbers, kind: 0, to: &writer)
        // The phase's name with the literals around it, one literal per phase: a name chosen
        // at run time was copied through `memcpy`, a call for each line.
        switch outcome.phaseOfCard {
        case .learning: writer.putWithoutCheck(#","state":"learning","step":"#)
        case .review: writer.putWithoutCheck(#","state":"review","step":"#)
        case .relearning: writer.putWithoutCheck(#","state":"relearning","step":"#)
        }
        switch outcome.stepOfCard {
        case .some(let step) where (0..<10).contains(step):
            writer.putWithoutCheck(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: step))
        case .some(let step): writer.write(String(step))
        case nil: writer.putWithoutCheck("null")
        }
        writer.putWithoutCheck(#","stability":"#)
        Self.write(outcome.stabilityOfCard, numbers: memo.numbers, kind: 1, to: &writer)
        writer.putWithoutCheck(#","difficulty":"#)
        Self.write(outcome.difficultyOfCard, numbers: memo.numbers, kind: 2, to: &writer)
        writer.putWithoutCheck(#","due":""#)
        ISOTimestamp.write(outcome.dueInstant, fractionalSeconds: false, dates: memo.dueDates, to: &writer)
        writer.putWithoutCheck(#""}"#)
        writer.putWithoutCheck(UInt8(ascii: "\n"))
    }

    /// A line's length without the card id, at most: 112 bytes of keys and punctuation, two
    /// times, three numbers, a step of up to 20 digits, the longest phase name, a rating and the
    /// line end, rounded up.
    static let longestWithoutCardID =
        2 * ISOTimestamp.longestFormat + 3 * PythonFloat.longestRepr + 160

    /// A JSON string literal, escaped as Python's `json.dumps(ensure_ascii=False)` escapes.
    static func string(_ text: String) -> String { JSONValue.quoted(text) }

    @inline(__always)
    private static func write(
        _ number: Double?, numbers: borrowing PythonFloatMemo, kind: Int, to writer: inout ReplayWriter
    ) {
        if let number {
            PythonFloat.write(number, memo: numbers, kind: kind, to: &writer)
        } else {
            writer.put("null")
        }
    }
}
