import Scheduling

/// The one definition of a right answer, used by the session summary, `history`, `stats` and
/// the reports, so they never disagree.
///
/// A graded answer (multiple choice, true/false, matching, ordering, short answer) is right when
/// it was judged correct. A flashcard has no right or wrong: the student grades their own recall,
/// and anything but Again counts as recalled, so as right.
public enum RightAnswer {
    public static func counts(correct: Bool?, rating: Rating) -> Bool {
        correct ?? (rating != .again)
    }

    /// The same rule in SQL, for a `reviews` row (or a table aliased with these columns).
    static let sqlCondition = "coalesce(correct, rating <> 1)"
}
