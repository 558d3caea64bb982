import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a command's `--output FILE` safely: all or nothing, and only that file.
///
/// The text goes to a new temporary file in the destination's folder (created exclusively, so
/// nothing existing is touched), is flushed to disk, then takes the destination's name in one
/// step: a hard link when the file must not exist yet (which fails rather than replace one that
/// appeared meanwhile), a rename with `--force`. A destination that is a folder, a symbolic link
/// (it could point anywhere) or anything but a regular file is refused, as is a missing folder:
/// nothing is created but the named file.
struct OutputFile {
    let path: String
    let url: URL
    let force: Bool
    /// Makes temporary names unique per process (no randomness below the executable).
    let processID: Int32
    /// A file name of the kind written (`report.json`, `deck.gift`), for "give a file name inside
    /// it, e.g. FOLDER/NAME" when the path is a folder.
    let exampleName: String
    /// Runs once the text is in the temporary file, before it is placed: tests send Ctrl-C here.
    var beforePlacing: () -> Void = {}

    init(path: String, force: Bool, currentDirectory: URL, processID: Int32, exampleName: String) {
        self.path = path
        self.exampleName = exampleName
        url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : currentDirectory.appendingPathComponent(path)
        self.force = force
        self.processID = processID
    }

    func write(_ text: String) throws { try write(bytes: Array(text.utf8)) }

    func write(bytes: [UInt8]) throws {
        if path.isEmpty { throw CommandFailure("--output needs a file name") }
        if path.hasSuffix("/") || url.lastPathComponent == "." || url.lastPathComponent == ".." {
            throw CommandFailure(
                "\(path) is a folder; give a file name inside it, e.g. \((path as NSString).appendingPathComponent(exampleName))"
            )
        }
        try checkDestination()
        let folder = url.deletingLastPathComponent().path
        var folderInfo = stat()
        guard stat(folder, &folderInfo) == 0, folderInfo.st_mode & S_IFMT == S_IFDIR else {
            throw CommandFailure(
                "cannot write \(path): the folder \(folder) does not exist (create it first)")
        }
        // Ctrl-C while the file is written is held until it is complete, and then nothing is
        // placed: the command ends with no file rather than half of one (or a stray temporary).
        let interrupted = try InterruptSignal.deferred { interrupted in
            let (descriptor, temporary) = try createTemporary(in: folder)
            do {
                try writeAll(bytes, to: descriptor, temporary: temporary)
                beforePlacing()
            } catch {
                close(descriptor)
                unlink(temporary)
                throw error
            }
            close(descriptor)
            if interrupted() {
                unlink(temporary)
                return
            }
            try place(temporary)
        }
        if interrupted { throw CommandInterrupted("interrupted; \(path) was not written") }
    }

    private func checkDestination() throws {
        var info = stat()
        guard lstat(url.path, &info) == 0 else {
            if errno == ENOENT { return }
            throw CommandFailure("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        switch info.st_mode & S_IFMT {
        case S_IFLNK:
            throw CommandFailure(
                "\(path) is a symbolic link; reports are not written through links (it could point anywhere), "
                    + "give the real file's path")
        case S_IFDIR:
            throw CommandFailure(
                "\(path) is a folder; give a file name inside it, e.g. \((path as NSString).appendingPathComponent(exampleName))"
            )
        case S_IFREG:
            if !force { throw CommandFailure("\(path) already exists; add --force to replace it") }
        default:
            throw CommandFailure("\(path) is not a regular file (a device, pipe or socket); give a file name")
        }
    }

    private func createTemporary(in folder: String) throws -> (Int32, String) {
        for attempt in 0..<100 {
            let name = "\(folder)/.\(url.lastPathComponent).palpate-\(processID)-\(attempt).tmp"
            let descriptor = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor >= 0 { return (descriptor, name) }
            if errno != EEXIST { break }
        }
        throw CommandFailure("cannot write \(path): \(String(cString: strerror(errno)))")
    }

    private func writeAll(_ bytes: [UInt8], to descriptor: Int32, temporary: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes {
                systemWrite(descriptor, $0.baseAddress, $0.count)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw CommandFailure("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            offset += written
        }
        guard fsync(descriptor) == 0 else {
            throw CommandFailure("cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }

    private func place(_ temporary: String) throws {
        defer { unlink(temporary) }
        if force {
            guard rename(temporary, url.path) == 0 else {
                throw CommandFailure("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            return
        }
        if link(temporary, url.path) == 0 { return }
        if errno == EEXIST { throw CommandFailure("\(path) already exists; add --force to replace it") }
        // Some file systems have no hard links: check again and rename.
        var info = stat()
        guard lstat(url.path, &info) != 0, errno == ENOENT, rename(temporary, url.path) == 0 else {
            throw CommandFailure("cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }
}

/// The C library's `write`, named apart from `OutputFile.write`.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}

extension OutputFile {
    /// The file named by `--output` (honouring `--force`), or `nil` to write to standard output;
    /// `example` is a name of the kind written, for the hint when a folder is given.
    static func requested(by arguments: ParsedArguments, session: AppSession, example: String) -> OutputFile?
    {
        arguments.value("--output").map {
            OutputFile(
                path: $0, force: arguments.has("--force"), currentDirectory: session.context.currentDirectory,
                processID: session.context.processID, exampleName: example)
        }
    }
}
