/// The order in which a question's parts are shown: shuffled choices, right-hand matching items
/// and steps. Kept with the answer so grading maps displayed labels back to the author's items.
public struct Presentation: Sendable, Equatable {
    /// Displayed position → the author's index, for choices, matching right items or steps.
    public var order: [Int]
    /// A `region` question's board: the region names the student picks by number (1 is the
    /// first), as `RegionAnswer.canonical` writes them. Laid out from the body model by whoever
    /// shows the question (`RegionBoard` in BodyMaps); empty for other types.
    public var regions: [String]

    public init(order: [Int], regions: [String] = []) {
        self.order = order
        self.regions = regions
    }

    /// The author's order (used for true/false, short answers and flashcards).
    public static func identity(count: Int) -> Presentation { Presentation(order: Array(0..<count)) }

    /// Shuffles what the question type shuffles, with the caller's generator so exams are
    /// reproducible from their seed. Ordering and matching never show the solution as is.
    public static func make(for question: Question, using generator: inout some RandomNumberGenerator)
        -> Presentation
    {
        switch question.kind {
        case .multipleChoice(let choices, _, _):
            return Presentation(order: Array(0..<choices.count).shuffled(using: &generator))
        case .matching(let pairs):
            return Presentation(order: derangedShuffle(count: pairs.count, using: &generator))
        case .ordering(let steps):
            return Presentation(order: derangedShuffle(count: steps.count, using: &generator))
        case .trueFalse, .shortAnswer, .flashcard, .cloze, .region:
            return .identity(count: 0)
        }
    }

    /// A shuffle that is not the identity (when there are at least two items), so the answer is
    /// never simply "the order shown".
    private static func derangedShuffle(count: Int, using generator: inout some RandomNumberGenerator)
        -> [Int]
    {
        let identity = Array(0..<count)
        guard count >= 2 else { return identity }
        var order = identity.shuffled(using: &generator)
        if order == identity { order.swapAt(0, 1) }
        return order
    }

    /// Labels `a`, `b`, … for displayed position `index`.
    public static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(ascii: "a") + UInt8(index % 26)))
    }
}
