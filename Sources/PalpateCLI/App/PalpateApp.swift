import Foundation
import Scheduling
import TextFormats

/// The `palpate` program as a function: arguments, environment and streams in, exit code out.
///
/// `main.swift` calls this with the real process; tests call it with buffers and a fixed clock.
public enum PalpateApp {
    public static let version = "0.1.0"

    static let globalOptions: [OptionSpec] = [
        OptionSpec(
            name: "--content", value: "DIR",
            help: "Read lessons and decks from DIR (holding Curriculum/ and Quizzes/)."),
        OptionSpec(name: "--data-dir", value: "DIR", help: "Keep your progress in DIR."),
        OptionSpec(
            name: "--color", value: "auto|always|never",
            help: "Colour output (auto: only on a terminal, never with NO_COLOR)."),
        .flag("--help", "Show help."),
        .flag("--version", "Show the version."),
    ]

    public static func run(_ context: AppContext) -> ExitCode {
        var context = context
        // Nothing a command prints (exports, echoed input, messages) reaches a terminal raw.
        context.errorOutput = TerminalGate(context.errorOutput)
        if context.stdoutIsTerminal {
            context.output = TerminalGate(context.output)
            context.pager = context.pager.map { show in
                { show(TerminalSanitizer.clean($0, keepingStyle: true)) }
            }
        }
        do {
            return try dispatch(context)
        } catch let error as UsageError {
            context.errorOutput.write(AppSession.errorText(error.description, context))
            return .usage
        } catch let error as CommandFailure {
            context.errorOutput.write(AppSession.errorText(error.description, context))
            return .failure
        } catch let error as CommandInterrupted {
            context.errorOutput.write(AppSession.errorText(error.description, context))
            return .interrupted
        } catch {
            context.errorOutput.write("palpate: \(error)\n")
            return .failure
        }
    }

    private static func dispatch(_ context: AppContext) throws -> ExitCode {
        var context = context
        if let text = context.environment["PALPATE_NOW"], !text.isEmpty {
            // Lets a student's month be simulated (and tested) one day at a time.
            do {
                let now = try ISOTimestamp.parse(text).date
                context.clock = { now }
            } catch {
                throw UsageError(
                    "PALPATE_NOW must be an ISO-8601 time with a zone, e.g. 2026-03-01T08:00:00Z (\(error))",
                    hint: "Unset it to use the real clock.")
            }
        }
        guard context.clock() >= StudyCalendar.earliestSupported else {
            throw UsageError(
                "the time is \(ISOTimestamp.format(Instant(context.clock()), fractionalSeconds: false)), before "
                    + "1970-01-01T00:00:00Z; palpate counts study days from 1970 and cannot name earlier ones",
                hint: "Set PALPATE_NOW to a time from 1970 on (or unset it), or set the system clock.")
        }
        // Global options come before the command; the command gets the rest.
        var globals: [String] = []
        var rest = context.arguments[...]
        while let first = rest.first, first.hasPrefix("-") {
            globals.append(first)
            rest = rest.dropFirst()
            let takesValue = globalOptions.contains { $0.name == first && $0.value != nil }
            if takesValue, let value = rest.first {
                globals.append(value)
                rest = rest.dropFirst()
            }
        }
        let parsed = try ArgumentParser.parse(globals, options: globalOptions, command: "palpate")
        let colorText = try parsed.choice("--color", ColorMode.allCases.map(\.rawValue), command: "palpate")
        let session = AppSession(
            context: context, contentOption: parsed.value("--content"),
            dataDirectoryOption: parsed.value("--data-dir"),
            colorMode: colorText.flatMap(ColorMode.init(rawValue:)) ?? .auto)
        if parsed.has("--version") {
            session.print("palpate \(version)")
            return .success
        }
        guard let name = rest.first else {
            // `palpate` alone opens the dashboard; `palpate --help` lists the commands.
            if parsed.has("--help") { return try HelpCommand.run(ParsedArguments(), session) }
            return try TodayCommand.run(ParsedArguments(), session)
        }
        if parsed.has("--help") {
            return try HelpCommand.run(ParsedArguments(positionals: [name]), session)
        }
        guard let command = allCommands.first(where: { $0.name == name }) else {
            let near = EditDistance.suggestions(for: name, among: allCommands.map { $0.name }).first
            throw UsageError(
                "unknown command \(QuotedInput.quote(name))" + (near.map { "; did you mean '\($0)'?" } ?? ""),
                hint: "Run 'palpate --help' for the list of commands.")
        }
        if command.printsData { (context.output as? TerminalGate)?.keepsStyle = false }
        let options = command.options + globalOptions.filter { $0.name != "--version" }
        let arguments = try ArgumentParser.parse(Array(rest.dropFirst()), options: options, command: name)
        if arguments.has("--help") {
            return try HelpCommand.run(ParsedArguments(positionals: [name]), session)
        }
        // Global options given after the command count too.
        let late = AppSession(
            context: context, contentOption: arguments.value("--content") ?? session.contentOption,
            dataDirectoryOption: arguments.value("--data-dir") ?? session.dataDirectoryOption,
            colorMode: try arguments.choice("--color", ColorMode.allCases.map(\.rawValue), command: name)
                .flatMap(ColorMode.init(rawValue:)) ?? session.colorMode)
        return try command.run(arguments, late)
    }
}
