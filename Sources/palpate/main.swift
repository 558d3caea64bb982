import Foundation
import PalpateCLI

// The package this executable was built from holds the bundled lessons and decks.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
InterruptSignal.install()
MemoryPolicy.install()
exit(
    PalpateApp.run(.live(arguments: Array(CommandLine.arguments.dropFirst()), packageRoot: packageRoot))
        .rawValue)
