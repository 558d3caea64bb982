import Content
import Foundation

/// Loading the bundled lessons and decks, as every student command does at start-up (in process).
struct ContentLoadScenario: InProcessScenario {
    var name: String { "content-load" }
    var size: String { "bundled content" }
    var target: Target { .under(milliseconds: 10) }
    var work: Work { Work(count: 1, unit: "loads/s") }

    func repetitions(quick: Bool) -> Int { quick ? 10 : 50 }

    func prepare(_ inputs: Inputs) throws -> Runner {
        .inProcess(arguments: [inputs.packageRoot.path])
    }

    func measure(arguments: [String], repetitions: Int) throws -> [Double] {
        let root = URL(fileURLWithPath: arguments[0])
        return try Stopwatch.samples(repetitions) {
            let library = ContentLibrary.load(root: root, displayBase: root)
            guard library.errorCount == 0, !library.decks.isEmpty else {
                throw BenchError("the bundled content has errors; run 'palpate check'")
            }
        }
    }
}
