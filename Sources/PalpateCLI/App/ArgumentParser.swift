import TextFormats

/// One option a command accepts.
struct OptionSpec: Sendable {
    var name: String
    /// The value's placeholder in help (`DIR`, `N`); `nil` for a flag.
    var value: String?
    var help: String
    var repeatable = false

    static func flag(_ name: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, value: nil, help: help)
    }
}

/// A command's arguments, split into options and positionals.
struct ParsedArguments: Sendable {
    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    var positionals: [String] = []

    func value(_ name: String) -> String? { values[name]?.last }
    func all(_ name: String) -> [String] { values[name] ?? [] }
    func has(_ name: String) -> Bool { flags.contains(name) }

    /// An integer option within `range`, or a usage error that says what is allowed.
    func integer(_ name: String, in range: ClosedRange<Int>, command: String) throws(UsageError) -> Int? {
        guard let text = value(name) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw UsageError(
                "\(name) needs a whole number from \(range.lowerBound) to \(range.upperBound), not \(QuotedInput.quote(text))",
                hint: "See '\(ArgumentParser.helpCommand(for: command))'.")
        }
        return number
    }

    func double(_ name: String, in range: ClosedRange<Double>, command: String) throws(UsageError) -> Double?
    {
        guard let text = value(name) else { return nil }
        guard let number = Double(text), number.isFinite, range.contains(number) else {
            throw UsageError(
                "\(name) needs a number from \(range.lowerBound) to \(range.upperBound), not \(QuotedInput.quote(text))",
                hint: "See '\(ArgumentParser.helpCommand(for: command))'.")
        }
        return number
    }

    /// One of a fixed set of words (e.g. `--format text|json`).
    func choice(_ name: String, _ allowed: [String], command: String) throws(UsageError) -> String? {
        guard let text = value(name) else { return nil }
        guard allowed.contains(text) else {
            throw UsageError(
                "\(name) must be \(ListPhrase.or(allowed)), not \(QuotedInput.quote(text))",
                hint: "See '\(ArgumentParser.helpCommand(for: command))'.")
        }
        return text
    }
}

/// Splits arguments by a command's option list: `--name value`, `--name=value`, flags, `--` to end
/// options. Unknown options are usage errors that suggest the nearest known one.
enum ArgumentParser {
    /// The command that describes `command`'s options: `palpate help COMMAND`, or `palpate --help`
    /// for the global options given before any command (`palpate` is not a command of its own).
    static func helpCommand(for command: String) -> String {
        command == "palpate" ? "palpate --help" : "palpate help \(command)"
    }

    static func parse(_ arguments: [String], options: [OptionSpec], command: String) throws(UsageError)
        -> ParsedArguments
    {
        var parsed = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if name == "-h" { name = "--help" }
            guard let spec = options.first(where: { $0.name == name }) else {
                if Double(argument) != nil {
                    parsed.positionals.append(argument)
                    continue
                }
                let near = EditDistance.suggestions(for: name, among: options.map(\.name)).first
                throw UsageError(
                    "unknown option \(QuotedInput.quote(name)) for '\(command)'"
                        + (near.map { "; did you mean '\($0)'?" } ?? ""),
                    hint: "See '\(ArgumentParser.helpCommand(for: command))'.")
            }
            guard let placeholder = spec.value else {
                if inlineValue != nil {
                    throw UsageError(
                        "\(name) takes no value", hint: "See '\(ArgumentParser.helpCommand(for: command))'.")
                }
                parsed.flags.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < arguments.count {
                value = arguments[index]
                index += 1
            } else {
                throw UsageError(
                    "\(name) needs a value (\(name) \(placeholder))",
                    hint: "See '\(ArgumentParser.helpCommand(for: command))'.")
            }
            if !spec.repeatable, parsed.values[name] != nil {
                throw UsageError(
                    "\(name) is given twice",
                    hint: "Give it once; see '\(ArgumentParser.helpCommand(for: command))'.")
            }
            parsed.values[name, default: []].append(value)
        }
        return parsed
    }
}
