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
/// - Summaries of the log (`review_buckets`) are kept by triggers on `reviews`, so every path
///   that writes the log — answering, undo, import, a hand edit — keeps them exact.
enum Schema {
    static let migrator = Migrator(migrations: [version1, version2, version3])

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

    /// Review counts per quarter hour (`bucket` = `reviewed_at / 900000000`, microseconds), so
    /// per-day counts and streaks read a few rows per study day instead of every review.
    ///
    /// The bucket width is written out rather than interpolated: a migration's SQL never changes,
    /// even if `ProgressStore.bucketMicroseconds` one day does. `new_cards` counts reviews with
    /// `before_last_review IS NULL`, as `reviewCountsPerDay` always has. A bucket whose last review
    /// is deleted is removed, so the table holds only buckets with reviews.
    static let version2 = Migration(
        version: 2, summary: "review counts per quarter hour, kept by triggers",
        sql: """
            CREATE TABLE review_buckets (
                bucket    INTEGER PRIMARY KEY,
                reviews   INTEGER NOT NULL CHECK (reviews > 0),
                new_cards INTEGER NOT NULL CHECK (new_cards BETWEEN 0 AND reviews)
            ) STRICT;

            INSERT INTO review_buckets (bucket, reviews, new_cards)
            SELECT reviewed_at / 900000000, count(*), sum(before_last_review IS NULL)
            FROM reviews GROUP BY 1;

            CREATE TRIGGER review_buckets_count_insert AFTER INSERT ON reviews BEGIN
                INSERT INTO review_buckets (bucket, reviews, new_cards)
                VALUES (NEW.reviewed_at / 900000000, 1, NEW.before_last_review IS NULL)
                ON CONFLICT (bucket) DO UPDATE
                SET reviews = reviews + 1, new_cards = new_cards + excluded.new_cards;
            END;

            CREATE TRIGGER review_buckets_count_delete AFTER DELETE ON reviews BEGIN
                DELETE FROM review_buckets WHERE bucket = OLD.reviewed_at / 900000000 AND reviews = 1;
                UPDATE review_buckets
                SET reviews = reviews - 1, new_cards = new_cards - (OLD.before_last_review IS NULL)
                WHERE bucket = OLD.reviewed_at / 900000000;
            END;

            CREATE TRIGGER review_buckets_count_update
            AFTER UPDATE OF reviewed_at, before_last_review ON reviews BEGIN
                DELETE FROM review_buckets WHERE bucket = OLD.reviewed_at / 900000000 AND reviews = 1;
                UPDATE review_buckets
                SET reviews = reviews - 1, new_cards = new_cards - (OLD.before_last_review IS NULL)
                WHERE bucket = OLD.reviewed_at / 900000000;
                INSERT INTO review_buckets (bucket, reviews, new_cards)
                VALUES (NEW.reviewed_at / 900000000, 1, NEW.before_last_review IS NULL)
                ON CONFLICT (bucket) DO UPDATE
                SET reviews = reviews + 1, new_cards = new_cards + excluded.new_cards;
            END;
            """)

    /// Undone attempts, and one definition of a right answer in the sessions' counts.
    ///
    /// Undo takes an answer back from the schedule, but the attempt was made and its key seen:
    /// it is kept here (not in `reviews`, so the schedule, counts and charts never see it) for the
    /// item analysis, which counts it as the answer given first, and so that the same card
    /// answered again after a wrong attempt cannot be counted right.
    ///
    /// Before this version a session's `correct` left out flashcards rated Hard or better, which
    /// the session summary and the reports count as right; it is recounted from the log.
    static let version3 = Migration(
        version: 3, summary: "undone attempts; sessions' right answers recounted by one rule",
        sql: """
            CREATE TABLE undone_attempts (
                id          INTEGER PRIMARY KEY,
                card_id     TEXT NOT NULL CHECK (card_id <> ''),
                session_id  INTEGER REFERENCES sessions (id),
                answered_at INTEGER NOT NULL,
                undone_at   INTEGER NOT NULL,
                rating      INTEGER CHECK (rating BETWEEN 1 AND 4),
                answer      TEXT,
                correct     INTEGER CHECK (correct IN (0, 1))
            ) STRICT;
            CREATE INDEX undone_attempts_by_card ON undone_attempts (card_id, answered_at);

            UPDATE sessions SET correct = (
                SELECT count(*) FROM reviews
                WHERE reviews.session_id = sessions.id AND coalesce(reviews.correct, reviews.rating <> 1)
            )
            WHERE kind = 'review';
            """)
}
