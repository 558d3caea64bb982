/// A `region` answer graded with partial credit: every essential region is required, spillover
/// regions are neither required nor wrong, and anything else is wrong.
///
/// The credit is the essential regions found less the wrong picks, over the essential regions
/// (never below 0): all four of the soleus's regions and one stray pick is 3/4. The answer is
/// right only with full credit: every essential region and nothing wrong.
public struct RegionGrade: Sendable, Equatable {
    /// Essential regions picked, missed; spillover regions picked; wrong picks: in the order the
    /// author listed them (wrong picks in the student's order). Names as `RegionAnswer.canonical`.
    public var found: [String]
    public var missed: [String]
    public var spillover: [String]
    public var wrong: [String]

    public init(picked: [String], answer: RegionAnswer) {
        let picks = picked.map(answer.canonical)
        let essential = answer.essential.map(answer.canonical)
        let spillover = answer.spillover.map(answer.canonical)
        found = essential.filter(picks.contains)
        missed = essential.filter { !picks.contains($0) }
        self.spillover = spillover.filter(picks.contains)
        var wrong: [String] = []
        for pick in picks
        where !essential.contains(pick) && !spillover.contains(pick) && !wrong.contains(pick) {
            wrong.append(pick)
        }
        self.wrong = wrong
    }

    /// From 0 to 1: (found − wrong) / essential, at least 0.
    public var credit: Double {
        let essential = found.count + missed.count
        guard essential > 0 else { return wrong.isEmpty ? 1 : 0 }
        return Double(max(0, found.count - wrong.count)) / Double(essential)
    }

    public var isCorrect: Bool { missed.isEmpty && wrong.isEmpty }
}
