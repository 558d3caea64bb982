extension ExamResult {
    /// One content area's score in a blueprint exam, with its band.
    public struct AreaScore: Sendable, Equatable {
        public var area: Blueprint.Area
        public var tally: Tally
        public var band: AreaBand
    }

    /// Each area of the plan's blueprint that the exam asked, in the blueprint's order; empty
    /// for an exam that follows no blueprint.
    static func areaScores(plan: ExamPlan, answers: [Bool?], credits: [Double?], passMark: Double)
        -> [AreaScore]
    {
        guard let blueprint = plan.blueprint else { return [] }
        var tallies: [String: Tally] = [:]
        for (index, item) in plan.items.enumerated() {
            guard let id = item.question.area, let area = blueprint.area(id: id) else { continue }
            let right = index < answers.count ? answers[index] == true : false
            let mark = ExamResult.mark(right: right, credit: index < credits.count ? credits[index] : nil)
            tallies[id, default: Tally(name: area.title, correct: 0, total: 0)].record(right, mark: mark)
        }
        return blueprint.areas.compactMap { area in
            tallies[area.id].map {
                AreaScore(area: area, tally: $0, band: AreaBand(score: $0.fraction, passMark: passMark))
            }
        }
    }
}
