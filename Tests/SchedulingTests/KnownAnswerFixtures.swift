import Foundation

@testable import Scheduling

/// The py-fsrs 6.3.2 fixtures in `Fixtures/` (written by `Fixtures/generate.py`): scheduler
/// configurations and, per configuration, reviews with py-fsrs's results.
enum KnownAnswerFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    struct Manifest: Decodable {
        let configs: [Config]
        let replays: [Replay]
    }

    struct Config: Decodable, CustomStringConvertible, Sendable {
        let name: String
        let file: String
        let parameters: [Double]
        let desiredRetention: Double
        let learningStepsUs: [Int64]
        let relearningStepsUs: [Int64]
        let maximumInterval: Int
        let fuzzSeed: UInt64?

        var description: String { name }

        func options() throws -> SchedulerOptions {
            try SchedulerOptions(
                parameters: FSRSParameters(parameters), desiredRetention: desiredRetention,
                learningSteps: learningStepsUs.map { Double($0) / 1e6 },
                relearningSteps: relearningStepsUs.map { Double($0) / 1e6 }, maximumInterval: maximumInterval,
                fuzzEnabled: fuzzSeed != nil)
        }
    }

    struct Replay: Decodable, CustomStringConvertible, Sendable {
        let name: String
        let file: String
        let options: [String: ReplayOption]
        var description: String { name }
    }

    enum ReplayOption: Decodable, Sendable {
        case number(Double)
        case text(String)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else {
                self = .text(try container.decode(String.self))
            }
        }
    }

    /// One review: inputs, the card's starting state when it did not start new, and py-fsrs's results.
    struct Row {
        let line: Int
        let card: String
        let review: Instant
        let rating: Rating
        let start: CardSchedule?
        let retrievability: Double?
        let phase: CardPhase
        let step: Int?
        let stability: Double
        let difficulty: Double
        let due: Instant
    }

    struct FixtureError: Error, CustomStringConvertible {
        let description: String
    }

    static func manifest() throws -> Manifest {
        let data = try Data(contentsOf: folder.appendingPathComponent("configs.json"))
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Manifest.self, from: data)
    }

    /// The configurations, or none if the manifest cannot be read (`manifestLists…` then fails).
    static var configs: [Config] { (try? manifest().configs) ?? [] }

    static var replays: [Replay] { (try? manifest().replays) ?? [] }

    /// Reads a fixture CSV. The generator writes no quoted fields, so splitting on commas suffices.
    static func rows(of config: Config) throws -> [Row] {
        let text = try String(contentsOf: folder.appendingPathComponent(config.file), encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).makeIterator()
        guard let header = lines.next() else { throw FixtureError(description: "\(config.file) is empty") }
        let columns = Dictionary(
            uniqueKeysWithValues: header.split(separator: ",").enumerated().map {
                (String($0.element), $0.offset)
            })
        var rows: [Row] = []
        var lineNumber = 1
        while let line = lines.next() {
            lineNumber += 1
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let location = "\(config.file):\(lineNumber)"
            func field(_ name: String) throws -> String {
                guard let index = columns[name], index < fields.count else {
                    throw FixtureError(description: "\(location): no \(name)")
                }
                return fields[index]
            }
            func number<T: LosslessStringConvertible>(_ name: String, as type: T.Type = T.self) throws -> T? {
                let text = try field(name)
                if text.isEmpty { return nil }
                guard let value = T(text) else { throw FixtureError(description: "\(location): bad \(name)") }
                return value
            }
            func required<T>(_ value: T?, _ name: String) throws -> T {
                guard let value else { throw FixtureError(description: "\(location): missing \(name)") }
                return value
            }
            var start: CardSchedule?
            if columns["start_state"] != nil {
                start = CardSchedule(
                    phase: try required(CardPhase(name: try field("start_state")), "start_state"),
                    step: try number("start_step"), stability: try number("start_stability"),
                    difficulty: try number("start_difficulty"),
                    due: Instant(microsecondsSince1970: try required(number("start_due_us"), "start_due_us"))
                        .date,
                    lastReview: try number("start_last_review_us", as: Int64.self).map {
                        Instant(microsecondsSince1970: $0).date
                    })
            }
            rows.append(
                Row(
                    line: lineNumber, card: try field("card"),
                    review: Instant(microsecondsSince1970: try required(number("review_us"), "review_us")),
                    rating: try required(
                        Rating(rawValue: try required(number("rating"), "rating")), "rating"),
                    start: start, retrievability: try number("retrievability"),
                    phase: try required(CardPhase(name: try field("state")), "state"),
                    step: try number("step"),
                    stability: try required(number("stability"), "stability"),
                    difficulty: try required(number("difficulty"), "difficulty"),
                    due: Instant(microsecondsSince1970: try required(number("due_us"), "due_us"))))
        }
        return rows
    }
}
