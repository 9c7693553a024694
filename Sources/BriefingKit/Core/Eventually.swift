import Dispatch

/// A value worked out on another thread while the caller goes on with
/// something else; `value` waits for it. The build reads what render
/// reuses, and saves the article cache, while compose runs: serial work of
/// a tenth of a second each that otherwise left a core idle.
final class Eventually<T>: @unchecked Sendable {   // `result` is written once, before `done` is left
    private let done = DispatchGroup()
    private var result: T?

    init(_ work: @escaping @Sendable () -> T) {
        done.enter()
        DispatchQueue.global().async {
            self.result = work()
            self.done.leave()
        }
    }

    var value: T {
        done.wait()
        return result!
    }
}
