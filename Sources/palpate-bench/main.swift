import Foundation
import PalpateCLI

// palpate-bench measures palpate. With `--run-palpate ARGS…` it IS palpate (the same code as
// the palpate executable, through `AppContext.live`), so whole-process scenarios time a real
// palpate process without depending on a separately built binary.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "--run-palpate":
    InterruptSignal.install()
    MemoryPolicy.install()
    let code = PalpateApp.run(.live(arguments: Array(arguments.dropFirst()), packageRoot: packageRoot))
    PeakMemory.report()
    exit(code.rawValue)
case "--measure":
    // As palpate itself runs: the in-process scenarios time the code palpate runs.
    MemoryPolicy.install()
    exit(MeasureChild.run(Array(arguments.dropFirst())))
default:
    exit(Benchmark.run(arguments, packageRoot: packageRoot))
}
