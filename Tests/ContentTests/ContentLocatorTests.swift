import Foundation
import Testing

@testable import Content

private func locate(
    option: String? = nil, environment: [String: String] = [:], currentDirectory: URL, packageRoot: URL? = nil
) throws(ContentLocator.Failure) -> String {
    try ContentLocator(
        option: option, environment: environment, currentDirectory: currentDirectory, packageRoot: packageRoot
    ).locate().standardizedFileURL.path
}

private func failure(_ locator: ContentLocator) -> ContentLocator.Failure? {
    do {
        _ = try locator.locate()
        return nil
    } catch {
        return error
    }
}

@Suite struct ContentLocatorTests {
    @Test func prefersTheOptionThenTheVariableThenTheCurrentFolderThenThePackage() throws {
        try withContentFolder { root in
            try makeFolders(
                "option/Curriculum", "variable/Curriculum", "current/Quizzes", "package/Curriculum", "empty",
                in: root)
            let option = root.appendingPathComponent("option").path
            let environment = ["PALPATE_CONTENT": root.appendingPathComponent("variable").path]
            let current = root.appendingPathComponent("current")
            let package = root.appendingPathComponent("package")
            let empty = root.appendingPathComponent("empty")

            #expect(
                try locate(
                    option: option, environment: environment, currentDirectory: current, packageRoot: package)
                    == option)
            #expect(
                try locate(environment: environment, currentDirectory: current, packageRoot: package)
                    == root.appendingPathComponent("variable").path)
            #expect(try locate(currentDirectory: current, packageRoot: package) == current.path)
            #expect(try locate(currentDirectory: empty, packageRoot: package) == package.path)
        }
    }

    @Test func resolvesARelativeOptionAgainstTheCurrentFolder() throws {
        try withContentFolder { root in
            try makeFolders("work/course/Quizzes", in: root)
            let work = root.appendingPathComponent("work")
            #expect(
                try locate(option: "course", currentDirectory: work)
                    == work.appendingPathComponent("course").path)
            #expect(
                try locate(option: "../work/./course", currentDirectory: work)
                    == work.appendingPathComponent("course").path)
        }
    }

    @Test func ignoresAnEmptyVariable() throws {
        try withContentFolder { root in
            try makeFolders("Curriculum", in: root)
            #expect(try locate(environment: ["PALPATE_CONTENT": ""], currentDirectory: root) == root.path)
        }
    }

    @Test func reportsAnOptionThatHoldsNoContentInsteadOfFallingBack() throws {
        try withContentFolder { root in
            try makeFolders("Curriculum", "elsewhere", in: root)
            let locator = ContentLocator(
                option: "elsewhere", environment: [:], currentDirectory: root, packageRoot: root)
            let error = failure(locator)
            #expect(error == .notAContentFolder(path: "elsewhere", source: "--content"))
            #expect(
                error?.description
                    == "--content points to 'elsewhere', which holds neither a Curriculum/ nor a Quizzes/ folder; "
                    + "point it at a folder that holds them")
        }
    }

    @Test func reportsAVariableThatHoldsNoContent() throws {
        try withContentFolder { root in
            try makeFolders("Curriculum", in: root)
            let locator = ContentLocator(
                option: nil, environment: ["PALPATE_CONTENT": "/nonexistent/palpate"], currentDirectory: root,
                packageRoot: root)
            let error = failure(locator)
            #expect(error == .notAContentFolder(path: "/nonexistent/palpate", source: "PALPATE_CONTENT"))
            #expect(
                error?.description
                    == "PALPATE_CONTENT points to '/nonexistent/palpate', which holds neither a Curriculum/ nor a "
                    + "Quizzes/ folder; point it at a folder that holds them")
        }
    }

    @Test func reportsThatNoContentWasFound() throws {
        try withContentFolder { root in
            try makeFolders("package", in: root)
            for package in [nil, root.appendingPathComponent("package")] {
                let error = failure(
                    ContentLocator(
                        option: nil, environment: [:], currentDirectory: root, packageRoot: package))
                #expect(error == .noContentFound)
                #expect(
                    error?.description
                        == "no content found: run Palpate from a folder holding Curriculum/ and Quizzes/, "
                        + "or give --content DIR (or set PALPATE_CONTENT)")
            }
        }
    }

    @Test func doesNotMistakeAFileForAContentFolder() throws {
        try withContentFolder(["Curriculum": "a file, not a folder"]) { root in
            #expect(
                failure(
                    ContentLocator(option: nil, environment: [:], currentDirectory: root, packageRoot: nil))
                    == .noContentFound)
        }
    }

    @Test func findsTheBundledContentFromThePackageRoot() throws {
        try withContentFolder { empty in
            let found = try locate(currentDirectory: empty, packageRoot: packageRoot)
            #expect(found == packageRoot.standardizedFileURL.path)
        }
    }
}
