/// Seeded damage to content files: the mutations a deck or lesson meets on its way from an
/// instructor's editor, a zip file or a careless script to a student's machine.
///
/// The same seed always gives the same damage, so a failing case found by the test suite or by a
/// long run in the benchmark can be replayed exactly. The mutator knows just enough of JSON and of
/// the lesson header to aim at values; everything else works on raw bytes.
public struct ContentMutator: Sendable {
    /// What is done to the file.
    public enum Mutation: String, Sendable, CaseIterable {
        /// The file is cut short at a random byte.
        case truncate
        /// A few bytes disappear.
        case deleteBytes = "delete-bytes"
        /// A run of bytes is written twice.
        case duplicateBytes = "duplicate-bytes"
        /// Two words (runs of non-blank bytes) change places.
        case swapTokens = "swap-tokens"
        /// A value is replaced by one of another type (a number for a text, an object for a list…).
        case wrongType = "wrong-type"
        /// A text grows to many kilobytes.
        case hugeString = "huge-string"
        /// Brackets (JSON) or quote and list markers (Markdown) nested thousands deep.
        case deepNesting = "deep-nesting"
        /// Bytes that are not UTF-8: stray continuation bytes, overlong forms, surrogates, cut sequences.
        case invalidUTF8 = "invalid-utf8"
        /// A byte-order mark at the start (or, when there is one, another in the middle).
        case byteOrderMark = "byte-order-mark"
        /// Windows line ends (or, when the file has them, lone carriage returns).
        case crlf
        /// NUL, bell, escape sequences and other control bytes.
        case controlCharacters = "control-characters"
    }

    /// The kind of file, which decides how values are found and what nesting looks like.
    public enum Format: String, Sendable {
        case json
        case markdown
    }

    /// How long a huge string gets. Kept modest by default so thousands of cases run in seconds;
    /// a longer run may raise it.
    public var hugeStringLength: ClosedRange<Int> = 2_000...50_000
    /// How deep nesting goes, at most.
    public var maximumNestingDepth = 5_000

    private var random: MutationRandom

    public init(seed: UInt64) {
        random = MutationRandom(seed: seed)
    }

    /// Applies one mutation chosen at random, or now and then two in a row.
    public mutating func mutate(_ bytes: [UInt8], format: Format) -> (bytes: [UInt8], mutations: [Mutation]) {
        var result = bytes
        var applied: [Mutation] = []
        let count = random.int(in: 0...3) == 0 ? 2 : 1
        for _ in 0..<count {
            let mutation = Mutation.allCases[random.int(in: 0...(Mutation.allCases.count - 1))]
            result = apply(mutation, to: result, format: format)
            applied.append(mutation)
        }
        return (result, applied)
    }

    /// Applies `mutation` at a random place of `bytes`.
    public mutating func apply(_ mutation: Mutation, to bytes: [UInt8], format: Format) -> [UInt8] {
        guard !bytes.isEmpty else { return mutation == .byteOrderMark ? Self.byteOrderMark : bytes }
        switch mutation {
        case .truncate:
            return Array(bytes.prefix(random.int(in: 0...(bytes.count - 1))))
        case .deleteBytes:
            let start = random.int(in: 0...(bytes.count - 1))
            let length = random.int(in: 1...min(16, bytes.count - start))
            return Array(bytes[..<start] + bytes[(start + length)...])
        case .duplicateBytes:
            let start = random.int(in: 0...(bytes.count - 1))
            let length = random.int(in: 1...min(64, bytes.count - start))
            return Array(
                bytes[..<(start + length)] + bytes[start..<(start + length)] + bytes[(start + length)...])
        case .swapTokens:
            return swapTokens(bytes)
        case .wrongType:
            return format == .json ? replaceJSONValue(bytes) : replaceHeaderValue(bytes)
        case .hugeString:
            return format == .json ? growJSONString(bytes) : insertLine(hugeText(), into: bytes)
        case .deepNesting:
            return format == .json ? nestJSON(bytes) : insertLine(deepMarkdown(), into: bytes)
        case .invalidUTF8:
            let bad = Self.invalidSequences[random.int(in: 0...(Self.invalidSequences.count - 1))]
            return insert(bad, into: bytes, at: random.int(in: 0...bytes.count))
        case .byteOrderMark:
            if bytes.starts(with: Self.byteOrderMark) {
                return insert(Self.byteOrderMark, into: bytes, at: random.int(in: 0...bytes.count))
            }
            return Self.byteOrderMark + bytes
        case .crlf:
            return lineEnds(bytes)
        case .controlCharacters:
            let control = Self.controlSequences[random.int(in: 0...(Self.controlSequences.count - 1))]
            return insert(control, into: bytes, at: random.int(in: 0...bytes.count))
        }
    }

    // MARK: Byte-level pieces

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    private static let invalidSequences: [[UInt8]] = [
        [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
        [0xF4, 0x90, 0x80, 0x80],
        [0xF5], [0xFE], [0xFF], [0xE2, 0x82], [0xF0, 0x9F], [0xC3],
    ]

    private static let controlSequences: [[UInt8]] = [
        [0x00], [0x07], [0x08], [0x0B], [0x0C], [0x7F], [0x1B], Array("\u{1B}[2J\u{1B}[H".utf8),
        Array("\u{1B}]0;owned\u{07}".utf8), Array("\u{1B}[31m".utf8), [0xC2, 0x9B, 0x32, 0x4A],
    ]

    private func insert(_ piece: [UInt8], into bytes: [UInt8], at offset: Int) -> [UInt8] {
        Array(bytes[..<offset] + piece + bytes[offset...])
    }

    private func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private mutating func swapTokens(_ bytes: [UInt8]) -> [UInt8] {
        var tokens: [Range<Int>] = []
        var offset = 0
        while offset < bytes.count {
            while offset < bytes.count, isBlank(bytes[offset]) { offset += 1 }
            let start = offset
            while offset < bytes.count, !isBlank(bytes[offset]) { offset += 1 }
            if offset > start { tokens.append(start..<offset) }
        }
        guard tokens.count >= 2 else { return Array(bytes.reversed()) }
        var first = random.int(in: 0...(tokens.count - 1))
        var second = random.int(in: 0...(tokens.count - 2))
        if second >= first { second += 1 }
        if first > second { swap(&first, &second) }
        let (a, b) = (tokens[first], tokens[second])
        return Array(
            bytes[..<a.lowerBound] + bytes[b] + bytes[a.upperBound..<b.lowerBound] + bytes[a]
                + bytes[b.upperBound...])
    }

    private mutating func lineEnds(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 20)
        let hasCRLF =
            bytes.firstIndex(of: 0x0D).map { $0 + 1 < bytes.count && bytes[$0 + 1] == 0x0A } ?? false
        for byte in bytes {
            if byte == 0x0A {
                if hasCRLF {
                    // Some lines end in a lone carriage return, as old Mac files did.
                    if result.last == 0x0D && random.int(in: 0...3) == 0 { continue }
                    result.append(byte)
                } else {
                    result += [0x0D, 0x0A]
                }
            } else {
                result.append(byte)
            }
        }
        return result
    }

    private mutating func insertLine(_ line: [UInt8], into bytes: [UInt8]) -> [UInt8] {
        // A random line start: the start of the file, or just after a random line feed.
        let from = random.int(in: 0...bytes.count)
        let offset = bytes[from...].firstIndex(of: 0x0A).map { $0 + 1 } ?? 0
        return insert(line + [0x0A], into: bytes, at: offset)
    }

    /// Letters and spaces with some accented and wide characters, so columns are counted over
    /// multi-byte text.
    private mutating func hugeText() -> [UInt8] {
        let length = random.int(in: hugeStringLength)
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array("z".utf8), Array(" ".utf8), Array("é".utf8), Array("→".utf8),
            Array("𝄞".utf8),
        ]
        var text: [UInt8] = []
        text.reserveCapacity(length + 4)
        while text.count < length { text += pieces[random.int(in: 0...(pieces.count - 1))] }
        return text
    }

    private mutating func deepMarkdown() -> [UInt8] {
        let depth = random.int(in: 1...maximumNestingDepth)
        switch random.int(in: 0...2) {
        case 0: return Array(String(repeating: ">", count: depth).utf8) + Array(" quoted".utf8)
        case 1: return Array(String(repeating: " ", count: depth).utf8) + Array("- item".utf8)
        default: return Array(String(repeating: "*", count: depth).utf8) + Array("text".utf8)
        }
    }

    // MARK: JSON values

    /// Offsets where a value starts: after each `:` and its blanks, outside strings.
    private func jsonValueStarts(_ bytes: [UInt8]) -> [Int] {
        var starts: [Int] = []
        var inString = false
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            if inString {
                if byte == UInt8(ascii: "\\") {
                    offset += 1
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: ":") {
                var start = offset
                while start < bytes.count, isBlank(bytes[start]) { start += 1 }
                if start < bytes.count { starts.append(start) }
            }
        }
        return starts
    }

    /// The end of the value starting at `start`: past the closing quote or bracket, or the run of
    /// number and literal bytes.
    private func jsonValueEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        var depth = 0
        var inString = false
        var escaped = false
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    if depth == 0 { return index }
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                if depth <= 0 { return depth < 0 ? index - 1 : index }
            case UInt8(ascii: ","), 0x20, 0x0A, 0x0D, 0x09:
                if depth == 0 { return index - 1 }
            default: break
            }
        }
        return bytes.count
    }

    private static let replacementValues = [
        "0", "-1", "3.5", "1e999", "true", "false", "null", "\"text\"", "\"\"", "[]", "{}",
        "[1, \"two\", null]", "{\"id\": 3}", "[[]]",
    ]

    private mutating func replaceJSONValue(_ bytes: [UInt8]) -> [UInt8] {
        let starts = jsonValueStarts(bytes)
        guard !starts.isEmpty else { return swapTokens(bytes) }
        let start = starts[random.int(in: 0...(starts.count - 1))]
        let end = jsonValueEnd(bytes, from: start)
        let first = bytes[start]
        let candidates = Self.replacementValues.filter { $0.utf8.first != first }
        let replacement = Array(candidates[random.int(in: 0...(candidates.count - 1))].utf8)
        return Array(bytes[..<start] + replacement + bytes[end...])
    }

    private mutating func growJSONString(_ bytes: [UInt8]) -> [UInt8] {
        let starts = jsonValueStarts(bytes).filter { bytes[$0] == UInt8(ascii: "\"") }
        guard !starts.isEmpty else { return insertLine(hugeText(), into: bytes) }
        let start = starts[random.int(in: 0...(starts.count - 1))]
        let end = jsonValueEnd(bytes, from: start)
        return Array(
            bytes[..<start] + [UInt8(ascii: "\"")] + hugeText() + [UInt8(ascii: "\"")] + bytes[end...])
    }

    private mutating func nestJSON(_ bytes: [UInt8]) -> [UInt8] {
        let starts = jsonValueStarts(bytes)
        let offset =
            starts.isEmpty ? random.int(in: 0...bytes.count) : starts[random.int(in: 0...(starts.count - 1))]
        let depth = random.int(in: 1...maximumNestingDepth)
        let (open, close): (UInt8, UInt8) = random.int(in: 0...1) == 0 ? (0x5B, 0x5D) : (0x7B, 0x7D)
        var nested = [UInt8](repeating: open, count: depth)
        if open == 0x7B {
            // Objects need keys to nest: {"a":{"a":…}}
            nested = Array(String(repeating: "{\"a\":", count: depth).utf8) + Array("1".utf8)
        }
        // Sometimes the brackets are never closed.
        let closing = random.int(in: 0...2) == 0 ? [] : [UInt8](repeating: close, count: depth)
        return Array(bytes[..<offset] + nested + closing + [UInt8(ascii: ",")] + bytes[offset...])
    }

    // MARK: Lesson header values

    private static let headerValues = [
        "", "ten", "-5", "99999999999999999999", "Not A Slug!", "\"unclosed", "[a, list]", "{}", "0x1F", "∞",
    ]

    private mutating func replaceHeaderValue(_ bytes: [UInt8]) -> [UInt8] {
        // Lines of the header: from the first line to the next `---`.
        var lines: [Range<Int>] = []
        var start = 0
        for (offset, byte) in bytes.enumerated() where byte == 0x0A {
            lines.append(start..<offset)
            start = offset + 1
            let text = bytes[lines[lines.count - 1]]
            if lines.count > 1, text.starts(with: Array("---".utf8)) { break }
        }
        let candidates = lines.dropFirst().filter { range in
            bytes[range].contains(UInt8(ascii: ":")) && !bytes[range].starts(with: Array("---".utf8))
        }
        guard let line = candidates.isEmpty ? nil : candidates[random.int(in: 0...(candidates.count - 1))],
            let colon = bytes[line].firstIndex(of: UInt8(ascii: ":"))
        else { return swapTokens(bytes) }
        let value = Array(Self.headerValues[random.int(in: 0...(Self.headerValues.count - 1))].utf8)
        return Array(bytes[..<(colon + 1)] + [0x20] + value + bytes[line.upperBound...])
    }
}

/// SplitMix64, kept here because Content does not depend on Scheduling; the mutator needs only
/// well-mixed bits, not Scheduling's fuzz-compatible stream.
private struct MutationRandom: Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range`, without modulo bias worth worrying about for ranges this small.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % width)
    }
}
