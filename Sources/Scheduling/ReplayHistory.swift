/// A review history read and checked for replay, kept compact: a million reviews of fifty
/// thousand cards take about 16 MB, where a string per review took hundreds.
///
/// Ids are numbered as they first appear, looked up by their bytes so that a review of a known
/// card makes no string. Two spellings Swift counts as the same string (canonically equivalent,
/// such as the Kelvin sign and `K`) name the same card, as they did when cards were keyed by
/// string, while each review still prints the id as its row spelt it.
struct ReplayHistory: Sendable {
    /// One review: which id (an index into `ids`), when, and how it went.
    struct Review: Equatable, Sendable {
        let id: Int32
        let rating: Rating
        let time: Instant
    }

    /// Each distinct spelling of an id, byte for byte, in the order of its first review.
    private(set) var ids: [String] = []
    /// The card each id names, numbered from 0 in the order of first review.
    private(set) var cardOfID: [Int32] = []
    private(set) var cardCount = 0
    /// In file order.
    private(set) var reviews: [Review] = []

    /// Ids by string, consulted only for a spelling not seen before.
    private var cardOfString: [String: Int32] = [:]
    /// Every id's bytes, one after another: id `i` is `idBytes[idStarts[i]..<idStarts[i + 1]]`.
    private var idBytes: [UInt8] = []
    private var idStarts = [0]
    /// Open addressing with linear probing over the ids' bytes: an id number, or -1 when free.
    /// Kept at most half full.
    private var slots = [Int32](repeating: -1, count: 1_024)

    init() {}

    /// Adds a review of the card whose id has these UTF-8 bytes.
    mutating func append(cardID: ArraySlice<UInt8>, time: Instant, rating: Rating) {
        reviews.append(Review(id: id(cardID), rating: rating, time: time))
    }

    /// Adds a review of the card with this id.
    mutating func append(cardID: String, time: Instant, rating: Rating) {
        append(cardID: Array(cardID.utf8)[...], time: time, rating: rating)
    }

    /// The number of the id spelt `bytes`, numbering it (and its card, if new) on first sight.
    private mutating func id(_ bytes: ArraySlice<UInt8>) -> Int32 {
        let mask = slots.count - 1
        var slot = Self.hash(bytes) & mask
        while slots[slot] >= 0 {
            let known = Int(slots[slot])
            if idBytes[idStarts[known]..<idStarts[known + 1]].elementsEqual(bytes) { return Int32(known) }
            slot = (slot + 1) & mask
        }
        let id = Int32(ids.count)
        let text = String(decoding: bytes, as: UTF8.self)
        let card: Int32
        if let same = cardOfString[text] {
            card = same
        } else {
            card = Int32(cardCount)
            cardCount += 1
            cardOfString[text] = card
        }
        ids.append(text)
        cardOfID.append(card)
        idBytes.append(contentsOf: bytes)
        idStarts.append(idBytes.count)
        slots[slot] = id
        if ids.count * 2 > slots.count { rehash() }
        return id
    }

    /// Doubles the slots and places every id again.
    private mutating func rehash() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for id in ids.indices {
            var slot = Self.hash(idBytes[idStarts[id]..<idStarts[id + 1]]) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }

    /// FNV-1a, with the high bits folded in: ids often differ only in their last digits.
    private static func hash(_ bytes: ArraySlice<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}
