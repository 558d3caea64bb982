import Foundation
import Testing

@testable import Progress

@Suite struct DataDirectoryTests {
    private let home = URL(fileURLWithPath: "/home/ada", isDirectory: true)
    private let here = URL(fileURLWithPath: "/work/class", isDirectory: true)

    private func resolve(_ option: String?, _ environment: [String: String]) -> String {
        DataDirectory.resolve(
            option: option, environment: environment, homeDirectory: home, currentDirectory: here
        )
        .path
    }

    @Test func theOptionWinsOverEverything() {
        let environment = ["PALPATE_HOME": "/p", "XDG_DATA_HOME": "/x"]
        #expect(resolve("/data/palpate", environment) == "/data/palpate")
        #expect(resolve("mine", environment) == "/work/class/mine")
    }

    @Test func thenPalpateHome() {
        #expect(resolve(nil, ["PALPATE_HOME": "/p", "XDG_DATA_HOME": "/x"]) == "/p")
        #expect(resolve(nil, ["PALPATE_HOME": "rel/p"]) == "/work/class/rel/p")
    }

    @Test func thenTheXDGDataHome() {
        #expect(resolve(nil, ["XDG_DATA_HOME": "/x/share"]) == "/x/share/palpate")
    }

    @Test func emptyOrRelativeValuesFallThroughToTheHomeDefault() {
        #expect(
            resolve("", ["PALPATE_HOME": "", "XDG_DATA_HOME": "relative"]) == "/home/ada/.local/share/palpate"
        )
        #expect(resolve(nil, [:]) == "/home/ada/.local/share/palpate")
    }
}
