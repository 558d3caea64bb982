import Foundation
import TextFormats

/// `palpate help [COMMAND]`: the command list, or one command's usage and options.
enum HelpCommand: Command {
    static let name = "help"
    static let summary = "Show help for palpate or one of its commands"
    static let usage = "palpate help [COMMAND]"
    static let options: [OptionSpec] = []

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode {
        guard let name = arguments.positionals.first else {
            overview(session)
            return .success
        }
        guard let command = allCommands.first(where: { $0.name == name }) else {
            let near = EditDistance.suggestions(for: name, among: allCommands.map { $0.name }).first
            throw UsageError(
                "no help for \(QuotedInput.quote(name)): there is no such command"
                    + (near.map { "; did you mean '\($0)'?" } ?? ""),
                hint: "Run 'palpate --help' for the list of commands.")
        }
        describe(command, session)
        return .success
    }

    private static func overview(_ session: AppSession) {
        let style = session.style
        session.print(
            wrapping: "Palpate: trigger point therapy lessons and spaced-repetition quizzes in your terminal."
        )
        session.print()
        printUsage("palpate [--content DIR] [--data-dir DIR] [--color MODE] COMMAND [OPTIONS]", session)
        session.print()
        session.print(style.bold("Commands:"))
        let width = allCommands.map { $0.name.count }.max() ?? 0
        let wrapper = TextWrapper(width: session.width, style: style)
        for command in allCommands {
            session.print(
                lines: wrapper.wrap(
                    command.summary, indent: String(repeating: " ", count: width + 4),
                    firstIndent: "  " + command.name.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                ))
        }
        session.print()
        session.print(style.bold("Global options:"))
        printOptions(PalpateApp.globalOptions, session)
        session.print()
        session.print(
            lines: wrapper.wrap(
                pieces: ["Run", "'palpate help COMMAND'", "(or", "'palpate COMMAND --help')"]
                    + TextWrapper.pieces("for a command's options.")))
    }

    /// The usage lines (one per form of the command), wrapped between their parts: an option in
    /// brackets stays whole, and later lines line up under the program's name.
    private static func printUsage(_ usage: String, _ session: AppSession) {
        let wrapper = TextWrapper(width: session.width, style: session.style)
        for (index, synopsis) in usage.split(separator: "\n").enumerated() {
            var parts: [String] = []
            var bracketDepth = 0
            for word in TextWrapper.pieces(String(synopsis)) {
                if bracketDepth > 0, let last = parts.popLast() {
                    parts.append(last + " " + word)
                } else {
                    parts.append(word)
                }
                bracketDepth += word.count { $0 == "[" } - word.count { $0 == "]" }
            }
            let label = index == 0 ? [TextWrapper.Word(segments: [("Usage:", session.style.bold)])] : []
            session.print(
                lines: wrapper.wrap(
                    words: label + parts.map { TextWrapper.Word(segments: [($0, { $0 })]) },
                    indent: "       ", firstIndent: index == 0 ? "" : "       "))
        }
    }

    private static func describe(_ command: any Command.Type, _ session: AppSession) {
        let style = session.style
        session.print(wrapping: command.summary + ".")
        session.print()
        printUsage(command.usage, session)
        if !command.discussion.isEmpty {
            session.print()
            let wrapper = TextWrapper(width: session.width, style: style)
            for (index, paragraph) in command.discussion.split(separator: "\n\n").enumerated() {
                if index > 0 { session.print() }
                for line in paragraph.split(separator: "\n") {
                    let text = String(line)
                    let indent = text.hasPrefix("  ") ? "      " : ""
                    for wrapped in wrapper.wrap(
                        text, indent: indent, firstIndent: text.hasPrefix("  ") ? "  " : "")
                    {
                        session.print(wrapped)
                    }
                }
            }
        }
        if !command.options.isEmpty {
            session.print()
            session.print(style.bold("Options:"))
            printOptions(command.options, session)
        }
    }

    private static func printOptions(_ options: [OptionSpec], _ session: AppSession) {
        let labels = options.map { option in option.value.map { "\(option.name) \($0)" } ?? option.name }
        let width = min(28, labels.map(\.count).max() ?? 0)
        let wrapper = TextWrapper(width: session.width, style: session.style)
        for (label, option) in zip(labels, options) {
            let indent = String(repeating: " ", count: width + 4)
            var first = "  " + label.padding(toLength: width + 2, withPad: " ", startingAt: 0)
            if label.count > width {
                session.print("  " + label)
                first = indent
            }
            for line in wrapper.wrap(option.help, indent: indent, firstIndent: first) { session.print(line) }
        }
    }
}
