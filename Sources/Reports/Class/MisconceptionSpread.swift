extension ClassReport {
    /// How widely one misconception is held across the class: "12 of 30 students think soreness
    /// after massage is lactic acid".
    public struct MisconceptionSpread: Sendable, Equatable {
        public var deck: String
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

        public init(deck: String, id: String, text: String, holders: [Holder], classSize: Int) {
            self.deck = deck
            self.id = id
            self.text = text
            self.holders = holders
            self.classSize = classSize
        }

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

        /// The students' misconceptions merged, most widely held first (then most picked, then by
        /// deck and id).
        static func merge(_ reports: [StudentReport]) -> [MisconceptionSpread] {
            var spreads: [String: MisconceptionSpread] = [:]
            for report in reports {
                for count in report.misconceptions {
                    let key = count.deck + "/" + count.id
                    var spread =
                        spreads[key]
                        ?? MisconceptionSpread(
                            deck: count.deck, id: count.id, text: count.text, holders: [],
                            classSize: reports.count)
                    spread.holders.append(Holder(student: report.student, count: count.count))
                    spreads[key] = spread
                }
            }
            return spreads.values.sorted {
                ($0.holders.count, $0.picks, $1.deck, $1.id) > ($1.holders.count, $1.picks, $0.deck, $0.id)
            }
        }
    }
}
