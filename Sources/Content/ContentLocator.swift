import Foundation
import TextFormats

/// Decides which folder the lessons and decks come from.
///
/// In order: `--content DIR`, then `PALPATE_CONTENT`, then the current folder when it holds
/// `Curriculum/` or `Quizzes/`, then the package the executable was built from. An instructor's
/// own folder works exactly like the bundled one.
public struct ContentLocator: Sendable {
    public var option: String?
    public var environment: [String: String]
    public var currentDirectory: URL
    /// The source package the executable was built from (its bundled content), if known.
    public var packageRoot: URL?

    public init(option: String?, environment: [String: String], currentDirectory: URL, packageRoot: URL?) {
        self.option = option
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.packageRoot = packageRoot
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notAContentFolder(path: String, source: String)
        case noContentFound

        public var description: String {
            switch self {
            case .notAContentFolder(let path, let source):
                "\(source) points to \(QuotedInput.quote(path)), which holds neither a Curriculum/ nor a Quizzes/ folder; "
                    + "point it at a folder that holds them"
            case .noContentFound:
                "no content found: run Palpate from a folder holding Curriculum/ and Quizzes/, "
                    + "or give --content DIR (or set PALPATE_CONTENT)"
            }
        }
    }

    public func locate() throws(Failure) -> URL {
        if let option {
            return try checked(option, source: "--content")
        }
        if let variable = environment["PALPATE_CONTENT"], !variable.isEmpty {
            return try checked(variable, source: "PALPATE_CONTENT")
        }
        if Self.holdsContent(currentDirectory) { return currentDirectory }
        if let packageRoot, Self.holdsContent(packageRoot) { return packageRoot }
        throw .noContentFound
    }

    private func checked(_ path: String, source: String) throws(Failure) -> URL {
        let url = URL.resolving(path, against: currentDirectory)
        guard Self.holdsContent(url) else { throw .notAContentFolder(path: path, source: source) }
        return url
    }

    static func holdsContent(_ folder: URL) -> Bool {
        isDirectory(folder.appendingPathComponent("Curriculum"))
            || isDirectory(folder.appendingPathComponent("Quizzes"))
    }

    static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }
}
