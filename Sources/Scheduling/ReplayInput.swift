import Foundation
import TextFormats

/// One review read from a replay CSV.
struct ReplayReview: Equatable, Sendable {
    let cardID: String
    let time: Instant
    let rating: Rating
}

/// Reads the `card_id,review_time,rating` CSV that `palpate scheduler replay` takes.
///
/// Columns are found by header name (any order, any case; other columns ignored). Every bad row
/// is reported, not just the first, so a file can be fixed in one pass.
enum ReplayInput {
    static let requiredColumns = ["card_id", "review_time", "rating"]

    static func reviews(csv: String, fileName: String) -> Result<[ReplayReview], ReplayError> {
        func problem(_ line: Int, _ message: String) -> ReplayProblem {
            ReplayProblem(file: fileName, line: line, message: message)
        }
        let records: [CSVRecord]
        do {
            records = try CSVReader.records(in: csv)
        } catch {
            return .failure(.invalidInput([problem(error.line, error.message)]))
        }
        guard let header = records.first else {
            return .failure(
                .invalidInput([
                    problem(1, "the file is empty; it needs a header line card_id,review_time,rating")
                ]))
        }
        let columns: [String: Int]
        switch locateColumns(header, fileName: fileName) {
        case .success(let found): columns = found
        case .failure(let error): return .failure(error)
        }

        var reviews: [ReplayReview] = []
        reviews.reserveCapacity(records.count - 1)
        var problems: [ReplayProblem] = []
        let (cardColumn, timeColumn, ratingColumn) =
            (columns["card_id"]!, columns["review_time"]!, columns["rating"]!)
        for record in records.dropFirst() {
            guard record.fields.count == header.fields.count else {
                problems.append(
                    problem(
                        record.line,
                        "the row has \(record.fields.count) fields but the header has \(header.fields.count); "
                            + "put a field that contains a comma in double quotes"))
                continue
            }
            let value = { (column: Int) in record.fields[column].trimmingWhitespace() }
            let cardID = value(cardColumn)
            if cardID.isEmpty {
                problems.append(problem(record.line, "card_id is empty; give each card an id"))
            }
            var time: Instant?
            do {
                time = try ISOTimestamp.parse(value(timeColumn))
            } catch {
                problems.append(problem(record.line, "review_time \(error.description)"))
            }
            let rating = Rating(text: value(ratingColumn))
            if rating == nil { problems.append(problem(record.line, ratingMessage(value(ratingColumn)))) }
            if let time, let rating, !cardID.isEmpty {
                reviews.append(ReplayReview(cardID: cardID, time: time, rating: rating))
            }
        }
        return problems.isEmpty ? .success(reviews) : .failure(.invalidInput(problems))
    }

    /// The index of each required column, or the problems with the header.
    private static func locateColumns(_ header: CSVRecord, fileName: String) -> Result<
        [String: Int], ReplayError
    > {
        let names = header.fields.map { $0.trimmingWhitespace().lowercased() }
        var problems: [ReplayProblem] = []
        var columns: [String: Int] = [:]
        for required in requiredColumns {
            let positions = names.indices.filter { names[$0] == required }
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
                message += "(found: \(header.fields.joined(separator: ", ")))"
                if let guess = EditDistance.suggestions(for: required, among: names, limit: 1).first {
                    message += "; did you mean to call '\(guess)' \(required)?"
                }
                problems.append(ReplayProblem(file: fileName, line: header.line, message: message))
            }
        }
        return problems.isEmpty ? .success(columns) : .failure(.invalidInput(problems))
    }

    private static func ratingMessage(_ text: String) -> String {
        var message = "rating '\(text)' is not a rating; write 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)"
        if let guess = EditDistance.suggestions(for: text, among: Rating.allCases.map(\.name), limit: 1).first
        {
            message += "; did you mean \(guess)?"
        }
        return message
    }
}
