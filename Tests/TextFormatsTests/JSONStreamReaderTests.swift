import Foundation
import Testing

@testable import TextFormats

/// Every offset a tree holds (values and keys), in file order.
private func offsets(_ node: JSONNode) -> [Int] {
    switch node.value {
    case .array(let items): [node.offset] + items.flatMap(offsets)
    case .object(let members):
        [node.offset] + members.flatMap { [$0.keyOffset] + offsets($0.value) }
    default: [node.offset]
    }
}

/// A value's shape and offsets as text, to compare trees read two ways.
private func render(_ node: JSONNode) -> String {
    switch node.value {
    case .null: "null@\(node.offset)"
    case .bool(let flag): "\(flag)@\(node.offset)"
    case .number(_, let literal): "\(literal)@\(node.offset)"
    case .string(let text): "\"\(text)\"@\(node.offset)"
    case .array(let items): "[\(items.map(render).joined(separator: ","))]@\(node.offset)"
    case .object(let members):
        "{\(members.map { "\($0.key)@\($0.keyOffset):\(render($0.value))" }.joined(separator: ","))}@\(node.offset)"
    }
}

/// Reads `text` streaming `key`, a few bytes at a time.
private func stream(_ text: String, key: String = "items", chunkSize: Int)
    throws -> (outcome: JSONStreamReader.Outcome, items: [JSONNode])
{
    let reader = try JSONStreamReader(.bytes(Array(text.utf8), chunkSize: chunkSize))
    var items: [JSONNode] = []
    let outcome = try reader.read(streaming: key) { items.append($0) }
    return (outcome, items)
}

private let sample = """
    \u{FEFF}{
      "title": "Trigger points — the basics",
      "numbers": [1, -2.5e3, true, null],
      "items": [
        {"id": "a", "text": "Résumé \\"quoted\\" \\\\ and \\u00e9", "tags": ["x", "y"]},\r
        {"id": "b", "nested": {"deeper": [[], {}, [{"z": "]}"}]]}},
        "plain text item", 42, false
      ],
      "after": {"note": "comes after the list"}
    }

    """

@Suite struct JSONStreamReaderTests {
    @Test(arguments: [1, 2, 3, 7, 64, 1 << 16])
    func handsOutTheSameItemsAndOffsetsAsAWholeFileParse(chunkSize: Int) throws {
        let whole = try JSONParser.parse(Array(sample.utf8))
        let (outcome, items) = try stream(sample, chunkSize: chunkSize)
        guard case .document(let root, let count) = outcome else {
            Issue.record("a well-formed document was not streamed")
            return
        }
        let wholeItems = whole.objectValue?.first { $0.key == "items" }?.value.arrayValue ?? []
        #expect(count == wholeItems.count)
        #expect(items.map(render) == wholeItems.map(render))
        // The rest of the tree is the whole-file tree, the list standing empty where it began.
        let expected = whole.objectValue?.map { member -> String in
            let value =
                member.key == "items" ? JSONNode(.array([]), offset: member.value.offset) : member.value
            return "\(member.key)@\(member.keyOffset):\(render(value))"
        }
        #expect(root.objectValue?.map { "\($0.key)@\($0.keyOffset):\(render($0.value))" } == expected)
    }

    @Test(arguments: [1, 5, 1 << 16])
    func resolvesPositionsAsSourceTextDoes(chunkSize: Int) throws {
        let text = SourceText(sample)
        let reader = try JSONStreamReader(.bytes(Array(sample.utf8), chunkSize: chunkSize))
        var mismatches: [String] = []
        let outcome = try reader.read(streaming: "items") { item in
            // A decoder resolves an item's offsets while it holds the item, in any order.
            for offset in offsets(item).reversed() + offsets(item)
            where reader.position(ofByteOffset: offset) != text.position(ofByteOffset: offset) {
                mismatches.append("\(offset)")
            }
        }
        guard case .document(let root, _) = outcome else {
            Issue.record("not streamed")
            return
        }
        // After the list: every offset outside it, before or after.
        for offset in offsets(root) + [0, 1, 2, 3, 4]
        where reader.position(ofByteOffset: offset) != text.position(ofByteOffset: offset) {
            mismatches.append("\(offset)")
        }
        #expect(mismatches.isEmpty)
    }

    /// Items handed out with their own text resolve their offsets on their own, after the reader
    /// has moved on (as a second core checking them does): lines of every length, accented and
    /// four-byte characters, CRLF, scanned eight bytes at a time.
    @Test(arguments: [1, 5, 1 << 16])
    func placedItemsResolvePositionsAsSourceTextDoes(chunkSize: Int) throws {
        let long = String(repeating: "é", count: 37) + String(repeating: "ab", count: 29)
        let text =
            sample.replacingOccurrences(of: "\"plain text item\"", with: "\"\(long) 😀\"")
            + String(repeating: " ", count: 3)
        let source = SourceText(text)
        let reader = try JSONStreamReader(.bytes(Array(text.utf8), chunkSize: chunkSize))
        var items: [JSONStreamItem] = []
        _ = try reader.read(placingItemsOf: "items") { items.append($0) }
        #expect(items.count == 5)
        var mismatches: [Int] = []
        for item in items {
            for offset in offsets(item.node).reversed() + offsets(item.node)
            where item.position(ofByteOffset: offset) != source.position(ofByteOffset: offset) {
                mismatches.append(offset)
            }
        }
        #expect(mismatches.isEmpty)
    }

    @Test func dropsHandedOutBytesSoALongListNeedsLittleMemory() throws {
        let item = #"{"id": "q", "prompt": "\#(String(repeating: "text ", count: 200))"}"#
        let text = #"{"items": ["# + Array(repeating: item, count: 5_000).joined(separator: ",\n") + "]}"
        var largestWindow = 0
        let reader = try JSONStreamReader(.bytes(Array(text.utf8), chunkSize: 4_096))
        var count = 0
        _ = try reader.read(streaming: "items") { _ in
            count += 1
            largestWindow = max(largestWindow, reader.windowSize)
        }
        #expect(count == 5_000)
        #expect(text.utf8.count > 5_000_000)
        #expect(largestWindow < 600_000)
    }

    /// An item is parsed where it lies and parsed again with more of the file when it runs past
    /// the window: one far longer than a chunk arrives whole, and so does a number that a chunk
    /// boundary cuts.
    @Test func anItemLongerThanManyChunksArrivesWhole() throws {
        let long = String(repeating: "ischemic compression ", count: 50_000)
        let text = #"{"items": [{"id": "q", "prompt": "\#(long)"}, 1234567890123]}"#
        for chunkSize in [1_000, 4_096] {
            let (outcome, items) = try stream(text, chunkSize: chunkSize)
            guard case .document(_, let count) = outcome else {
                Issue.record("not streamed")
                return
            }
            #expect(count == 2)
            #expect(items.first?.objectValue?.last?.value.stringValue == long)
            #expect(items.last?.integerValue == 1_234_567_890_123)
        }
    }

    /// Escapes cut by a chunk boundary (`\u` digits, a surrogate pair's halves), in items and in
    /// the root's keys, stream like any other text.
    @Test func escapesCutByAChunkStreamAsAWholeFileParseReadsThem() throws {
        let text = #"""
            {"titl\u00e9": "caf\u00e9", "items": [
              {"id": "a", "text": "na\u00efve \uD83D\uDE00 \uD834\uDD1E"},
              "\u00e9\u00e8\u00ea\u00eb", {"\u00fcber": "\uDBFF\uDFFF"}
            ], "after": "\u2014"}
            """#
        let whole = try JSONParser.parse(Array(text.utf8))
        let wholeItems = whole.objectValue?.first { $0.key == "items" }?.value.arrayValue ?? []
        var refused: [Int] = []
        for chunkSize in 1...80 {
            let (outcome, items) = try stream(text, chunkSize: chunkSize)
            guard case .document = outcome, items.map(render) == wholeItems.map(render) else {
                refused.append(chunkSize)
                continue
            }
        }
        #expect(refused.isEmpty, "chunk sizes that did not stream: \(refused)")
    }

    /// A mistake inside an item is a mistake whatever follows: streaming stops there rather than
    /// reading the rest of the file into the window first.
    @Test func anErrorInsideAnItemStopsWithoutReadingOn() throws {
        let good = #"{"id": "q", "text": "\#(String(repeating: "x", count: 100))"}"#
        let text =
            #"{"items": [\#(good), {"id": tru}, "#
            + Array(repeating: good, count: 20_000).joined(separator: ",")
            + "]}"
        let reader = try JSONStreamReader(.bytes(Array(text.utf8), chunkSize: 4_096))
        var handedOut = 0
        let outcome = try reader.read(streaming: "items") { _ in handedOut += 1 }
        guard case .notStreamable = outcome else {
            Issue.record("a broken item was streamed")
            return
        }
        #expect(handedOut == 1)
        #expect(text.utf8.count > 2_000_000)
        #expect(reader.windowSize < 16_384)
    }

    @Test func streamsOnlyTheFirstMemberOfThatName() throws {
        let (outcome, items) = try stream(#"{"items": [1, 2], "items": [3]}"#, chunkSize: 4)
        guard case .document(let root, let count) = outcome else {
            Issue.record("not streamed")
            return
        }
        #expect(count == 2)
        #expect(items.compactMap(\.integerValue) == [1, 2])
        #expect(root.objectValue?.last?.value.arrayValue?.compactMap(\.integerValue) == [3])
    }

    @Test func aMemberThatIsNotAListStaysInTheTree() throws {
        let (outcome, items) = try stream(#"{"items": "none"}"#, chunkSize: 3)
        guard case .document(let root, let count) = outcome else {
            Issue.record("not streamed")
            return
        }
        #expect(count == nil)
        #expect(items.isEmpty)
        #expect(root.objectValue?.first?.value.stringValue == "none")
    }

    @Test(arguments: [
        "", "   ", #"{"items": [1, 2,]}"#, #"{"items": [1 2]}"#, #"{"items": [1, 2]"#,
        #"{"items": [{"a": 1}}"#, #"{"a": 1,}"#, #"{"a" 1}"#, #"{"items": [01]}"#, "{\"items\": [\"x\ny\"]}",
        #"{"a": 1} x"#, #"{"items": [tru]}"#, #"{"items": [1], "b": }"#, "{\"items\": [\"\\u12\"]}",
        #"{"items": [{"a": "unclosed}]}"#,
    ])
    func anythingNotWellFormedIsLeftToTheWholeFileParser(text: String) throws {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Array(text.utf8)) }
        let isDocument: Bool
        if case .document = try stream(text, chunkSize: 2).outcome {
            isDocument = true
        } else {
            isDocument = false
        }
        #expect(!isDocument, "\(text.debugDescription)")
    }

    @Test(arguments: ["[1, 2]", "\"text\"", "null"])
    func aRootThatIsNotAnObjectIsLeftToTheWholeFileParser(text: String) throws {
        let isDocument: Bool
        if case .document = try stream(text, chunkSize: 2).outcome {
            isDocument = true
        } else {
            isDocument = false
        }
        #expect(!isDocument)
    }

    @Test func aReadFailureIsThrown() throws {
        struct Broken: Error {}
        let source = ByteChunks {
            var calls = 0
            return {
                calls += 1
                if calls > 1 { throw Broken() }
                return Array(#"{"items": [1, "#.utf8)
            }
        }
        let reader = try JSONStreamReader(source)
        #expect(throws: Broken.self) { try reader.read(streaming: "items") { _ in } }
    }
}

@Suite struct ByteChunksTests {
    @Test func readsAFileInPiecesAndFromTheStartAgain() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chunks-\(UUID().uuidString)")
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let source = ByteChunks.file(url, chunkSize: 333)
        let next = try source.open()
        var pieces: [[UInt8]] = []
        while case let piece = try next(), !piece.isEmpty { pieces.append(piece) }
        #expect(pieces.count == 31)
        #expect(pieces.allSatisfy { $0.count <= 333 })
        #expect(pieces.flatMap { $0 } == bytes)
        #expect(try source.readAll() == bytes)
    }

    @Test func aMissingFileThrowsWhenOpened() {
        let source = ByteChunks.file(URL(fileURLWithPath: "/nonexistent/palpate/deck.json"))
        #expect(throws: (any Error).self) { _ = try source.open() }
    }
}
