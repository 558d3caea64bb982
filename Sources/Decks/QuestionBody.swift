import TextFormats

/// A question's prompt, explanation and answer content, packed into one buffer.
///
/// A deck of 50,000 questions held each of these texts as a `String` of its own: some eight heap
/// objects per question, whose headers and rounding cost as much memory as the text. Packed, a
/// question's text costs its bytes plus a few; each value is unpacked when it is read, which is
/// when a card is shown, checked or reported, not in a loop over a whole deck.
///
/// The layout (`ByteWriter` values, in order): the type's tag (`tag(of:)`), the prompt, the
/// explanation, then the kind's content as `init` writes it. `readKind` and `skipBody` read it
/// the same way; the deck cache keeps these bytes, so a change here needs `DeckCache.rulesVersion`
/// bumped.
public struct QuestionBody: Sendable, Equatable {
    /// The packed form, as `ByteWriter` wrote it: for caches that keep questions on disk.
    public let bytes: [UInt8]

    public init(kind: Question.Kind, prompt: String, explanation: String) {
        var writer = ByteWriter(
            capacity: Self.estimatedSize(kind: kind, prompt: prompt, explanation: explanation))
        writer.int(Self.tag(of: kind))
        writer.string(prompt)
        writer.string(explanation)
        switch kind {
        case .multipleChoice(let choices, let correct, let multiple):
            writer.list(choices) { writer, choice in
                writer.string(choice.text)
                writer.optional(choice.feedback) { $0.string($1) }
                writer.optional(choice.misconception) { $0.string($1) }
            }
            writer.list(correct) { $0.int($1) }
            writer.bool(multiple)
        case .trueFalse(let answer):
            writer.bool(answer)
        case .matching(let pairs):
            writer.list(pairs) { writer, pair in
                writer.string(pair.left)
                writer.string(pair.right)
            }
        case .ordering(let steps):
            writer.list(steps) { $0.string($1) }
        case .shortAnswer(let accepted):
            writer.list(accepted) { $0.string($1) }
        case .flashcard(let back):
            writer.string(back)
        case .cloze(let text, let deletion):
            writer.string(text)
            writer.int(deletion)
        case .region(let answer):
            writer.list(answer.views) { $0.string($1) }
            writer.string(answer.side)
            writer.list(answer.essential) { $0.string($1) }
            writer.list(answer.spillover) { $0.string($1) }
            writer.optional(answer.muscle) { $0.string($1) }
        }
        bytes = writer.bytes
    }

    /// The text's bytes and a little for lengths and flags: enough, or nearly, in one allocation.
    private static func estimatedSize(kind: Question.Kind, prompt: String, explanation: String) -> Int {
        let texts: Int
        switch kind {
        case .multipleChoice(let choices, let correct, _):
            texts = choices.reduce(correct.count) {
                $0 + $1.text.utf8.count + ($1.feedback?.utf8.count ?? 0) + ($1.misconception?.utf8.count ?? 0)
                    + 6
            }
        case .trueFalse: texts = 1
        case .matching(let pairs):
            texts = pairs.reduce(0) { $0 + $1.left.utf8.count + $1.right.utf8.count + 4 }
        case .ordering(let items), .shortAnswer(let items): texts = items.reduce(0) { $0 + $1.utf8.count + 2 }
        case .flashcard(let back): texts = back.utf8.count + 2
        case .cloze(let text, _): texts = text.utf8.count + 4
        case .region(let answer):
            texts = (answer.views + answer.essential + answer.spillover + [answer.side, answer.muscle ?? ""])
                .reduce(8) { $0 + $1.utf8.count + 2 }
        }
        return texts + prompt.utf8.count + explanation.utf8.count + 8
    }

    /// Takes packed bytes from outside (a cache file), checking all of them first, so reading a
    /// value later cannot fail.
    public init(validating bytes: [UInt8]) throws(ByteReader.Damaged) {
        var reader = ByteReader(bytes)
        try Self.skipBody(&reader)
        guard reader.isAtEnd else { throw ByteReader.Damaged() }
        self.bytes = bytes
    }

    public var type: QuestionType {
        var reader = ByteReader(bytes)
        return Self.checked { () throws(ByteReader.Damaged) in try Self.type(forTag: reader.int()) }
    }

    public var prompt: String {
        var reader = ByteReader(bytes)
        return Self.checked { () throws(ByteReader.Damaged) in
            _ = try reader.int()
            return try reader.string()
        }
    }

    public var explanation: String {
        var reader = ByteReader(bytes)
        return Self.checked { () throws(ByteReader.Damaged) in
            _ = try reader.int()
            try reader.skipString()
            return try reader.string()
        }
    }

    public var kind: Question.Kind {
        var reader = ByteReader(bytes)
        return Self.checked { () throws(ByteReader.Damaged) in try Self.readKind(&reader) }
    }

    /// Reads the whole body, trusting it (see `skipBody` for the checks), and returns its kind.
    private static func readKind(_ reader: inout ByteReader) throws(ByteReader.Damaged) -> Question.Kind {
        let type = try type(forTag: reader.int())
        try reader.skipString()
        try reader.skipString()
        switch type {
        case .multipleChoice:
            let choices = try reader.list { reader throws(ByteReader.Damaged) in
                Choice(
                    try reader.string(),
                    feedback: try reader.optional { reader throws(ByteReader.Damaged) in try reader.string()
                    },
                    misconception: try reader.optional { reader throws(ByteReader.Damaged) in
                        try reader.string()
                    }
                )
            }
            return .multipleChoice(
                choices: choices,
                correct: try reader.list { reader throws(ByteReader.Damaged) in try reader.int() },
                multiple: try reader.bool())
        case .trueFalse:
            return .trueFalse(answer: try reader.bool())
        case .matching:
            return .matching(
                pairs: try reader.list { reader throws(ByteReader.Damaged) in
                    MatchingPair(left: try reader.string(), right: try reader.string())
                })
        case .ordering:
            return .ordering(
                steps: try reader.list { reader throws(ByteReader.Damaged) in try reader.string() })
        case .shortAnswer:
            return .shortAnswer(
                accepted: try reader.list { reader throws(ByteReader.Damaged) in try reader.string() })
        case .flashcard:
            return .flashcard(back: try reader.string())
        case .cloze:
            return .cloze(text: try reader.string(), deletion: try reader.int())
        case .region:
            let views = try reader.list { reader throws(ByteReader.Damaged) in try reader.string() }
            let side = try reader.string()
            let essential = try reader.list { reader throws(ByteReader.Damaged) in try reader.string() }
            let spillover = try reader.list { reader throws(ByteReader.Damaged) in try reader.string() }
            let muscle = try reader.optional { reader throws(ByteReader.Damaged) in try reader.string() }
            return .region(
                RegionAnswer(
                    views: views, side: side, essential: essential, spillover: spillover, muscle: muscle))
        }
    }

    /// Steps over a whole body, checking it as `readKind` would read it but making no values:
    /// a deck cache checks every question this way when it reads a deck back. Beyond the layout,
    /// it checks what showing and grading index into: lists are not empty and answers name
    /// existing choices.
    private static func skipBody(_ reader: inout ByteReader) throws(ByteReader.Damaged) {
        let type = try type(forTag: reader.int())
        try reader.skipString()
        try reader.skipString()
        var items = 0
        switch type {
        case .multipleChoice:
            try reader.skipList { reader throws(ByteReader.Damaged) in
                items += 1
                try reader.skipString()
                if try reader.bool() { try reader.skipString() }
                if try reader.bool() { try reader.skipString() }
            }
            let choices = items
            items = 0
            try reader.skipList { reader throws(ByteReader.Damaged) in
                items += 1
                guard (0..<choices).contains(try reader.int()) else { throw ByteReader.Damaged() }
            }
            _ = try reader.bool()
        case .trueFalse:
            _ = try reader.bool()
            items = 1
        case .matching:
            try reader.skipList { reader throws(ByteReader.Damaged) in
                items += 1
                try reader.skipString()
                try reader.skipString()
            }
        case .ordering, .shortAnswer:
            try reader.skipList { reader throws(ByteReader.Damaged) in
                items += 1
                try reader.skipString()
            }
        case .flashcard:
            try reader.skipString()
            items = 1
        case .cloze:
            try reader.skipString()
            guard try reader.int() >= 1 else { throw ByteReader.Damaged() }
            items = 1
        case .region:
            var views = 0
            try reader.skipList { reader throws(ByteReader.Damaged) in
                views += 1
                try reader.skipString()
            }
            try reader.skipString()
            try reader.skipList { reader throws(ByteReader.Damaged) in
                items += 1
                try reader.skipString()
            }
            try reader.skipList { reader throws(ByteReader.Damaged) in try reader.skipString() }
            if try reader.bool() { try reader.skipString() }
            guard views > 0 else { throw ByteReader.Damaged() }
        }
        guard items > 0 else { throw ByteReader.Damaged() }
    }

    /// Written out, not taken from `allCases`, so adding or reordering cases cannot renumber them.
    private static func tag(of kind: Question.Kind) -> Int {
        switch kind {
        case .multipleChoice: 0
        case .trueFalse: 1
        case .matching: 2
        case .ordering: 3
        case .shortAnswer: 4
        case .flashcard: 5
        case .cloze: 6
        case .region: 7
        }
    }

    private static func type(forTag tag: Int) throws(ByteReader.Damaged) -> QuestionType {
        switch tag {
        case 0: .multipleChoice
        case 1: .trueFalse
        case 2: .matching
        case 3: .ordering
        case 4: .shortAnswer
        case 5: .flashcard
        case 6: .cloze
        case 7: .region
        default: throw ByteReader.Damaged()
        }
    }

    /// Reads from bytes that were checked when the body was made; failing here is a bug.
    private static func checked<Value>(_ read: () throws(ByteReader.Damaged) -> Value) -> Value {
        do { return try read() } catch { preconditionFailure("a question body is checked when it is made") }
    }
}
