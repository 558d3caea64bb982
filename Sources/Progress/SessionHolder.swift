import Foundation

/// Who holds the session lock: written into the lock file so a second terminal can be told.
public struct SessionHolder: Sendable, Equatable {
    public let pid: Int32
    public let host: String
    /// The start in the holder's local time with its offset (`2024-05-01T10:02:11+02:00`), so
    /// another terminal shows the time the student saw when the session began.
    public let started: String

    public init(pid: Int32, host: String, startedAt: Date, timeZone: TimeZone) {
        self.init(pid: pid, host: host, started: LocalTime.iso8601(startedAt, in: timeZone))
    }

    init(pid: Int32, host: String, started: String) {
        self.pid = pid
        self.host = host
        self.started = started
    }

    /// `10:02 on 2024-05-01`, or the raw text when it is not in the expected shape.
    public var startedForDisplay: String {
        let characters = Array(started)
        guard characters.count >= 16, characters[10] == "T" else { return started }
        return "\(String(characters[11..<16])) on \(String(characters[0..<10]))"
    }

    /// The lock file's contents: one `key value` pair per line.
    var lockFileText: String { "pid \(pid)\nhost \(host)\nstarted \(started)\n" }

    /// Reads a lock file's contents; `nil` when the pid is missing (e.g. caught mid-write).
    init?(lockFileText: String) {
        var fields: [String: String] = [:]
        for line in lockFileText.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
        }
        guard let pid = fields["pid"].flatMap({ Int32($0) }) else { return nil }
        self.init(pid: pid, host: fields["host"] ?? "?", started: fields["started"] ?? "?")
    }
}
