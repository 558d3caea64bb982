import Foundation
import Testing

@testable import Progress

@Suite struct SessionLockTests {
    @Test func aSecondSessionIsToldWhoHoldsTheLock() throws {
        let temporary = try TemporaryDirectory()
        let first = try openStore(temporary, holder: holder(pid: 1234, at: may1 + minutes(2)))
        let error = storeError { _ = try openStore(temporary, holder: holder(pid: 5678)) }
        guard case .sessionAlreadyRunning(let holder?, _)? = error else {
            Issue.record("expected sessionAlreadyRunning naming the holder, got \(String(describing: error))")
            return
        }
        #expect(holder.pid == 1234)
        #expect(holder.host == "laptop")
        // 08:02 UTC is 10:02 in Berlin, where the first session was started.
        #expect(
            error?.description.hasPrefix(
                "a session is already running (pid 1234 on laptop since 10:02 on 2024-05-01)")
                == true)
        _ = first
    }

    @Test func readOnlyCommandsOpenWithoutTheLockDuringASession() throws {
        let temporary = try TemporaryDirectory()
        let session = try openStore(temporary, holder: holder(pid: 1234))
        try session.markLessonRead("lesson-01", at: may1)
        let stats = try openStore(temporary)
        #expect(try stats.lessonsRead().keys.contains("lesson-01"))
    }

    @Test func closingTheStoreReleasesTheLock() throws {
        let temporary = try TemporaryDirectory()
        try openStore(temporary, holder: holder(pid: 1234)).close()
        let next = try openStore(temporary, holder: holder(pid: 5678))
        let text = try String(
            contentsOf: temporary.url.appendingPathComponent("session.lock"), encoding: .utf8)
        #expect(text.contains("pid 5678"))
        _ = next
    }

    @Test func droppingTheStoreReleasesTheLock() throws {
        let temporary = try TemporaryDirectory()
        do { _ = try openStore(temporary, holder: holder(pid: 1234)) }
        #expect(throws: Never.self) { _ = try openStore(temporary, holder: holder(pid: 5678)) }
    }

    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: "/bin/sh")
                && ["/usr/bin/flock", "/bin/flock"].contains {
                    FileManager.default.isExecutableFile(atPath: $0)
                },
            "needs flock(1) to hold the lock from another process"))
    func aKilledHolderLeavesNoStaleLock() throws {
        let temporary = try TemporaryDirectory()
        let lockPath = temporary.url.appendingPathComponent(ProgressStore.lockFileName).path
        let marker = temporary.url.appendingPathComponent("locked").path
        // The shell keeps descriptor 9 (and so the flock) open in the process we start and kill.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/sh")
        child.arguments = [
            "-c", "exec 9>>\"$1\"; flock -n 9 || exit 1; : > \"$2\"; exec sleep 30", "sh", lockPath, marker,
        ]
        try child.run()
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: marker) && Date() < deadline && child.isRunning {
            usleep(20_000)
        }
        try #require(FileManager.default.fileExists(atPath: marker), "the child never took the lock")

        let error = storeError { _ = try openStore(temporary, holder: holder(pid: 5678)) }
        guard case .sessionAlreadyRunning(nil, _)? = error else {
            Issue.record(
                "expected sessionAlreadyRunning without a readable holder, got \(String(describing: error))")
            kill(child.processIdentifier, SIGKILL)
            return
        }
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(throws: Never.self) { _ = try openStore(temporary, holder: holder(pid: 5678)) }
    }

    @Test func theLockFileTextRoundTrips() throws {
        let written = holder(pid: 4321)
        let read = try #require(SessionHolder(lockFileText: written.lockFileText))
        #expect(read == written)
        #expect(read.started == "2024-05-01T10:00:00+02:00")
        #expect(SessionHolder(lockFileText: "") == nil)
    }
}
