import Foundation

/// Where the student's data lives, decided the same way every time.
public enum DataDirectory {
    /// The data directory: `--data-dir`, else `PALPATE_HOME`, else `$XDG_DATA_HOME/palpate`, else
    /// `~/.local/share/palpate`.
    ///
    /// A pure function of its inputs: the caller passes the environment and the two directories.
    /// Empty values count as unset; a relative `--data-dir` or `PALPATE_HOME` is taken from the
    /// current directory, while a relative `XDG_DATA_HOME` is ignored, as the XDG specification says.
    public static func resolve(
        option: String?, environment: [String: String], homeDirectory: URL, currentDirectory: URL
    ) -> URL {
        func absolute(_ path: String) -> URL {
            path.hasPrefix("/")
                ? URL(fileURLWithPath: path, isDirectory: true)
                : currentDirectory.appendingPathComponent(path, isDirectory: true)
        }
        if let option, !option.isEmpty { return absolute(option).standardizedFileURL }
        if let home = environment["PALPATE_HOME"], !home.isEmpty { return absolute(home).standardizedFileURL }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent(
                "palpate", isDirectory: true
            )
            .standardizedFileURL
        }
        return homeDirectory.appendingPathComponent(".local/share/palpate", isDirectory: true)
            .standardizedFileURL
    }
}
