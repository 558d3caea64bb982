import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `stat(2)` tells of a file: its size, when its content last changed, and its number on its
/// device.
///
/// `FileManager.attributesOfItem` also looks up the names of the file's owner and group, reading
/// `/etc/passwd` and `/etc/group` at every call: 26 reads for the 13 deck files the dashboard
/// looks at when it starts.
public struct FileStatus: Equatable, Sendable {
    public let size: Int
    public let modified: Date
    public let fileNumber: Int

    /// The file at `path` (a symbolic link is followed), or nil when it cannot be examined.
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int(info.st_size)
        #if canImport(Darwin)
            let time = info.st_mtimespec
        #else
            let time = info.st_mtim
        #endif
        modified = Date(timeIntervalSince1970: Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000)
        fileNumber = Int(truncatingIfNeeded: info.st_ino)
    }
}
