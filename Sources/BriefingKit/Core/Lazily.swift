import Foundation

/// A value made the first time it is asked for, then kept; made at most
/// once, whichever thread asks first. For work only some builds need,
/// such as the hashes of a page's parts, which only a cache asks for.
final class Lazily<T>: @unchecked Sendable {   // `made` is guarded by `lock`
    private let lock = NSLock()
    private var made: T?
    private let make: () -> T

    init(_ make: @escaping () -> T) { self.make = make }

    var value: T {
        lock.withLock {
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}
