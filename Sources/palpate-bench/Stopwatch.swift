/// Times closures with the monotonic clock.
enum Stopwatch {
    /// Milliseconds `body` takes.
    static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        try body()
        let elapsed = start.duration(to: clock.now)
        return Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15
    }

    /// `count` timings of `body`, in milliseconds.
    static func samples(_ count: Int, _ body: () throws -> Void) rethrows -> [Double] {
        try (0..<count).map { _ in try milliseconds(body) }
    }
}
