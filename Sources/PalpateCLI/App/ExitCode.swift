/// Exit statuses, decided in one place.
public enum ExitCode: Int32, Sendable {
    case success = 0
    /// A check found errors, or the user's request could not be carried out.
    case failure = 1
    /// The command line was wrong (BSD `EX_USAGE`).
    case usage = 64
    /// Ctrl-C (128 + SIGINT).
    case interrupted = 130
}
