import Foundation

/// Values held until the process exits (see `BuildOptions.leavesMemoryToExit`).
enum ExitingProcess {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [Any] = []
    static func keep(_ values: [Any]) { lock.withLock { kept.append(values) } }
}
