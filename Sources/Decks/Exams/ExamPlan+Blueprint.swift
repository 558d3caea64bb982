extension ExamPlan {
    /// An area of the blueprint with fewer questions than its weight asked for.
    public struct Shortfall: Sendable, Equatable {
        public var area: Blueprint.Area
        public var wanted: Int
        public var found: Int
    }

    /// Draws a practice exam that follows the blueprint's weights: `count` questions shared out
    /// between the areas by largest remainders (`Blueprint.allocation`), each area's drawn at
    /// random from the questions naming it, then the whole put in a random order (a client case
    /// stays whole and in order). An area with too few questions gives what it has, and the
    /// plan's `shortfalls` says so; questions naming no area of the blueprint are not asked.
    public static func make(
        decks: [Deck], blueprint: Blueprint, tags: [String], count: Int,
        using generator: inout some RandomNumberGenerator
    ) -> ExamPlan {
        var units: [[(String, Question, ClientCase?)]] = []
        var shortfalls: [Shortfall] = []
        for (area, wanted) in zip(blueprint.areas, blueprint.allocation(of: count)) where wanted > 0 {
            var (pool, inPool) = pool(decks: decks, tags: tags) { $0.area == area.id }
            pool.shuffle(using: &generator)
            let chosen = choose(from: pool, decks: decks, inPool: inPool, count: wanted)
            if chosen.count < wanted {
                shortfalls.append(Shortfall(area: area, wanted: wanted, found: chosen.count))
            }
            // One unit per question, or per case: shuffling units mixes the areas and keeps a
            // case's steps together.
            for entry in chosen {
                if let clientCase = entry.2, let last = units.last?.last, last.2?.id == clientCase.id,
                    last.0 == entry.0
                {
                    units[units.count - 1].append(entry)
                } else {
                    units.append([entry])
                }
            }
        }
        units.shuffle(using: &generator)
        var plan = ExamPlan(
            items: units.joined().map { deckID, question, clientCase in
                Item(
                    deckID: deckID, question: question,
                    presentation: Presentation.make(for: question, using: &generator), clientCase: clientCase)
            })
        plan.blueprint = blueprint
        plan.shortfalls = shortfalls
        return plan
    }
}
