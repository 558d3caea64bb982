import Foundation
import Testing

@testable import PalpateCLI

@Suite struct ProcessEnvironmentTests {
    /// The variables of a C list made of `entries`.
    private func variables(_ entries: [String]) -> [String: String] {
        var pointers: [UnsafeMutablePointer<CChar>?] = entries.map { strdup($0) } + [nil]
        defer { for pointer in pointers { free(pointer) } }
        return pointers.withUnsafeMutableBufferPointer {
            ProcessEnvironment.variables(from: UnsafePointer($0.baseAddress!))
        }
    }

    @Test func splitsEachEntryAtItsFirstEqualsSign() {
        #expect(
            variables([
                "HOME=/home/ana", "NO_COLOR=", "PALPATE_NOW=2026-12-06T08:00:00Z", "FORMULA=a=b=c",
                "Größe=groß",
            ])
                == [
                    "HOME": "/home/ana", "NO_COLOR": "", "PALPATE_NOW": "2026-12-06T08:00:00Z",
                    "FORMULA": "a=b=c",
                    "Größe": "groß",
                ])
    }

    /// As `ProcessInfo` reads them: an entry without `=` is left out, and a name given twice
    /// keeps its last value.
    @Test func leavesOutEntriesWithoutAValueAndKeepsTheLastOfTwo() {
        #expect(variables(["JUNK", "TERM=dumb", "TERM=xterm-256color"]) == ["TERM": "xterm-256color"])
        #expect(variables([]) == [:])
    }

    @Test func readsThisProcesssEnvironmentAsProcessInfoDoes() {
        #expect(ProcessEnvironment.current() == ProcessInfo.processInfo.environment)
    }
}
