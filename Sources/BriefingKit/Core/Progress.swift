import Dispatch
import Foundation

/// Counts the finished items of a long step, from any thread, and passes
/// the count on at most ten times a second (a terminal shows it; a pipe
/// does not).
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let report: @Sendable (_ done: Int, _ total: Int, _ elapsed: Double) -> Void
    private let started = DispatchTime.now().uptimeNanoseconds
    private var done = 0
    private var lastReport: UInt64 = 0

    init(total: Int, report: @escaping @Sendable (Int, Int, Double) -> Void) {
        self.total = total
        self.report = report
    }

    func tick() {
        let due: (Int, Double)? = lock.withLock {
            done += 1
            // Read the clock inside the lock: another thread's later reading
            // must never be subtracted from an earlier one (that traps).
            let now = DispatchTime.now().uptimeNanoseconds
            guard now >= lastReport + 100_000_000 || done == total else { return nil }
            lastReport = now
            return (done, Double(now - started) / 1e9)
        }
        if let (count, elapsed) = due { report(count, total, elapsed) }
    }
}
