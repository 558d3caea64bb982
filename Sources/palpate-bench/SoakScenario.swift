import Foundation
import TextFormats

/// A scenario that runs only when named with `--only`: it takes minutes, not seconds.
protocol OnRequestScenario: Scenario {}

/// A simulated year of daily study for a class, through the real palpate processes, then every
/// report and the class view, and checks that nothing was lost (see `SoakChecks`).
///
/// `palpate-bench --only soak [--soak-students N] [--soak-days N]`. One sample: the whole soak.
struct SoakScenario: InProcessScenario, OnRequestScenario {
    var name: String { "soak" }
    var size: String { "\(Self.students) students × \(Self.days) days" }
    var target: Target { .under(milliseconds: 30 * 60_000) }
    var work: Work { Work(count: Double(Self.students * Self.days), unit: "student-days/s") }
    var countsForPeakMemory: Bool { false }
    func repetitions(quick: Bool) -> Int { 1 }

    /// The size when none is given: see the README's Performance section for why.
    static let defaultStudents = 20
    static let defaultDays = 365
    /// Set by `--soak-students` and `--soak-days` before the run.
    nonisolated(unsafe) static var students = defaultStudents
    nonisolated(unsafe) static var days = defaultDays

    func prepare(_ inputs: Inputs) throws -> Runner {
        let folder = inputs.root.appendingPathComponent("soak")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return .inProcess(arguments: [
            folder.path, inputs.packageRoot.path, String(Self.students), String(Self.days), "2026",
        ])
    }

    func measure(arguments: [String], repetitions: Int) throws -> [Double] {
        guard arguments.count == 5, let students = Int(arguments[2]), let days = Int(arguments[3]),
            let seed = UInt64(arguments[4]), students > 0, days > 0
        else { throw BenchError("soak: expected FOLDER CONTENT STUDENTS DAYS SEED") }
        signal(SIGPIPE, SIG_IGN)
        let folder = URL(fileURLWithPath: arguments[0])
        let plan = SoakStudent.Plan(students: students, days: days, seed: seed)
        let clock = ContinuousClock()
        let start = clock.now
        let tallies = SoakTallies(count: students)
        // Two workers per core, each taking the next student until none is left: a session spends
        // most of its time waiting (an fsync per answer, the delay before a kill), not computing.
        // (Threads, not `concurrentPerform`, which runs no more at once than there are cores.)
        let workers = DispatchGroup()
        for _ in 0..<(2 * ProcessInfo.processInfo.activeProcessorCount) {
            workers.enter()
            Thread {
                defer { workers.leave() }
                while let index = tallies.nextStudent() {
                    tallies.set(index, Self.live(index, plan: plan, folder: folder, content: arguments[1]))
                }
            }.start()
        }
        workers.wait()
        let classView = try SoakChecks.classView(folder: folder, plan: plan, content: arguments[1])
        let elapsed = start.duration(to: clock.now)
        let milliseconds =
            Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15
        let checks = SoakChecks(
            plan: plan, tallies: tallies.all, classView: classView, milliseconds: milliseconds)
        Log.note(checks.table)
        guard checks.passed else { throw BenchError("soak: a check failed (see the table above)") }
        return [milliseconds]
    }
}

extension SoakScenario {
    /// One student's year and the checks of their store and reports.
    fileprivate static func live(_ index: Int, plan: SoakStudent.Plan, folder: URL, content: String)
        -> SoakStudent.Tally
    {
        let student = SoakStudent(
            index: index, plan: plan, content: content,
            folder: folder.appendingPathComponent("student-\(index + 1)"))
        do {
            var tally = try student.run()
            try SoakChecks.examine(student, at: plan, tally: &tally)
            return tally
        } catch {
            var tally = SoakStudent.Tally()
            tally.failures.append("student \(index + 1): \(error)")
            return tally
        }
    }
}

/// The students' tallies, filled by the workers.
final class SoakTallies: @unchecked Sendable {
    private let lock = NSLock()
    private var tallies: [SoakStudent.Tally]
    private var next = 0

    init(count: Int) { tallies = Array(repeating: SoakStudent.Tally(), count: count) }

    func nextStudent() -> Int? {
        lock.withLock {
            guard next < tallies.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func set(_ index: Int, _ tally: SoakStudent.Tally) { lock.withLock { tallies[index] = tally } }
    var all: [SoakStudent.Tally] { lock.withLock { tallies } }
}
