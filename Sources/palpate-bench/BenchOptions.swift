/// The benchmark's command line: `palpate-bench [--quick] [--json] [--only NAME]… [--help]`.
struct BenchOptions {
    var quick = false
    var json = false
    var only: [String] = []
    var help = false
    var keep = false

    static let usage = """
        usage: palpate-bench [--quick] [--json] [--only NAME]… [--keep] [--help]

        Generates seeded inputs in a temporary folder, runs each scenario several times in a child
        process of its own and prints, per scenario: size, median and min–max time, throughput,
        peak memory, the target and whether it is met. Build it in release mode:
        swift run -c release palpate-bench

          --quick       fewer repetitions (the whole run takes under five minutes)
          --json        one JSON object per scenario and line, instead of the table
          --only NAME   run only this scenario (repeatable); names: \(Scenarios.all.map(\.name).joined(separator: ", "))
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
            default:
                throw BenchError("unknown option '\(argument)'; run palpate-bench --help")
            }
        }
    }
}
