import Curriculum
import Decks
import TextFormats

/// What a deck reading is made of, as `DeckCache` keeps it: `ByteWriter`'s plain bytes, each
/// question's body as it is packed in memory (`QuestionBody.bytes`), so reading a deck back
/// copies those bytes (after checking them) instead of making every string again.
extension ByteWriter {
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
        list(deck.misconceptions) { writer, misconception in
            writer.string(misconception.id)
            writer.string(misconception.text)
        }
        list(deck.cases) { writer, clientCase in
            writer.string(clientCase.id)
            writer.string(clientCase.title)
            writer.string(clientCase.scenario)
            writer.list(clientCase.steps) { $0.string($1) }
        }
        optional(deck.idPosition) { $0.position($1) }
        optional(deck.area) { $0.string($1) }
    }

    mutating func question(_ question: Question) {
        string(question.id)
        blob(question.body.bytes)
        string(question.lesson.lessonID)
        optional(question.lesson.anchor) { $0.string($1) }
        list(question.tags) { $0.string($1) }
        int(question.line)
        optional(question.idPosition) { $0.position($1) }
        optional(question.area) { $0.string($1) }
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

extension ByteReader {
    mutating func reading() throws(ByteReader.Damaged) -> DeckReading {
        DeckReading(
            deck: try optional { reader throws(ByteReader.Damaged) in try reader.deck() },
            questionCount: try int(),
            diagnostics: try list { reader throws(ByteReader.Damaged) in try reader.diagnostic() })
    }

    mutating func deck() throws(ByteReader.Damaged) -> Deck {
        var shared = SharedValues()
        return Deck(
            id: try string(), title: try string(),
            description: try optional { reader throws(ByteReader.Damaged) in try reader.string() },
            version: try int(), order: try int(), file: try string(),
            questions: try list { reader throws(ByteReader.Damaged) in try shared.share(reader.question()) },
            misconceptions: try list { reader throws(ByteReader.Damaged) in
                Misconception(id: try reader.string(), text: try reader.string())
            },
            cases: try list { reader throws(ByteReader.Damaged) in
                ClientCase(
                    id: try reader.string(), title: try reader.string(), scenario: try reader.string(),
                    steps: try reader.list { reader throws(ByteReader.Damaged) in try reader.string() })
            },
            idPosition: try optional { reader throws(ByteReader.Damaged) in try reader.position() },
            area: try optional { reader throws(ByteReader.Damaged) in try reader.string() })
    }

    mutating func question() throws(ByteReader.Damaged) -> Question {
        Question(
            id: try string(), body: try QuestionBody(validating: try blob()),
            lesson: LessonLink(
                lessonID: try string(),
                anchor: try optional { reader throws(ByteReader.Damaged) in try reader.string() }),
            tags: try list { reader throws(ByteReader.Damaged) in try reader.string() }, line: try int(),
            idPosition: try optional { reader throws(ByteReader.Damaged) in try reader.position() },
            area: try optional { reader throws(ByteReader.Damaged) in try reader.string() })
    }

    mutating func position() throws(ByteReader.Damaged) -> SourcePosition {
        SourcePosition(line: try int(), column: try int())
    }

    mutating func diagnostic() throws(ByteReader.Damaged) -> Diagnostic {
        Diagnostic(
            try bool() ? .error : .warning, file: try string(),
            position: try optional { reader throws(ByteReader.Damaged) in try reader.position() },
            message: try string(),
            questionID: try optional { reader throws(ByteReader.Damaged) in try reader.string() },
            field: try optional { reader throws(ByteReader.Damaged) in try reader.string() })
    }
}
