import Curriculum
import Decks
import TextFormats

/// Writes values as plain bytes for `DeckCache`: integers little-endian, text as its UTF-8 length
/// and bytes. Not a general format: it only needs to read back what this build wrote.
struct CacheWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func optional<Value>(_ value: Value?, _ write: (inout CacheWriter, Value) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func list<Value>(_ values: [Value], _ write: (inout CacheWriter, Value) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }
}

/// Reads what `CacheWriter` wrote; any surprise (a short or foreign file) is `CacheReader.Damaged`,
/// and the cache entry is then simply not used.
struct CacheReader {
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { index == bytes.count }

    mutating func int() throws(Damaged) -> Int {
        guard index + 8 <= bytes.count else { throw Damaged() }
        var value: UInt64 = 0
        for shift in 0..<8 { value |= UInt64(bytes[index + shift]) << (8 * UInt64(shift)) }
        index += 8
        return Int(Int64(bitPattern: value))
    }

    mutating func bool() throws(Damaged) -> Bool {
        guard index < bytes.count, bytes[index] <= 1 else { throw Damaged() }
        index += 1
        return bytes[index - 1] == 1
    }

    mutating func string() throws(Damaged) -> String {
        let count = try int()
        guard count >= 0, index + count <= bytes.count else { throw Damaged() }
        defer { index += count }
        let slice = bytes[index..<(index + count)]
        // Nearly all text is ASCII, which needs no validating (the generic validator is slow).
        if slice.allSatisfy({ $0 < 0x80 }) { return String(decoding: slice, as: UTF8.self) }
        guard let text = String(validating: slice, as: UTF8.self) else { throw Damaged() }
        return text
    }

    mutating func optional<Value>(_ read: (inout CacheReader) throws(Damaged) -> Value) throws(Damaged)
        -> Value?
    {
        try bool() ? try read(&self) : nil
    }

    mutating func list<Value>(_ read: (inout CacheReader) throws(Damaged) -> Value) throws(Damaged) -> [Value]
    {
        let count = try int()
        // Every value takes at least one byte: a count beyond that is damage, not a list.
        guard count >= 0, count <= bytes.count - index else { throw Damaged() }
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }
}

// MARK: - What a deck reading is made of

extension CacheWriter {
    mutating func reading(_ reading: DeckReading) {
        optional(reading.deck) { $0.deck($1) }
        int(reading.questionCount)
        list(reading.diagnostics) { $0.diagnostic($1) }
    }

    mutating func deck(_ deck: Deck) {
        string(deck.id)
        string(deck.title)
        optional(deck.description) { $0.string($1) }
        int(deck.version)
        int(deck.order)
        string(deck.file)
        list(deck.questions) { $0.question($1) }
        optional(deck.idPosition) { $0.position($1) }
    }

    mutating func question(_ question: Question) {
        string(question.id)
        switch question.kind {
        case .multipleChoice(let choices, let correct, let multiple):
            int(0)
            list(choices) { writer, choice in
                writer.string(choice.text)
                writer.optional(choice.feedback) { $0.string($1) }
            }
            list(correct) { $0.int($1) }
            bool(multiple)
        case .trueFalse(let answer):
            int(1)
            bool(answer)
        case .matching(let pairs):
            int(2)
            list(pairs) { writer, pair in
                writer.string(pair.left)
                writer.string(pair.right)
            }
        case .ordering(let steps):
            int(3)
            list(steps) { $0.string($1) }
        case .shortAnswer(let accepted):
            int(4)
            list(accepted) { $0.string($1) }
        case .flashcard(let back):
            int(5)
            string(back)
        }
        string(question.prompt)
        string(question.explanation)
        string(question.lesson.lessonID)
        optional(question.lesson.anchor) { $0.string($1) }
        list(question.tags) { $0.string($1) }
        int(question.line)
        optional(question.idPosition) { $0.position($1) }
    }

    mutating func position(_ position: SourcePosition) {
        int(position.line)
        int(position.column)
    }

    mutating func diagnostic(_ diagnostic: Diagnostic) {
        bool(diagnostic.severity == .error)
        string(diagnostic.file)
        optional(diagnostic.position) { $0.position($1) }
        string(diagnostic.message)
        optional(diagnostic.questionID) { $0.string($1) }
        optional(diagnostic.field) { $0.string($1) }
    }
}

extension CacheReader {
    mutating func reading() throws(Damaged) -> DeckReading {
        DeckReading(
            deck: try optional { reader throws(Damaged) in try reader.deck() }, questionCount: try int(),
            diagnostics: try list { reader throws(Damaged) in try reader.diagnostic() })
    }

    mutating func deck() throws(Damaged) -> Deck {
        Deck(
            id: try string(), title: try string(),
            description: try optional { reader throws(Damaged) in try reader.string() },
            version: try int(), order: try int(), file: try string(),
            questions: try list { reader throws(Damaged) in try reader.question() },
            idPosition: try optional { reader throws(Damaged) in try reader.position() })
    }

    mutating func question() throws(Damaged) -> Question {
        let id = try string()
        let kind: Question.Kind
        switch try int() {
        case 0:
            let choices = try list { reader throws(Damaged) in
                Choice(
                    try reader.string(),
                    feedback: try reader.optional { reader throws(Damaged) in try reader.string() })
            }
            kind = .multipleChoice(
                choices: choices, correct: try list { reader throws(Damaged) in try reader.int() },
                multiple: try bool())
        case 1: kind = .trueFalse(answer: try bool())
        case 2:
            kind = .matching(
                pairs: try list { reader throws(Damaged) in
                    MatchingPair(left: try reader.string(), right: try reader.string())
                })
        case 3: kind = .ordering(steps: try list { reader throws(Damaged) in try reader.string() })
        case 4: kind = .shortAnswer(accepted: try list { reader throws(Damaged) in try reader.string() })
        case 5: kind = .flashcard(back: try string())
        default: throw Damaged()
        }
        return Question(
            id: id, kind: kind, prompt: try string(), explanation: try string(),
            lesson: LessonLink(
                lessonID: try string(), anchor: try optional { reader throws(Damaged) in try reader.string() }
            ),
            tags: try list { reader throws(Damaged) in try reader.string() }, line: try int(),
            idPosition: try optional { reader throws(Damaged) in try reader.position() })
    }

    mutating func position() throws(Damaged) -> SourcePosition {
        SourcePosition(line: try int(), column: try int())
    }

    mutating func diagnostic() throws(Damaged) -> Diagnostic {
        Diagnostic(
            try bool() ? .error : .warning, file: try string(),
            position: try optional { reader throws(Damaged) in try reader.position() }, message: try string(),
            questionID: try optional { reader throws(Damaged) in try reader.string() },
            field: try optional { reader throws(Damaged) in try reader.string() })
    }
}
