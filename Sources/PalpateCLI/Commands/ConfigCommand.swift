import Foundation
import Progress
import Scheduling

/// `palpate config [KEY [VALUE]]`: the student's settings, read and changed with validation.
enum ConfigCommand: Command {
    static let name = "config"
    static let printsData = true
    static let summary = "Show or change your settings (name, daily limits, retention…)"
    static let usage = "palpate config [KEY [VALUE]] | palpate config --reset KEY"
    static var discussion: String {
        "With no KEY, lists every setting with its value. With KEY, prints its value; with KEY VALUE, changes it.\n\n"
            + StudentSettings.keys.map {
                "  \($0.name): \($0.summary) (\($0.validValues); default \($0.defaultValue))"
            }
            .joined(separator: "\n")
    }
    static let options: [OptionSpec] = [
        OptionSpec(name: "--reset", value: "KEY", help: "Put KEY back to its default.")
    ]

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode {
        if arguments.positionals.count > 2 {
            throw UsageError(
                "'config' takes a key and a value, got \(arguments.positionals.count) arguments",
                hint: "Quote a value with spaces: palpate config name \"Ada Lovelace\"")
        }
        let store = try session.openStore(forSession: false)
        defer { try? store.close() }
        if arguments.positionals.count == 2, arguments.positionals[0] == "exam-date" {
            // A store whose settings cannot be read is reported by the setting itself below.
            let settings = (try? store.settings()) ?? StudentSettings()
            try refusePastExamDate(arguments.positionals[1], settings: settings, session: session)
        }
        do {
            if let key = arguments.value("--reset") {
                let settings = try store.resetSetting(key: key)
                session.print("\(key) = \(settings.value(forKey: key) ?? "")")
                return .success
            }
            let settings = try store.settings()
            switch arguments.positionals.count {
            case 0:
                let rows = StudentSettings.keys.map { key in
                    [key.name, settings.value(forKey: key.name) ?? "", key.summary]
                }
                for line in TextTable(header: ["KEY", "VALUE", "MEANING"], rows: rows).lines(
                    style: session.style)
                {
                    session.print(line)
                }
                if let origin = try parameterOrigin(settings, store: store) { session.print(origin) }
            case 1:
                let key = arguments.positionals[0]
                guard let value = settings.value(forKey: key) else {
                    // Setting an unknown key throws the error that names the near keys.
                    _ = try store.setSetting(key: key, value: "")
                    return .failure
                }
                session.print(value)
            default:
                let (key, value) = (arguments.positionals[0], arguments.positionals[1])
                let updated = try store.setSetting(key: key, value: value)
                session.print("\(key) = \(updated.value(forKey: key) ?? value)")
            }
            return .success
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// Where the parameters in use came from, when not the defaults.
    /// An exam on a day already begun or gone, or more than 10 years ahead, cannot be planned
    /// for: refused with the date of today, so the student sees the clock Palpate goes by.
    private static func refusePastExamDate(_ value: String, settings: StudentSettings, session: AppSession)
        throws
    {
        guard let day = CivilDay(value.trimmingCharacters(in: .whitespaces)),
            let calendar = try? StudyCalendar(
                timeZone: session.context.timeZone, startHour: settings.dayStartsAt)
        else { return }
        let today = calendar.studyDay(containing: session.context.clock()).civilDay
        guard let refusal = ExamGoal.refusal(of: day, today: today) else { return }
        throw CommandFailure(
            "the exam date must be after today (\(today)) and at most 10 years ahead: \(day) is \(refusal); "
                + "give the day of the exam, or end exam mode with 'palpate config --reset exam-date'")
    }

    private static func parameterOrigin(_ settings: StudentSettings, store: ProgressStore) throws(StoreError)
        -> String?
    {
        guard settings.parameters != .default else { return nil }
        guard let fitted = try store.parameterOrigin(current: settings.parameters).fittedAt else {
            return "The parameters were set by hand."
        }
        let day = ISO8601DateFormatter.string(
            from: fitted, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        return "The parameters were fitted to your reviews on \(day) ('palpate optimize --revert' goes back)."
    }
}
