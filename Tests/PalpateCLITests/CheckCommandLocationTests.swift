import Foundation
import Testing

@testable import PalpateCLI

@Suite struct CheckLocationTests {
    @Test func aLessonFileThatIsNotUTF8IsReportedAtItsFirstBadByte() throws {
        let folder = temporaryDataDirectory()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("latin1.md")
        try Data(Array("---\nid: caf".utf8) + [0xE9] + Array("\ntitle: x\n".utf8)).write(to: file)
        let run = runPalpate(["check", file.path], directory: folder)
        #expect(run.exitCode == .failure)
        #expect(
            run.errorOutput.hasPrefix("latin1.md:2:8: error: this file is not valid UTF-8 text"),
            "\(run.errorOutput)")
    }
}
