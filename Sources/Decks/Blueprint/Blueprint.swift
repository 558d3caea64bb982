/// A licensing exam's outline: the content areas its questions are drawn from, with their
/// weights (`Quizzes/blueprint.json`; the bundled one is the MBLEx's).
public struct Blueprint: Sendable, Equatable {
    public struct Area: Sendable, Equatable {
        public var id: String
        public var title: String
        /// Its share of the exam, in any unit (percentages in the bundled file); only the
        /// proportions matter.
        public var weight: Double

        public init(id: String, title: String, weight: Double) {
            self.id = id
            self.title = title
            self.weight = weight
        }
    }

    /// The exam's name, as the dashboard says it ("MBLEx in 23 days").
    public var name: String
    public var areas: [Area]
    /// How many questions the real exam has (100 for the MBLEx): the length of a blueprint exam
    /// unless `--count` says otherwise.
    public var questionCount: Int
    /// The file it was read from, for messages.
    public var file: String

    public init(name: String, areas: [Area], questionCount: Int = 100, file: String = "") {
        self.name = name
        self.areas = areas
        self.questionCount = questionCount
        self.file = file
    }

    public func area(id: String) -> Area? { areas.first { $0.id == id } }

    /// Each area's weight as a fraction of the whole (they add up to 1).
    public func share(of area: Area) -> Double {
        let total = areas.reduce(0) { $0 + $1.weight }
        return total > 0 ? area.weight / total : 0
    }

    /// How many of `count` questions each area gets, in the blueprint's order: the exact shares
    /// rounded down, then the questions left over given one each to the largest remainders
    /// (Hamilton's method; ties go to the area listed first), so the counts add up to `count`.
    public func allocation(of count: Int) -> [Int] {
        let total = areas.reduce(0) { $0 + $1.weight }
        guard total > 0, count > 0 else { return areas.map { _ in 0 } }
        let exact = areas.map { $0.weight / total * Double(count) }
        var counts = exact.map { Int($0.rounded(.down)) }
        let left = count - counts.reduce(0, +)
        let byRemainder = exact.indices.sorted {
            let (a, b) = (exact[$0] - Double(counts[$0]), exact[$1] - Double(counts[$1]))
            return a != b ? a > b : $0 < $1
        }
        for index in byRemainder.prefix(left) { counts[index] += 1 }
        return counts
    }
}
