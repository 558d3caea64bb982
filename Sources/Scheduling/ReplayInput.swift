import Foundation
import TextFormats

/// Reads the `card_id,review_time,rating` CSV that `palpate scheduler replay` takes.
///
/// Columns are found by header name (any order, any case; other columns ignored). Every bad row
/// is reported, not just the first, so a file can be fixed in one pass.
enum ReplayInput {
    static let requiredColumns = ["card_id", "review_time", "rating"]
    /// Another name a column is read under when its own name is absent.
    static let aliases = ["rating": "review_rating"]

    /// The history in `csv` (UTF-8; invalid sequences read as U+FFFD), or every problem in it.
    static func history(csv: [UInt8], fileName: String) -> Result<ReplayHistory, ReplayError> {
        var reader = Reader(fileName: fileName)
        do {
            try CSVReader.forEachRow(
                in: csv, skimming: { reader.skim($0, line: $1) }, { reader.read($0) })
        } catch {
            // As before rows were streamed: a file that is not CSV gets that one problem.
            return .failure(
                .invalidInput([ReplayProblem(file: fileName, line: error.line, message: error.message)]))
        }
        return reader.result
    }

    /// The history in the text `chunks` gives, read a piece at a time (so the file is never held
    /// whole), or every problem in it. The text must be UTF-8: the first row that is not is the
    /// one problem reported.
    /// - Throws: what `chunks` throws when the file cannot be read.
    /// - Parameter headStart: given the reviews as they are read, to schedule them ahead.
    static func history(chunks: ByteChunks, fileName: String, headStart: ReplayHeadStart? = nil) throws
        -> Result<ReplayHistory, ReplayError>
    {
        var reader = Reader(fileName: fileName, requiresUTF8: true)
        if let headStart { reader.history = ReplayHistory(reviews: headStart.takeReviewLog()) }
        do {
            try CSVReader.forEachRow(
                in: chunks,
                skimming: {
                    let taken = reader.skim($0, line: $1)
                    headStart?.handOver(from: reader.history)
                    return taken
                },
                {
                    reader.read($0)
                    headStart?.handOver(from: reader.history)
                })
        } catch let error as CSVError {
            if let line = reader.notUTF8Line, line <= error.line { return reader.result }
            return .failure(
                .invalidInput([ReplayProblem(file: fileName, line: error.line, message: error.message)]))
        }
        return reader.result
    }

    /// Reads rows one by one: the header first, then reviews, collecting problems on the way.
    private struct Reader {
        let fileName: String
        var header: CSVRecord?
        /// The positions of card_id, review_time and rating, once the header has them all.
        var columns: (card: Int, time: Int, rating: Int)?
        var headerProblem: ReplayError?
        var history = ReplayHistory()
        var times = ISOTimestamp.SameDayReader()
        var problems: [ReplayProblem] = []
        /// Whether a row that is not UTF-8 ends the reading (a file read in pieces), rather than
        /// reading as U+FFFD (a text already in memory).
        let requiresUTF8: Bool
        /// The first row that is not UTF-8, when one is required; rows after it are not read.
        var notUTF8Line: Int?

        init(fileName: String, requiresUTF8: Bool = false) {
            self.fileName = fileName
            self.requiresUTF8 = requiresUTF8
        }

        var result: Result<ReplayHistory, ReplayError> {
            if let line = notUTF8Line {
                return .failure(
                    .invalidInput([
                        problem(
                            line, "\(QuotedInput.quote(fileName)) is not UTF-8 text; save it as UTF-8 CSV")
                    ]))
            }
            guard header != nil else {
                return .failure(
                    .invalidInput([
                        problem(1, "the file is empty; it needs a header line card_id,review_time,rating")
                    ]))
            }
            if let headerProblem { return .failure(headerProblem) }
            guard problems.isEmpty else { return .failure(.invalidInput(problems)) }
            var finished = history
            finished.finishReading()
            return .success(finished)
        }

        mutating func read(_ row: CSVRow) {
            guard notUTF8Line == nil else { return }
            if requiresUTF8 && !Self.isUTF8(row) {
                notUTF8Line = row.line
                return
            }
            guard let header else {
                let record = row.record
                header = record
                switch ReplayInput.locateColumns(record, fileName: fileName) {
                case .success(let found):
                    columns = (found["card_id"]!, found["review_time"]!, found["rating"]!)
                case .failure(let error): headerProblem = error
                }
                return
            }
            guard let columns else { return }
            // Most rows hold plain fields with nothing to trim and a rating written as a digit or
            // an ASCII name: read those straight from the bytes. Anything else takes the string
            // path, which also words the problems.
            if row.count == header.fields.count, Self.isPlain(row[columns.card]),
                Self.isPlain(row[columns.time]), let time = try? ISOTimestamp.parse(utf8: row[columns.time]),
                let rating = Self.plainRating(row[columns.rating])
            {
                history.append(
                    cardID: row[columns.card], time: time, rating: rating, line: row.line, file: fileName)
                return
            }
            readSlowly(row.record, header: header, columns: columns)
        }

        private static let comma = UInt8(ascii: ",")
        private static let lineFeed = UInt8(ascii: "\n")
        private static let carriageReturn = UInt8(ascii: "\r")
        private static let quote = UInt8(ascii: "\"")

        /// Takes the rows at the start of `ahead` that `read(_:)` would take without the string
        /// path, straight from the bytes: ASCII without quotes, ending in LF or CRLF, the header's
        /// number of fields, an id and a time with nothing to trim, a time `ISOTimestamp` reads,
        /// and a rating written as a digit or an ASCII name. It stops before any other row (which
        /// `read(_:)` then reads, wording its problems) and before the text's last line if no line
        /// feed ends it. Most files are all such rows; this is most of replay's reading.
        mutating func skim(_ ahead: UnsafeBufferPointer<UInt8>, line: Int) -> (bytes: Int, lines: Int) {
            guard notUTF8Line == nil, let header, let columns else { return (0, 0) }
            let fieldCount = header.fields.count
            // The usual file: card_id,review_time,rating in that order and nothing else.
            let usualColumns = fieldCount == 3 && columns == (0, 1, 2)
            var position = 0
            var lines = 0
            while position < ahead.count {
                if ahead[position] == Self.lineFeed {
                    position += 1
                    lines += 1
                    continue
                }
                if isCRLF(ahead, at: position) {
                    position += 2
                    lines += 1
                    continue
                }
                if usualColumns, let end = takeUsualRow(ahead, at: position, line: line + lines) {
                    position = end
                    lines += 1
                    continue
                }
                let rowStart = position
                var field = 0
                var fieldStart = position
                var card = 0..<0
                var time = 0..<0
                var rating = 0..<0
                while true {
                    position = CSVReader.firstFieldBreak(in: ahead, from: position)
                    guard position < ahead.count else { return (rowStart, lines) }
                    let byte = ahead[position]
                    guard byte == Self.comma || byte == Self.lineFeed || isCRLF(ahead, at: position) else {
                        return (rowStart, lines)
                    }
                    let bounds = fieldStart..<position
                    if field == columns.card { card = bounds }
                    if field == columns.time { time = bounds }
                    if field == columns.rating { rating = bounds }
                    field += 1
                    if byte == Self.carriageReturn { position += 1 }
                    if byte != Self.comma { break }
                    position += 1
                    fieldStart = position
                }
                guard field == fieldCount,
                    let value = Self.plainRating(UnsafeBufferPointer(rebasing: ahead[rating])),
                    Self.isPlain(UnsafeBufferPointer(rebasing: ahead[card])),
                    Self.isPlain(UnsafeBufferPointer(rebasing: ahead[time])),
                    let instant = try? times.parse(utf8: UnsafeBufferPointer(rebasing: ahead[time]))
                else { return (rowStart, lines) }
                history.append(
                    cardID: UnsafeBufferPointer(rebasing: ahead[card]), time: instant, rating: value,
                    line: line + lines, file: fileName)
                position += 1
                lines += 1
            }
            return (position, lines)
        }

        /// Takes the row at `position` if it has the usual form, `id,YYYY-MM-DDTHH:MM:SSZ,R` and an
        /// LF (a plain id, a time `ISOTimestamp` reads, a rating digit 1–4), and returns where the
        /// next row starts; nil (nothing taken) for any other row, which the general loop of
        /// `skim` then reads. Nearly every row of an exported history has this form, and finding
        /// its fields in turn cost a third of reading it.
        private mutating func takeUsualRow(_ ahead: UnsafeBufferPointer<UInt8>, at position: Int, line: Int)
            -> Int?
        {
            let idEnd = CSVReader.firstFieldBreak(in: ahead, from: position)
            let timeStart = idEnd + 1
            let ratingAt = timeStart + ISOTimestamp.SameDayReader.length + 1
            guard ratingAt + 1 < ahead.count, ahead[idEnd] == Self.comma, ahead[ratingAt - 1] == Self.comma,
                ahead[ratingAt + 1] == Self.lineFeed,
                (UInt8(ascii: "1")...UInt8(ascii: "4")).contains(ahead[ratingAt]),
                let rating = Rating(rawValue: Int(ahead[ratingAt] - UInt8(ascii: "0")))
            else { return nil }
            let card = UnsafeBufferPointer(rebasing: ahead[position..<idEnd])
            let time = UnsafeBufferPointer(rebasing: ahead[timeStart..<(ratingAt - 1)])
            // The time's bytes are all checked by `parse` (digits, dashes, colons, T and Z).
            guard Self.isPlain(card), let instant = try? times.parse(utf8: time) else { return nil }
            // The time, the rating and the line end follow the id: sixteen bytes can be read from
            // its start.
            history.append(
                cardIDReadingAhead: card, time: instant, rating: rating, line: line, file: fileName)
            return ratingAt + 2
        }

        /// Whether a CR followed by an LF lies at `position`.
        private func isCRLF(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
            bytes[position] == Self.carriageReturn && position + 1 < bytes.count
                && bytes[position + 1] == Self.lineFeed
        }

        private mutating func readSlowly(
            _ record: CSVRecord, header: CSVRecord, columns: (card: Int, time: Int, rating: Int)
        ) {
            guard record.fields.count == header.fields.count else {
                // Too many fields is mostly an unquoted comma; too few, a value left out.
                let fix =
                    record.fields.count > header.fields.count
                    ? "put a field that contains a comma in double quotes"
                    : "give each row a value for each of the header's \(header.fields.count) columns"
                problems.append(
                    problem(
                        record.line,
                        "the row has \(record.fields.count) fields but the header has \(header.fields.count); \(fix)"
                    ))
                return
            }
            let value = { (column: Int) in record.fields[column].trimmingWhitespace() }
            let cardID = value(columns.card)
            if cardID.isEmpty {
                problems.append(problem(record.line, "card_id is empty; give each card an id"))
            }
            var time: Instant?
            let timeText = value(columns.time)
            if timeText.isEmpty {
                problems.append(
                    problem(
                        record.line,
                        "review_time is empty; give the time of the review, e.g. 2025-01-08T11:17:42Z"))
            } else {
                do {
                    time = try ISOTimestamp.parse(timeText)
                } catch {
                    problems.append(problem(record.line, "review_time \(error.description)"))
                }
            }
            let rating = Rating(text: value(columns.rating))
            if rating == nil {
                problems.append(problem(record.line, ReplayInput.ratingMessage(value(columns.rating))))
            }
            if let time, let rating, !cardID.isEmpty {
                history.append(cardID: cardID, time: time, rating: rating, line: record.line, file: fileName)
            }
        }

        private func problem(_ line: Int, _ message: String) -> ReplayProblem {
            ReplayProblem(file: fileName, line: line, message: message)
        }

        /// Whether every field is valid UTF-8 (a field cannot split a character: the bytes that
        /// end fields are ASCII).
        private static func isUTF8(_ row: CSVRow) -> Bool {
            row.isASCII
                || (0..<row.count).allSatisfy { index in
                    let field = row[index]
                    return field.allSatisfy { $0 < 0x80 } || String(validating: field, as: UTF8.self) != nil
                }
        }

        /// Non-empty, starting and ending with visible ASCII: nothing to trim.
        private static func isPlain(_ bytes: some BidirectionalCollection<UInt8>) -> Bool {
            guard let first = bytes.first, let last = bytes.last else { return false }
            return (0x21...0x7E).contains(first) && (0x21...0x7E).contains(last)
        }

        /// A rating written as one digit, 1 to 4, or as its name in ASCII letters of any case.
        /// (Other spellings `Rating(text:)` accepts, such as `03`, take the string path.)
        private static func plainRating(_ bytes: some Collection<UInt8>) -> Rating? {
            if bytes.count == 1, let byte = bytes.first,
                (UInt8(ascii: "1")...UInt8(ascii: "4")).contains(byte)
            {
                return Rating(rawValue: Int(byte - UInt8(ascii: "0")))
            }
            return ratingNames.first { name in
                name.bytes.count == bytes.count
                    // Setting bit 5 lowercases an ASCII letter, and only a letter's two cases
                    // give a lowercase letter that way.
                    && zip(name.bytes, bytes).allSatisfy { expected, byte in byte | 0x20 == expected }
            }?.rating
        }

        /// Each rating's name in lowercase ASCII.
        private static let ratingNames = Rating.allCases.map {
            (rating: $0, bytes: Array($0.name.lowercased().utf8))
        }
    }

    /// The index of each required column, or the problems with the header.
    private static func locateColumns(_ header: CSVRecord, fileName: String) -> Result<
        [String: Int], ReplayError
    > {
        let names = header.fields.map { $0.trimmingWhitespace().lowercased() }
        var problems: [ReplayProblem] = []
        var columns: [String: Int] = [:]
        for required in requiredColumns {
            var positions = names.indices.filter { names[$0] == required }
            // Anki's review-log export calls the rating review_rating.
            if positions.isEmpty, let alias = aliases[required] {
                positions = names.indices.filter { names[$0] == alias }
            }
            if positions.count > 1 {
                problems.append(
                    ReplayProblem(
                        file: fileName, line: header.line,
                        message: "the header names \(required) \(positions.count) times; keep one"))
            } else if let position = positions.first {
                columns[required] = position
            } else {
                var message =
                    "the header has no \(required) column; it needs card_id, review_time and rating "
                message += "(found: \(header.fields.map { QuotedInput.quote($0) }.joined(separator: ", ")))"
                if let guess = EditDistance.suggestions(for: required, among: names, limit: 1).first {
                    message += "; did you mean to call '\(guess)' \(required)?"
                }
                problems.append(ReplayProblem(file: fileName, line: header.line, message: message))
            }
        }
        return problems.isEmpty ? .success(columns) : .failure(.invalidInput(problems))
    }

    private static func ratingMessage(_ text: String) -> String {
        var message =
            "rating \(QuotedInput.quote(text)) is not a rating; write 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)"
        if let guess = EditDistance.suggestions(for: text, among: Rating.allCases.map(\.name), limit: 1).first
        {
            message += "; did you mean \(guess)?"
        }
        return message
    }
}
