import Foundation

/// `watch` and `serve` print a warning once, not again at every rebuild
/// while it stands: a large corpus has hundreds that stay from build to
/// build, and a rebuild should show what the change did. The rest are
/// counted on one line (`repeats`). A warning that goes away and comes back
/// is printed again.
final class WarningsOnce: BuildLog, @unchecked Sendable {
    private let log: BuildLog
    private let lock = NSLock()
    /// Warnings of the last build, printed then or before.
    private var standing: Set<Diagnostic> = []
    private var thisBuild: Set<Diagnostic> = []
    private var repeated = 0

    init(_ log: BuildLog) { self.log = log }

    func info(_ message: String) { log.info(message) }
    func progress(step: String, done: Int, total: Int, elapsed: Double) {
        log.progress(step: step, done: done, total: total, elapsed: elapsed)
    }

    func warning(_ diagnostic: Diagnostic) { warnings([diagnostic]) }

    func warnings(_ diagnostics: [Diagnostic]) {
        let new = lock.withLock {
            diagnostics.filter { diagnostic in
                thisBuild.insert(diagnostic)
                if standing.contains(diagnostic) { repeated += 1; return false }
                return true
            }
        }
        if !new.isEmpty { log.warnings(new) }
    }

    /// Ends a build: how many of its warnings were not printed again. A
    /// failed build may have stopped before its warnings, so it forgets none.
    func finishBuild(succeeded: Bool) -> Int {
        lock.withLock {
            standing = succeeded ? thisBuild : standing.union(thisBuild)
            thisBuild = []
            defer { repeated = 0 }
            return repeated
        }
    }
}
