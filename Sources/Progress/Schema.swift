/// The store's tables, as an ordered list of migrations.
///
/// Conventions, so every reader of the file can rely on them:
/// - Tables are `STRICT`: a value of the wrong type is refused, not silently converted.
/// - Instants are INTEGER microseconds since 1970 UTC (`StoredTime`); durations are milliseconds.
/// - Booleans are INTEGER 0 or 1, checked.
/// - A card's phase is `CardPhase.name` and a rating is `Rating.rawValue` (1 Again … 4 Easy).
/// - Every review row keeps the card's whole row before and after it (`before_*`, `after_*`):
///   enough to undo it exactly. `before_phase IS NULL` means the card had no row yet (it was new
///   and never touched), so undoing that review deletes the row again.
/// - Exam answers live in their own table rather than in `sessions.details`, so reports can ask
///   "which questions are missed most" with SQL; `details` holds free-form JSON the CLI chooses.
/// - Start-up reads `cards` only (one row per card, no history), so it stays fast however long
///   the review log grows; the log is indexed by time, session and card for the other queries.
enum Schema {
    static let migrator = Migrator(migrations: [version1])

    /// The columns of a card row, in the order `CardState` binds and reads them.
    static let cardColumns = [
        "phase", "step", "stability", "difficulty", "due", "last_review", "reps", "lapses", "suspended",
        "leech", "buried_until",
    ]

    static let version1 = Migration(
        version: 1, summary: "cards, reviews, sessions, exam answers, lessons read, settings",
        sql: """
            CREATE TABLE cards (
                card_id      TEXT PRIMARY KEY NOT NULL CHECK (card_id <> ''),
                phase        TEXT NOT NULL CHECK (phase IN ('learning', 'review', 'relearning')),
                step         INTEGER CHECK (step >= 0),
                stability    REAL,
                difficulty   REAL,
                due          INTEGER NOT NULL,
                last_review  INTEGER,
                reps         INTEGER NOT NULL DEFAULT 0 CHECK (reps >= 0),
                lapses       INTEGER NOT NULL DEFAULT 0 CHECK (lapses >= 0),
                suspended    INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1)),
                leech        INTEGER NOT NULL DEFAULT 0 CHECK (leech IN (0, 1)),
                buried_until INTEGER
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE sessions (
                id          INTEGER PRIMARY KEY AUTOINCREMENT,
                kind        TEXT NOT NULL CHECK (kind IN ('review', 'exam')),
                started_at  INTEGER NOT NULL,
                ended_at    INTEGER,
                cards_done  INTEGER NOT NULL DEFAULT 0 CHECK (cards_done >= 0),
                correct     INTEGER NOT NULL DEFAULT 0 CHECK (correct >= 0),
                score       REAL,
                passed      INTEGER CHECK (passed IN (0, 1)),
                details     TEXT CHECK (details IS NULL OR json_valid(details))
            ) STRICT;
            CREATE INDEX sessions_by_start ON sessions (started_at);

            CREATE TABLE reviews (
                id                  INTEGER PRIMARY KEY AUTOINCREMENT,
                card_id             TEXT NOT NULL REFERENCES cards (card_id),
                session_id          INTEGER REFERENCES sessions (id),
                reviewed_at         INTEGER NOT NULL,
                rating              INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
                answer              TEXT,
                correct             INTEGER CHECK (correct IN (0, 1)),
                duration_ms         INTEGER CHECK (duration_ms >= 0),
                before_phase        TEXT CHECK (before_phase IN ('learning', 'review', 'relearning')),
                before_step         INTEGER,
                before_stability    REAL,
                before_difficulty   REAL,
                before_due          INTEGER,
                before_last_review  INTEGER,
                before_reps         INTEGER,
                before_lapses       INTEGER,
                before_suspended    INTEGER,
                before_leech        INTEGER,
                before_buried_until INTEGER,
                after_phase         TEXT NOT NULL CHECK (after_phase IN ('learning', 'review', 'relearning')),
                after_step          INTEGER,
                after_stability     REAL,
                after_difficulty    REAL,
                after_due           INTEGER NOT NULL,
                after_last_review   INTEGER,
                after_reps          INTEGER NOT NULL,
                after_lapses        INTEGER NOT NULL,
                after_suspended     INTEGER NOT NULL,
                after_leech         INTEGER NOT NULL,
                after_buried_until  INTEGER
            ) STRICT;
            CREATE INDEX reviews_by_time ON reviews (reviewed_at);
            CREATE INDEX reviews_by_session ON reviews (session_id, id);
            CREATE INDEX reviews_by_card ON reviews (card_id, id);

            CREATE TABLE exam_answers (
                session_id  INTEGER NOT NULL REFERENCES sessions (id),
                position    INTEGER NOT NULL CHECK (position >= 1),
                question_id TEXT NOT NULL,
                answer      TEXT,
                correct     INTEGER NOT NULL CHECK (correct IN (0, 1)),
                answered_at INTEGER NOT NULL,
                duration_ms INTEGER CHECK (duration_ms >= 0),
                PRIMARY KEY (session_id, position)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX exam_answers_by_question ON exam_answers (question_id);

            CREATE TABLE lessons_read (
                id        INTEGER PRIMARY KEY,
                lesson_id TEXT NOT NULL,
                read_at   INTEGER NOT NULL
            ) STRICT;
            CREATE INDEX lessons_read_by_lesson ON lessons_read (lesson_id, read_at);

            CREATE TABLE settings (
                key   TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL
            ) STRICT, WITHOUT ROWID;
            """)
}
