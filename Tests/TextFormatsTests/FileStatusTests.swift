import Foundation
import Testing

@testable import TextFormats

@Suite struct FileStatusTests {
    @Test func sizeTimeAndNumberAreTheFilesAndALinkIsFollowed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("palpate-test-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("deck.json")
        try Data(repeating: 7, count: 1_234).write(to: file)
        let written = Date(timeIntervalSince1970: 1_767_225_600.25)
        try FileManager.default.setAttributes([.modificationDate: written], ofItemAtPath: file.path)

        let status = try #require(FileStatus(path: file.path))
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect(status.size == 1_234)
        #expect(abs(status.modified.timeIntervalSince(written)) < 0.000_01)
        #expect(status.fileNumber == attributes[.systemFileNumber] as? Int)

        let link = folder.appendingPathComponent("link.json")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: file)
        #expect(FileStatus(path: link.path) == status)
        #expect(FileStatus(path: folder.appendingPathComponent("missing.json").path) == nil)
    }
}
