import Dispatch
import Foundation

/// Work on independent items spread over the machine's cores, with results
/// in the items' order — so the output never depends on the scheduling.
enum Parallel {
    static let workers = ProcessInfo.processInfo.activeProcessorCount

    static func map<T: Sendable, U: Sendable>(_ items: [T], progress: Progress? = nil, _ transform: @Sendable (T) -> U) -> [U] {
        let count = items.count
        let workers = Self.workers
        if count < 2 || workers < 2 { return items.map { let result = transform($0); progress?.tick(); return result } }
        let results = UnsafeMutableBufferPointer<U?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let slots = Slots(buffer: results)
        // Each worker takes the next item not yet taken, so a few heavy items
        // (the pages that list every article) end up on different cores
        // instead of in one worker's share.
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: min(workers, count)) { worker in
            let outer = pthread_getspecific(workerKey)
            pthread_setspecific(workerKey, UnsafeRawPointer(bitPattern: worker))
            defer { pthread_setspecific(workerKey, outer) }
            while let i = next.take(below: count) {
                slots.buffer[i] = transform(items[i])   // each index is taken by one worker only
                progress?.tick()
            }
        }
        // Moved out, not copied: a copy of each result and the release of
        // the original cost a retain and a release per reference it holds,
        // on one core, after the parallel part.
        return Array(unsafeUninitializedCapacity: count) { array, initialized in
            for i in 0..<count { (array.baseAddress! + i).initialize(to: (results.baseAddress! + i).move()!) }
            initialized = count
        }
    }

    /// Which of `map`'s workers runs the calling code: 0 to the number of
    /// cores less one, and 0 outside `map`. For values every worker reads
    /// over and over, copied once per worker (`TemplateSet`): when two cores
    /// retain and release the same objects, each atomic count bounces the
    /// object's cache line between them.
    static var worker: Int { Int(bitPattern: pthread_getspecific(workerKey)) }

    private static let workerKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    private struct Slots<U>: @unchecked Sendable { let buffer: UnsafeMutableBufferPointer<U?> }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func take(below limit: Int) -> Int? {
            lock.withLock {
                guard value < limit else { return nil }
                defer { value += 1 }
                return value
            }
        }
    }
}
