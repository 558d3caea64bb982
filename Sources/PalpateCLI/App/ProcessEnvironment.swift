#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// This process's environment variables, read from the C library's list.
///
/// `ProcessInfo.processInfo.environment` makes the same dictionary, but its first use in a
/// process looked up generic types by their mangled names and went through several copies:
/// 700,000 instructions with 35 variables, a third of all `palpate --version` ran. Every command
/// starts by reading the environment, so this reads it directly.
enum ProcessEnvironment {
    /// Each `NAME=value` entry as `[NAME: value]`, split at the first `=`; an entry without one
    /// is left out, and a name given twice keeps its last value (as `ProcessInfo` does).
    static func current() -> [String: String] {
        #if canImport(Darwin)
            let list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = _NSGetEnviron().pointee
        #else
            let list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = environ
        #endif
        guard let list else { return [:] }
        return variables(from: list)
    }

    /// The variables of a C list of `NAME=value` strings ending in a null pointer.
    static func variables(from entries: UnsafePointer<UnsafeMutablePointer<CChar>?>) -> [String: String] {
        var variables: [String: String] = [:]
        var next = entries
        while let entry = next.pointee {
            let bytes = UnsafeRawBufferPointer(start: entry, count: strlen(entry)).bindMemory(to: UInt8.self)
            if let equals = bytes.firstIndex(of: UInt8(ascii: "=")) {
                variables[String(decoding: bytes[..<equals], as: UTF8.self)] = String(
                    decoding: bytes[(equals + 1)...], as: UTF8.self)
            }
            next += 1
        }
        return variables
    }
}
