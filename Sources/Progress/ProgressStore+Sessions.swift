import Foundation

extension ProgressStore {
    /// Starts a review or exam session and returns its id for the answers that follow.
    public func startSession(kind: SessionKind, at startedAt: Date) throws(StoreError) -> SessionID {
        try write {
            try database.execute(
                "INSERT INTO sessions (kind, started_at) VALUES (?, ?)",
                [SQLValue(kind.rawValue), SQLValue(startedAt)])
            return SessionID(rawValue: database.lastInsertRowID)
        }
    }

    /// Records the end of a session with its result.
    ///
    /// A session never ends before it began: a clock set back meanwhile records the start as the end.
    /// - Parameter details: JSON text of the CLI's choosing (refused by SQLite if not valid JSON).
    public func finishSession(
        _ id: SessionID, at endedAt: Date, score: Double? = nil, passed: Bool? = nil, details: String? = nil
    ) throws(StoreError) {
        try write {
            try database.execute(
                "UPDATE sessions SET ended_at = max(?, started_at), score = ?, passed = ?, details = ? WHERE id = ?",
                [
                    SQLValue(endedAt), SQLValue(score), SQLValue(passed), SQLValue(details),
                    SQLValue(id.rawValue),
                ])
            if database.changes == 0 { throw StoreError.unknownSession(id) }
        }
    }

    /// Removes a session in which nothing was answered, as if it had never begun: an exam left
    /// before its first answer (input closed, Ctrl-C, `q`) is no result, and counted as a failed
    /// 0% exam it pulled the student's exam trend down. A session with any answer, review or
    /// undone attempt is kept.
    /// - Returns: whether the session was removed.
    @discardableResult
    public func discardSessionWithoutAnswers(_ id: SessionID) throws(StoreError) -> Bool {
        try write {
            try database.execute(
                """
                DELETE FROM sessions WHERE id = ?1
                AND NOT EXISTS (SELECT 1 FROM exam_answers WHERE session_id = ?1)
                AND NOT EXISTS (SELECT 1 FROM reviews WHERE session_id = ?1)
                AND NOT EXISTS (SELECT 1 FROM undone_attempts WHERE session_id = ?1)
                """, [SQLValue(id.rawValue)])
            return database.changes > 0
        }
    }

    public func session(_ id: SessionID) throws(StoreError) -> SessionRecord? {
        try perform {
            try database.queryFirst(
                "SELECT \(Self.sessionColumns) FROM sessions WHERE id = ?", [SQLValue(id.rawValue)],
                row: Self.sessionRecord)
        }
    }

    /// The sessions started in `range`, oldest first (unfinished ones have no `endedAt`).
    public func sessions(in range: Range<Date>) throws(StoreError) -> [SessionRecord] {
        try sessions(in: TimeSpan(range))
    }

    public func sessions(in span: TimeSpan) throws(StoreError) -> [SessionRecord] {
        try perform {
            try database.query(
                """
                SELECT \(Self.sessionColumns) FROM sessions
                WHERE started_at >= ? AND started_at < ? ORDER BY started_at, id
                """, span.sqlValues, row: Self.sessionRecord)
        }
    }

    /// Records one answered exam question as soon as it is answered, in its own transaction, and
    /// counts it in the session — a killed exam keeps the answers already given.
    @discardableResult
    public func recordExamAnswer(
        sessionID: SessionID, questionID: String, answer: String?, correct: Bool, answeredAt: Date,
        durationMilliseconds: Int? = nil
    ) throws(StoreError) -> ExamAnswer {
        try write {
            try requireSession(sessionID)
            let position =
                try database.scalarInt(
                    "SELECT coalesce(max(position), 0) FROM exam_answers WHERE session_id = ?",
                    [SQLValue(sessionID.rawValue)]) + 1
            try database.execute(
                """
                INSERT INTO exam_answers
                    (session_id, position, question_id, answer, correct, answered_at, duration_ms)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    SQLValue(sessionID.rawValue), SQLValue(position), SQLValue(questionID), SQLValue(answer),
                    SQLValue(correct), SQLValue(answeredAt), SQLValue(durationMilliseconds),
                ])
            try database.execute(
                "UPDATE sessions SET cards_done = cards_done + 1, correct = correct + ? WHERE id = ?",
                [SQLValue(correct), SQLValue(sessionID.rawValue)])
            return ExamAnswer(
                position: position, questionID: questionID, answer: answer, correct: correct,
                answeredAt: StoredTime.rounded(answeredAt), durationMilliseconds: durationMilliseconds)
        }
    }

    /// The answers of an exam session, in the order they were given.
    public func examAnswers(sessionID: SessionID) throws(StoreError) -> [ExamAnswer] {
        try perform {
            try database.query(
                """
                SELECT position, question_id, answer, correct, answered_at, duration_ms
                FROM exam_answers WHERE session_id = ? ORDER BY position
                """, [SQLValue(sessionID.rawValue)]
            ) { row in
                ExamAnswer(
                    position: row.int(0), questionID: row.text(1), answer: row.optionalText(2),
                    correct: row.bool(3), answeredAt: row.date(4), durationMilliseconds: row.optionalInt(5))
            }
        }
    }

    func requireSession(_ id: SessionID) throws {
        let found = try database.scalarInt(
            "SELECT count(*) FROM sessions WHERE id = ?", [SQLValue(id.rawValue)])
        if found == 0 { throw StoreError.unknownSession(id) }
    }

    /// A review session's distinct cards are counted from its log (indexed by session); an exam
    /// answers each of its questions once.
    private static let sessionColumns = """
        id, kind, started_at, ended_at, cards_done, correct, score, passed, details,
        CASE kind WHEN 'review'
            THEN (SELECT count(DISTINCT card_id) FROM reviews WHERE reviews.session_id = sessions.id)
            ELSE cards_done END
        """

    private static func sessionRecord(_ row: Statement) throws(DatabaseError) -> SessionRecord {
        guard let kind = SessionKind(rawValue: row.text(1)) else { throw row.unexpected(1, row.text(1)) }
        return SessionRecord(
            id: SessionID(rawValue: row.int64(0)), kind: kind, startedAt: row.date(2),
            endedAt: row.optionalDate(3),
            cardsDone: row.int(4), correct: row.int(5), score: row.optionalDouble(6),
            passed: row.optionalBool(7),
            details: row.optionalText(8), cards: row.int(9))
    }
}
