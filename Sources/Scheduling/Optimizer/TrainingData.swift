/// fsrs-rs's `prepare_training_data`: outliers out, and the items that fit initial stability.
///
/// Items whose only review a day or more after the previous is their own (a card's first
/// long-term review) are grouped by the card's first rating and the gap. In each rating group,
/// the smallest gap groups making up 5% of the items (at least 20) are dropped as outliers, and
/// so are groups of fewer than 6 items or with gaps over 100 days (365 after Easy). Every item
/// whose card's first long-term review falls in a dropped pair leaves the training set too.
struct TrainingData {
    /// Items that fit w0–w3: first long-term reviews in groups that were kept.
    let initialization: [TrainingSet.Item]
    /// Items that train the whole model, in order of review time.
    let training: [TrainingSet.Item]

    init(_ set: TrainingSet) {
        var groups: [UInt8: [Int32: [TrainingSet.Item]]] = [:]
        for item in set.items where set.longTermReviewCount(item) == 1 {
            groups[set.firstRating(item), default: [:]][set.days(item), default: []].append(item)
        }
        var removed = Set<Int64>()
        var kept: [TrainingSet.Item] = []
        for rating in groups.keys.sorted() {
            // Largest groups first, ties by longer gap first; walked from the smallest end.
            let subGroups = groups[rating]!.sorted {
                ($0.value.count, $0.key) > ($1.value.count, $1.key)
            }
            let total = subGroups.reduce(0) { $0 + $1.value.count }
            var removedCount = 0
            for (days, items) in subGroups.reversed() {
                if removedCount + items.count >= max(20, total / 20) {
                    if items.count >= 6 && days <= (rating != 4 ? 100 : 365) {
                        kept += items
                    } else {
                        removed.insert(Self.key(rating, days))
                    }
                } else {
                    removedCount += items.count
                    removed.insert(Self.key(rating, days))
                }
            }
        }
        initialization = kept
        training = set.items.filter {
            !removed.contains(Self.key(set.firstRating($0), set.firstLongTermDays($0)))
        }
    }

    private static func key(_ rating: UInt8, _ days: Int32) -> Int64 { Int64(rating) << 32 | Int64(days) }
}
