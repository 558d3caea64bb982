import TextFormats

/// Reads the members of one JSON object for the deck decoder, reporting wrong types, missing
/// fields, duplicate keys and unknown (often misspelt) keys as it goes.
///
/// A class, so that handing it to the helpers that decode a question's parts copies one
/// reference rather than its six: those copies and their releases were a quarter of checking a
/// deck.
final class ObjectReader {
    let node: JSONNode
    let sink: DiagnosticSink
    /// The question the object belongs to, for messages.
    let question: String?
    /// The path of the object itself (`""` for the deck, `choices[2]` for a choice).
    let path: String
    /// Every key this kind of object may have (for a question, any type's): a missing key that an
    /// unknown one is the nearest misspelling of is not reported again, as the unknown key's
    /// "did you mean" already says it.
    let vocabulary: [String]
    /// The members in file order, the first of each key only. A list, not a dictionary: objects
    /// in a deck have a handful of keys, and hashing them cost more than scanning.
    private let members: [JSONMember]

    /// - Returns: `nil` (after reporting) when `node` is not an object.
    init?(
        _ node: JSONNode, sink: DiagnosticSink, question: String?, path: String,
        vocabulary: [String] = [], what: @autoclosure () -> String
    ) {
        guard let list = node.objectValue else {
            sink.report(
                .error, at: node.offset, "\(what()) must be an object { … }, not \(node.typeDescription)",
                question: question, field: path.isEmpty ? nil : path)
            return nil
        }
        self.node = node
        self.sink = sink
        self.question = question
        self.path = path
        self.vocabulary = vocabulary
        // Nearly every object has each key once: its own list then serves as it is.
        var hasDuplicates = false
        for index in list.indices
        where list[..<index].contains(where: { ObjectReader.sameKey($0.key, list[index].key) }) {
            let member = list[index]
            sink.report(
                .error, at: member.keyOffset,
                "\(QuotedInput.quote(member.key)) appears twice in the same object; keep one (JSON readers silently drop one)",
                question: question, field: path.isEmpty ? member.key : "\(path).\(member.key)")
            hasDuplicates = true
        }
        members = hasDuplicates ? ObjectReader.firstOfEachKey(list) : list
    }

    /// `list` with only the first member of each key, in file order.
    private static func firstOfEachKey(_ list: [JSONMember]) -> [JSONMember] {
        var kept: [JSONMember] = []
        for member in list where !kept.contains(where: { sameKey($0.key, member.key) }) {
            kept.append(member)
        }
        return kept
    }

    func fieldPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func has(_ key: String) -> Bool { member(key) != nil }

    func member(_ key: String) -> JSONMember? { members.first { Self.sameKey($0.key, key) } }

    /// Whether two keys are equal, telling most apart by their length alone: a length is read
    /// straight from a string, where comparing two strings calls into the runtime, and a deck's
    /// keys are compared a few hundred times per question.
    @inline(__always)
    static func sameKey(_ first: String, _ second: String) -> Bool {
        first.utf8.count == second.utf8.count && first == second
    }

    /// Reports every key not in `allowed`, suggesting the nearest allowed one.
    func rejectUnknownKeys(allowed: [String], context: @autoclosure () -> String) {
        for member in members where !allowed.contains(member.key) {
            let suggestion = EditDistance.suggestions(for: member.key, among: allowed).first
            let advice =
                suggestion.map { "did you mean '\($0)'?" }
                ?? "\(context()) may have: \(allowed.joined(separator: ", "))"
            sink.report(
                .error, at: member.keyOffset, "unknown field \(QuotedInput.quote(member.key)); \(advice)",
                question: question,
                field: fieldPath(member.key))
        }
    }

    /// `what` (and `text`'s and `array`'s) is built only when the member is missing or wrong.
    func requireMember(_ key: String, _ what: @autoclosure () -> String) -> JSONMember? {
        guard let member = self.member(key) else {
            if !isMisspelt(key) {
                sink.report(
                    .error, at: node.offset, "missing \(what())", question: question, field: fieldPath(key))
            }
            return nil
        }
        return member
    }

    /// Whether an unknown key of the object is, at its nearest, `key` misspelt ("promt").
    private func isMisspelt(_ key: String) -> Bool {
        members.contains { member in
            !vocabulary.contains(member.key)
                && EditDistance.suggestions(for: member.key, among: vocabulary).first == key
        }
    }

    /// A required text field: present, a string, not blank.
    func text(_ key: String, _ what: @autoclosure () -> String) -> String? {
        guard let member = requireMember(key, "'\(key)' (\(what()))") else { return nil }
        return Self.text(member.value, sink: sink, question: question, field: fieldPath(key))
    }

    func optionalText(_ key: String) -> String? {
        guard let member = self.member(key) else { return nil }
        return Self.text(member.value, sink: sink, question: question, field: fieldPath(key))
    }

    /// - Parameter field: built only when there is something to report: a deck of 100,000
    ///   questions reads a million texts.
    static func text(
        _ node: JSONNode, sink: DiagnosticSink, question: String?, field: @autoclosure () -> String
    ) -> String? {
        guard let text = node.stringValue else {
            sink.report(
                .error, at: node.offset, "must be text in double quotes, not \(node.typeDescription)",
                question: question,
                field: field())
            return nil
        }
        if isBlank(text) {
            sink.report(
                .error, at: node.offset, "is empty; write the text or remove the field", question: question,
                field: field())
            return nil
        }
        if text.utf8.count > 10_000 {
            sink.report(
                .warning, at: node.offset,
                "is \(text.utf8.count) bytes long; students read this on a terminal, keep it short",
                question: question, field: field())
        }
        return text
    }

    /// Whether the text is empty or only white space. Nearly every text starts with a visible
    /// ASCII character, which settles it without walking the text's characters.
    static func isBlank(_ text: String) -> Bool {
        if let first = text.utf8.first, first > 0x20, first < 0x7F { return false }
        return text.allSatisfy(\.isWhitespace)
    }

    func optionalInteger(_ key: String, minimum: Int) -> Int? {
        guard let member = self.member(key) else { return nil }
        guard let value = member.value.integerValue, value >= minimum else {
            sink.report(
                .error, at: member.value.offset,
                "must be a whole number of \(minimum) or more, not \(describe(member.value))",
                question: question, field: fieldPath(key))
            return nil
        }
        return value
    }

    func optionalBool(_ key: String) -> Bool? {
        guard let member = self.member(key) else { return nil }
        guard let value = member.value.boolValue else {
            sink.report(
                .error, at: member.value.offset, "must be true or false, not \(describe(member.value))",
                question: question,
                field: fieldPath(key))
            return nil
        }
        return value
    }

    /// A required list with at least `minimum` items.
    ///
    /// - Parameter owner: what needs the items, for the message ("a question", "a deck").
    func array(_ key: String, _ what: @autoclosure () -> String, minimum: Int, owner: String = "a question")
        -> [JSONNode]?
    {
        guard let member = requireMember(key, "'\(key)' (\(what()))") else { return nil }
        guard let items = member.value.arrayValue else {
            sink.report(
                .error, at: member.value.offset,
                "must be a list [ … ] of \(what()), not \(member.value.typeDescription)",
                question: question, field: fieldPath(key))
            return nil
        }
        if items.count < minimum {
            let count = items.count == 1 ? "only 1" : "\(items.count)"
            let needed = minimum == 1 ? "at least one" : "at least \(minimum) \(what())"
            sink.report(
                .error, at: member.value.offset, "has \(count); \(owner) needs \(needed)",
                question: question, field: fieldPath(key))
            return nil
        }
        return items
    }

    /// Optional tags: a list of slugs, duplicates dropped with a warning.
    func tags(_ key: String = "tags") -> [String] {
        guard let member = self.member(key) else { return [] }
        guard let items = member.value.arrayValue else {
            sink.report(
                .error, at: member.value.offset, "must be a list of tags, e.g. [\"head-neck\"]",
                question: question,
                field: fieldPath(key))
            return []
        }
        var tags: [String] = []
        for (index, item) in items.enumerated() {
            guard let tag = item.stringValue, Slug.isValid(tag) else {
                sink.report(
                    .error, at: item.offset, "a tag must be \(Slug.rule), not \(describe(item))",
                    question: question,
                    field: "\(fieldPath(key))[\(index)]")
                continue
            }
            if tags.contains(tag) {
                sink.report(
                    .warning, at: item.offset, "the tag \(QuotedInput.quote(tag)) is listed twice",
                    question: question,
                    field: fieldPath(key))
            } else {
                tags.append(tag)
            }
        }
        return tags
    }
}

/// How a value reads in a message: its text for short scalars, its type otherwise.
func describe(_ node: JSONNode) -> String {
    switch node.value {
    case .string(let text): text.count <= 30 ? "\"\(text)\"" : "text"
    case .number(_, let literal): literal
    case .bool(let flag): flag ? "true" : "false"
    default: node.typeDescription
    }
}
