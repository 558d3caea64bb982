/// The reviews of a replay CSV (`card_id,review_time,rating`), read and checked as
/// `palpate scheduler replay` reads them, in file order: for importing a history into the store.
///
/// - Throws: `ReplayError.invalidInput` listing every bad row.
public func replayReviews(csv: [UInt8], fileName: String) throws(ReplayError) -> [(
    cardID: String, time: Instant, rating: Rating
)] {
    let history = try ReplayInput.history(csv: csv, fileName: fileName).get()
    let ids = history.ids
    return history.reviews.map { (ids[Int($0.id)], $0.time, $0.rating) }
}
