import Dispatch
import Foundation

/// Work on independent items spread over the machine's cores, with results
/// in the items' order — so the output never depends on the scheduling.
enum Parallel {
    static func map<T: Sendable, U: Sendable>(_ items: [T], progress: Progress? = nil, _ transform: @Sendable (T) -> U) -> [U] {
        let count = items.count
        let workers = ProcessInfo.processInfo.activeProcessorCount
        if count < 2 || workers < 2 { return items.map { let result = transform($0); progress?.tick(); return result } }
        let results = UnsafeMutableBufferPointer<U?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deinitialize(); results.deallocate() }
        let slots = Slots(buffer: results)
        // A few chunks per core even out articles of very different lengths.
        let chunks = min(count, workers * 8)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            for i in (chunk * count / chunks)..<((chunk + 1) * count / chunks) {
                slots.buffer[i] = transform(items[i])   // each index is written by one chunk only
                progress?.tick()
            }
        }
        return results.map { $0! }
    }

    private struct Slots<U>: @unchecked Sendable { let buffer: UnsafeMutableBufferPointer<U?> }
}
