import Foundation
import Testing

@testable import PalpateCLI

@Suite struct RestoreCommandTests {
    @Test func skippedCardsAreListedAndRestored() throws {
        let student = Student()
        let morning = Date(timeIntervalSince1970: 1_767_258_000)
        _ = student.review(["s", "q"], at: morning)
        let list = runPalpate(["--data-dir", student.data.path, "restore"], now: morning)
        #expect(list.output.contains("mini/mc  skipped"))
        let restored = runPalpate(["--data-dir", student.data.path, "restore", "mini/mc"], now: morning)
        #expect(restored.output == "Restored mini/mc.\n")
        #expect(try student.store().cardState(id: "mini/mc")?.buriedUntil == nil)
        let unknown = runPalpate(["--data-dir", student.data.path, "restore", "mini/zz"], now: morning)
        #expect(unknown.exitCode == .failure)
    }
}
