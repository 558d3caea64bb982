/// A wrong belief a deck's distractors are written to catch, e.g. "Soreness after massage is
/// lactic acid": a distractor names it by `id` (its `misconception` field), so a student who picks
/// it is told, and reports count who holds it.
public struct Misconception: Sendable, Equatable {
    /// A short id, unique in the deck: `lactic-acid-soreness`.
    public var id: String
    /// One sentence stating the belief.
    public var text: String

    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }
}
