import CSQLite
import Foundation
import Testing

@testable import Progress

@Suite struct StoreErrorTests {
    private let path = "/data/progress.sqlite"

    private func sorted(_ code: Int32, errno: Int32? = nil) -> StoreError {
        StoreError.from(
            DatabaseError(extendedResultCode: code, message: "disk I/O error", systemErrorCode: errno),
            path: path)
    }

    @Test func aRefusedWriteNamesTheLikelyCausesAndPromisesWhatIsKept() {
        let writeError = SQLITE_IOERR | (3 << 8)  // SQLITE_IOERR_WRITE
        guard case .writeFailed(let location, let detail) = sorted(writeError) else {
            Issue.record("a failed write was sorted as \(sorted(writeError))")
            return
        }
        #expect(location == path && detail == "disk I/O error")
        let advice = sorted(writeError).description
        #expect(advice.contains("the disk may be full or failing, or a file size limit was reached"))
        #expect(advice.contains("everything saved before it is intact"))
    }

    @Test func theSystemsOwnReasonWinsWhenSQLiteKnowsIt() {
        guard case .diskFull = sorted(SQLITE_IOERR | (4 << 8), errno: ENOSPC),
            case .diskFull = sorted(SQLITE_IOERR, errno: EDQUOT)
        else {
            Issue.record("ENOSPC and EDQUOT should read as a full disk")
            return
        }
        #expect(
            DatabaseError(extendedResultCode: SQLITE_IOERR, message: "disk I/O error", systemErrorCode: EFBIG)
                .description.contains("(File too large)"))
    }

    @Test func aFailedReadIsNotCalledAFailedWrite() {
        guard case .database = sorted(SQLITE_IOERR | (1 << 8)),
            case .database = sorted(SQLITE_IOERR | (2 << 8))
        else {
            Issue.record("a failed read was sorted as a failed write")
            return
        }
    }
}
