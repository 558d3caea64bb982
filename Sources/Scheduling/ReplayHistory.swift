import TextFormats

/// A review history read and checked for replay, kept compact: a million reviews of fifty
/// thousand cards take about 16 MB, where a string per review took hundreds.
///
/// Ids are numbered as they first appear, looked up by their bytes so that a review of a known
/// card makes no string. Two spellings Swift counts as the same string (canonically equivalent,
/// such as the Kelvin sign and `K`) name the same card, as they did when cards were keyed by
/// string, while each review still prints the id as its row spelt it.
struct ReplayHistory: Sendable {
    /// One review: which id (an index into `ids`), when, and how it went, in 12 bytes (the
    /// id and rating share a word, the time takes two): ten million reviews are held at once.
    struct Review: Equatable, Sendable {
        /// `id << 3 | rating`: ids below 2^29, ratings 1–4.
        private let idAndRating: UInt32
        private let timeLow: UInt32
        private let timeHigh: Int32

        init(id: Int32, rating: Rating, time: Instant) {
            idAndRating = UInt32(id) << 3 | UInt32(rating.rawValue)
            timeLow = UInt32(truncatingIfNeeded: time.microsecondsSince1970)
            timeHigh = Int32(truncatingIfNeeded: time.microsecondsSince1970 >> 32)
        }

        var id: Int32 { Int32(idAndRating >> 3) }
        var rating: Rating { Rating(rawValue: Int(idAndRating & 7)) ?? .good }
        var time: Instant { Instant(microsecondsSince1970: Int64(timeHigh) << 32 | Int64(timeLow)) }
    }

    /// Each distinct spelling of an id, byte for byte, in the order of its first review (made
    /// from `idBytes` when asked: the bytes are kept once).
    var ids: [String] { (0..<idCount).map(id(at:)) }
    private(set) var idCount = 0

    /// The bytes of id `index`'s spelling, as read (not checked as UTF-8).
    func idBytes(at index: Int) -> ArraySlice<UInt8> { idBytes[idStarts[index]..<idStarts[index + 1]] }

    /// The spelling of id `index`.
    func id(at index: Int) -> String {
        String(decoding: idBytes[idStarts[index]..<idStarts[index + 1]], as: UTF8.self)
    }
    /// The card each id names, numbered from 0 in the order of first review.
    private(set) var cardOfID: [Int32] = []
    private(set) var cardCount = 0
    /// In file order.
    private(set) var reviews = ReplayReviewLog()
    /// Per card, the latest review time so far and its line, to notice a review going back in
    /// time (per card, not per row: rows stay at 12 bytes). One array, so that a row reads and
    /// writes one place.
    private var latest: [Latest] = []

    private struct Latest {
        var time: Instant
        var line: Int32
    }
    /// Reviews earlier than an earlier row's review of the same card, as warnings; the first
    /// `ReplayError.problemsShown` are kept, the rest counted.
    private(set) var warnings: [ReplayProblem] = []
    private(set) var warningsNotKept = 0

    /// Ids by string, consulted only for a spelling not seen before, and only once an id that is
    /// not ASCII has appeared: ASCII spellings are the same card exactly when their bytes are,
    /// which the slots already tell, so a plain file never builds it (20 MB at 500,000 cards).
    private var cardOfString: [String: Int32]?
    /// Every id's bytes, one after another: id `i` is `idBytes[idStarts[i]..<idStarts[i + 1]]`.
    private var idBytes: [UInt8] = []
    private var idStarts = [0]
    /// Open addressing with linear probing, kept at most three quarters full. A slot holds an
    /// id's length and first sixteen bytes, so most lookups read one slot and nothing else: with
    /// fifty thousand cards each further array read, and a larger table, meant cache misses.
    private var slots = [Slot](repeating: .free, count: 1_024)

    /// 24 bytes: an id's length, its first sixteen bytes packed into two words, and its number.
    struct Slot: Equatable {
        static let free = Slot(first: 0, second: 0, length: 0, id: -1)
        static let packedLength = 16

        let first: UInt64
        let second: UInt64
        let length: Int32
        /// -1 when free.
        let id: Int32

        init(first: UInt64, second: UInt64, length: Int32, id: Int32) {
            (self.first, self.second, self.length, self.id) = (first, second, length, id)
        }

        /// The slot `bytes` would have as id `id`.
        init(_ bytes: UnsafeBufferPointer<UInt8>, id: Int32) {
            // Read as words (zero beyond the id): every row of a replay makes one, so no loop
            // over its bytes and no call to copy them.
            let count = bytes.count
            guard let start = bytes.baseAddress else {
                self.init(first: 0, second: 0, length: 0, id: id)
                return
            }
            let base = UnsafeRawPointer(start)
            self.init(
                first: Self.word(base, count: min(count, 8)),
                second: count > 8 ? Self.word(base + 8, count: min(count - 8, 8)) : 0,
                length: Int32(truncatingIfNeeded: count), id: id)
        }

        /// The slot `bytes` would have as id `id`, from whose start sixteen bytes can be read
        /// whatever its length (replay's reader: a usual row holds 23 more bytes after the id).
        /// Two loads and two masks, where `init(_:id:)` picks a load by length.
        init(readingAhead bytes: UnsafeBufferPointer<UInt8>, id: Int32) {
            let count = bytes.count
            let words = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped).loadUnaligned(
                as: (UInt64, UInt64).self)
            // Smart shifts: by 64 (no bytes in the word) the mask is zero.
            let firstBits = 8 * Swift.min(count, 8)
            let secondBits = 8 * Swift.min(Swift.max(count - 8, 0), 8)
            self.init(
                first: UInt64(littleEndian: words.0) & (UInt64.max >> (64 - firstBits)),
                second: UInt64(littleEndian: words.1) & (UInt64.max >> (64 - secondBits)),
                length: Int32(truncatingIfNeeded: count), id: id)
        }

        /// The `count` (at most eight) bytes at `base` as a little-endian word, zero above them.
        /// Lengths from 4 to 7 take two loads that overlap (the shared bytes are the same).
        private static func word(_ base: UnsafeRawPointer, count: Int) -> UInt64 {
            switch count {
            case 8:
                return UInt64(littleEndian: base.loadUnaligned(as: UInt64.self))
            case 4...7:
                let low = UInt64(UInt32(littleEndian: base.loadUnaligned(as: UInt32.self)))
                let high = UInt64(
                    UInt32(littleEndian: base.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)))
                return low | high << (8 * (count - 4))
            default:
                var word: UInt64 = 0
                for index in 0..<count {
                    word |= UInt64(base.load(fromByteOffset: index, as: UInt8.self)) << (8 * index)
                }
                return word
            }
        }

        /// Where to look for this slot's id: its words and length, with any bytes beyond the
        /// sixteen packed (`bytes`, the whole id) folded in by FNV-1a, mixed so that every byte
        /// reaches the low bits: ids often differ only in their last characters.
        func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            var hash = (first ^ UInt64(UInt32(bitPattern: length)) << 56) &* 0x9E37_79B9_7F4A_7C15
            hash ^= (hash >> 32) ^ second
            if bytes.count > Self.packedLength {
                var rest = StableHash()
                for byte in bytes[Self.packedLength...] { rest.add(byte) }
                hash ^= rest.value
            }
            // SplitMix64's finaliser: a multiplication carries a difference only upwards, so
            // shifts bring every byte's bits down to the few low ones a slot is chosen by (ids
            // of sixteen bytes differing in the last crowded into a few slots without it).
            hash = (hash ^ (hash >> 30)) &* 0xBF58_476D_1CE4_E5B9
            hash = (hash ^ (hash >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: hash ^ (hash >> 31))
        }
    }

    init() {}

    /// An empty history whose reviews go into `reviews` (`ReplayReviewLog(firstBlock:)`).
    init(reviews: ReplayReviewLog) {
        self.reviews = reviews
    }

    /// Lets go of what only reading needs (the lookup slots, the spellings by string, each
    /// card's latest time): about 60 bytes a card, 30 MB at 500,000 cards, while the lines are
    /// written. Nothing may be appended after.
    mutating func finishReading() {
        slots = []
        cardOfString = nil
        latest = []
    }

    /// Adds a review of the card whose id has these UTF-8 bytes, read on line `line` of
    /// `file` (for the warning when it goes back in time).
    mutating func append(
        cardID: ArraySlice<UInt8>, time: Instant, rating: Rating, line: Int = 0, file: String = ""
    ) {
        cardID.withUnsafeBufferPointer {
            append(cardID: $0, time: time, rating: rating, line: line, file: file)
        }
    }

    /// `append(cardID:…)` with the id's bytes in place: replay's fast reader hands them straight
    /// from the file.
    mutating func append(
        cardID: UnsafeBufferPointer<UInt8>, time: Instant, rating: Rating, line: Int = 0, file: String = ""
    ) {
        append(
            id: id(cardID, wanted: Slot(cardID, id: -1)), time: time, rating: rating, line: line, file: file)
    }

    /// `append(cardID:…)` with sixteen bytes readable from the id's start, whatever its length
    /// (`Slot(readingAhead:id:)`): replay's reader of usual rows.
    mutating func append(
        cardIDReadingAhead cardID: UnsafeBufferPointer<UInt8>, time: Instant, rating: Rating, line: Int,
        file: String
    ) {
        append(
            id: id(cardID, wanted: Slot(readingAhead: cardID, id: -1)), time: time, rating: rating,
            line: line,
            file: file)
    }

    private mutating func append(id: Int32, time: Instant, rating: Rating, line: Int, file: String) {
        reviews.append(Review(id: id, rating: rating, time: time))
        let card = Int(cardOfID[Int(id)])
        if card == latest.count {
            latest.append(Latest(time: time, line: Int32(truncatingIfNeeded: line)))
        } else if time < latest[card].time {
            warnGoingBack(id: id, time: time, line: line, file: file, card: card)
        } else {
            latest[card] = Latest(time: time, line: Int32(truncatingIfNeeded: line))
        }
    }

    /// Adds a review of the card with this id.
    mutating func append(cardID: String, time: Instant, rating: Rating, line: Int = 0, file: String = "") {
        append(cardID: Array(cardID.utf8)[...], time: time, rating: rating, line: line, file: file)
    }

    private mutating func warnGoingBack(id: Int32, time: Instant, line: Int, file: String, card: Int) {
        guard warnings.count < ReplayError.problemsShown else {
            warningsNotKept += 1
            return
        }
        let at = { ISOTimestamp.format($0, fractionalSeconds: true) }
        warnings.append(
            ReplayProblem(
                file: file, line: line,
                message:
                    "warning: card \(QuotedInput.quote(self.id(at: Int(id)))) goes back in time: reviewed at "
                    + "\(at(time)), before its review on line \(latest[card].line) at \(at(latest[card].time)); "
                    + "reviews are replayed in file order (sort the file by review_time if they were "
                    + "meant to be in time order)"))
    }

    /// The number of the id spelt `bytes`, whose slot would be `wanted`, numbering it (and its
    /// card, if new) on first sight.
    private mutating func id(_ bytes: UnsafeBufferPointer<UInt8>, wanted: Slot) -> Int32 {
        let mask = slots.count - 1
        var slot = wanted.hash(bytes) & mask
        while slots[slot].id >= 0 {
            let known = slots[slot]
            if known.first == wanted.first && known.second == wanted.second && known.length == wanted.length
                && (bytes.count <= Slot.packedLength
                    || idBytes[idStarts[Int(known.id)]..<idStarts[Int(known.id) + 1]].elementsEqual(bytes))
            {
                return known.id
            }
            slot = (slot + 1) & mask
        }
        let id = Int32(idCount)
        let text = String(decoding: bytes, as: UTF8.self)
        if cardOfString == nil && !bytes.allSatisfy({ $0 < 0x80 }) {
            var known: [String: Int32] = [:]
            for index in 0..<idCount { known[self.id(at: index)] = cardOfID[index] }
            cardOfString = known
        }
        let card: Int32
        if let same = cardOfString?[text] {
            card = same
        } else {
            card = Int32(cardCount)
            cardCount += 1
            cardOfString?[text] = card
        }
        idCount += 1
        cardOfID.append(card)
        idBytes.append(contentsOf: bytes)
        idStarts.append(idBytes.count)
        slots[slot] = Slot(bytes, id: id)
        if idCount * 4 > slots.count * 3 { rehash() }
        return id
    }

    /// Doubles the slots and places every id again.
    private mutating func rehash() {
        let old = slots
        slots = [Slot](repeating: .free, count: old.count * 2)
        let mask = slots.count - 1
        idBytes.withUnsafeBufferPointer { idBytes in
            for entry in old where entry.id >= 0 {
                let id = Int(entry.id)
                var slot =
                    entry.hash(UnsafeBufferPointer(rebasing: idBytes[idStarts[id]..<idStarts[id + 1]])) & mask
                while slots[slot].id >= 0 { slot = (slot + 1) & mask }
                slots[slot] = entry
            }
        }
    }
}
