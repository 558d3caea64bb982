/// The benchmark's command line: `palpate-bench [--quick] [--json] [--only NAME]… [--help]`.
struct BenchOptions {
    var quick = false
    var json = false
    var only: [String] = []
    var help = false
    var keep = false
    var soakStudents = SoakScenario.defaultStudents
    var soakDays = SoakScenario.defaultDays

    static let usage = """
        usage: palpate-bench [--quick] [--json] [--only NAME]… [--keep] [--soak-students N] [--soak-days N] [--help]

        Generates seeded inputs in a temporary folder, runs each scenario several times in a child
        process of its own and prints, per scenario: size, median and min–max time, throughput,
        peak memory, the target and whether it is met. Build it in release mode:
        swift run -c release palpate-bench

          --quick       fewer repetitions (the whole run takes under five minutes)
          --json        one JSON object per scenario and line, instead of the table
          --only NAME   run only this scenario (repeatable); names: \(Scenarios.all.map(\.name).joined(separator: ", "))
          --soak-students N, --soak-days N
                        the size of the soak (run only with --only soak; default \(SoakScenario.defaultStudents) × \(SoakScenario.defaultDays))
          --keep        keep the generated inputs (their folder is named on standard error), e.g. to profile
          --help        show this help
        """

    init(parsing arguments: [String]) throws {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--quick": quick = true
            case "--json": json = true
            case "--help", "-h": help = true
            case "--keep": keep = true
            case "--only":
                guard let name = rest.popFirst() else { throw BenchError("--only needs a scenario name") }
                guard Scenarios.named(name) != nil else {
                    throw BenchError(
                        "there is no scenario '\(name)'; the scenarios are "
                            + Scenarios.all.map(\.name).joined(separator: ", "))
                }
                only.append(name)
            case "--soak-students", "--soak-days":
                guard let value = rest.popFirst().flatMap({ Int($0) }), value > 0 else {
                    throw BenchError("\(argument) needs a positive number")
                }
                if argument == "--soak-students" { soakStudents = value } else { soakDays = value }
            default:
                throw BenchError("unknown option '\(argument)'; run palpate-bench --help")
            }
        }
    }
}
