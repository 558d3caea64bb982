extension ClassReport {
    /// How widely one misconception is held across the class: "12 of 30 students think soreness
    /// after massage is lactic acid".
    ///
    /// One belief is one spread, by its id, whichever decks the students met it in: counting it per
    /// deck would show one belief as several rows, each with fewer holders than really hold it.
    public struct MisconceptionSpread: Sendable, Equatable {
        /// The decks it came up in for anyone in the class, in the order first met (the students
        /// in report order, each in catalog order); `text` is the first one's wording.
        public var decks: [String]
        public var id: String
        public var text: String
        /// Each student who picked a distractor standing for it, with how often, by name.
        public var holders: [Holder]
        /// The students in the class, holding it or not.
        public var classSize: Int

        public struct Holder: Sendable, Equatable {
            public var student: String
            public var count: Int

            public init(student: String, count: Int) {
                self.student = student
                self.count = count
            }
        }

        public init(decks: [String], id: String, text: String, holders: [Holder], classSize: Int) {
            self.decks = decks
            self.id = id
            self.text = text
            self.holders = holders
            self.classSize = classSize
        }

        /// The deck whose wording `text` is: the first one it came up in.
        public var deck: String { decks.first ?? "" }

        /// Every pick by every student.
        public var picks: Int { holders.reduce(0) { $0 + $1.count } }

        /// "12 of 30 students".
        public var share: String {
            "\(holders.count) of \(classSize) student\(classSize == 1 ? "" : "s")"
        }

        /// "12 of 30 students think: Soreness after massage is lactic acid."
        public var sentence: String {
            "\(share) \(holders.count == 1 ? "thinks" : "think"): \(text)"
        }

        /// The students' misconceptions merged by id, most widely held first (then most picked,
        /// then by id). A student counts once per misconception, their picks in every deck summed.
        static func merge(_ reports: [StudentReport]) -> [MisconceptionSpread] {
            var spreads: [String: MisconceptionSpread] = [:]
            for report in reports {
                for count in StudentReport.MisconceptionCount.mergingByID(report.misconceptions) {
                    var spread =
                        spreads[count.id]
                        ?? MisconceptionSpread(
                            decks: [], id: count.id, text: count.text, holders: [], classSize: reports.count)
                    spread.decks += count.decks.filter { !spread.decks.contains($0) }
                    spread.holders.append(Holder(student: report.student, count: count.count))
                    spreads[count.id] = spread
                }
            }
            return spreads.values.sorted {
                ($0.holders.count, $0.picks, $1.id) > ($1.holders.count, $1.picks, $0.id)
            }
        }
    }
}
