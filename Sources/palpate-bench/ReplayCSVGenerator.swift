import Foundation
import Scheduling

/// A `card_id,review_time,rating` file as `palpate scheduler replay` reads it: one card per 20
/// rows, reviews in time order up to two minutes apart, seeded ratings.
struct ReplayCSVGenerator {
    var rows: Int
    var start: Date
    var seed: UInt64 = 6

    func write(to url: URL) throws {
        var random = SplitMix64(seed: seed)
        let cards = max(1, rows / 20)
        var text = "card_id,review_time,rating\n"
        text.reserveCapacity(rows * 40)
        var moment = Instant(start)
        for _ in 0..<rows {
            let card = Int(random.next() % UInt64(cards))
            moment = moment.adding(microseconds: Int64(random.next() % 120_000_000))
            let draw = random.nextDouble()
            let rating = draw < 0.1 ? 1 : draw < 0.25 ? 2 : draw < 0.9 ? 3 : 4
            text += "card-\(card),\(ISOTimestamp.format(moment, fractionalSeconds: false)),\(rating)\n"
        }
        try Data(text.utf8).write(to: url)
    }
}
