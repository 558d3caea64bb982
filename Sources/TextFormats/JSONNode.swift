/// A parsed JSON value that remembers where it stood in the file.
///
/// Unlike `JSONDecoder`, this keeps object keys in order (duplicates included) and the byte
/// offset of every value and key, so a deck checker can say "line 12, column 7: …".
public struct JSONNode: Sendable {
    public enum Value: Sendable {
        case null
        case bool(Bool)
        /// The number and its literal text (so `1` and `1.0` can be told apart if needed).
        case number(Double, literal: String)
        case string(String)
        case array([JSONNode])
        case object([JSONMember])
    }

    public var value: Value
    /// Byte offset of the value's first character.
    public var offset: Int

    public init(_ value: Value, offset: Int) {
        self.value = value
        self.offset = offset
    }

    /// The JSON type name a person would use in an error ("a string", "an array"…).
    public var typeDescription: String {
        switch value {
        case .null: "null"
        case .bool: "true/false"
        case .number(let number, _): number.rounded() == number ? "a number" : "a decimal number"
        case .string: "text (a string)"
        case .array: "a list (array)"
        case .object: "an object"
        }
    }

    public var stringValue: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let flag) = value { return flag }
        return nil
    }

    /// The value as an integer, if it is a number with no fractional part within `Int` range.
    public var integerValue: Int? {
        guard case .number(let number, _) = value, number.rounded() == number,
            abs(number) < 9.0e15
        else { return nil }
        return Int(number)
    }

    public var arrayValue: [JSONNode]? {
        if case .array(let items) = value { return items }
        return nil
    }

    public var objectValue: [JSONMember]? {
        if case .object(let members) = value { return members }
        return nil
    }
}

/// One `"key": value` of a JSON object, with where the key stands.
public struct JSONMember: Sendable {
    public var key: String
    public var keyOffset: Int
    public var value: JSONNode

    public init(key: String, keyOffset: Int, value: JSONNode) {
        self.key = key
        self.keyOffset = keyOffset
        self.value = value
    }
}
