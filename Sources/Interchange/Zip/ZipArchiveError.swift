import TextFormats

/// A zip file, or one of its entries, that cannot be read: which entry and at which byte.
public struct ZipArchiveError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// The entry being read, when the problem is in one.
    public var entry: String?
    /// Where in the file the problem was found, counted in bytes from its start.
    public var offset: Int?
    public var message: String

    public init(file: String, entry: String?, offset: Int?, message: String) {
        self.file = file
        self.entry = entry
        self.offset = offset
        self.message = message
    }

    /// `entry 'name', byte 1234`: the place, without the file.
    public var place: String {
        var parts: [String] = []
        if let entry { parts.append("entry \(QuotedInput.quote(entry))") }
        if let offset { parts.append("byte \(offset)") }
        return parts.joined(separator: ", ")
    }

    public var description: String {
        "\(file)\(place.isEmpty ? "" : " (\(place))"): error: \(message)"
    }
}
