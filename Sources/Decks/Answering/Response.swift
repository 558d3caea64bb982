/// What a student answered, in terms of the author's items (already mapped back from the
/// shuffled display).
public enum Response: Sendable, Equatable {
    /// Chosen choice indices (author's numbering), ascending.
    case choices([Int])
    case trueFalse(Bool)
    /// For each left item in order, the author's index of the right item matched to it.
    case matching([Int])
    /// The author's step indices in the order the student put them.
    case ordering([Int])
    case text(String)
    /// Region names picked on a `region` question's board, in the order typed.
    case regions([String])
    /// A flashcard's self-grade, 1 (forgot) to 4 (easy).
    case selfGrade(Int)
}
