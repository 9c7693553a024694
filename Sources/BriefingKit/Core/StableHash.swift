import Foundation

/// FNV-1a over bytes: the same value on every run (Swift's Hasher is seeded
/// per process), so groups and ties never depend on the run.
struct StableHash {
    private(set) var value: Int
    init(seed: UInt64 = 0xcbf29ce484222325) { value = Int(bitPattern: UInt(seed)) }
    mutating func add(_ text: String) { add(bytes: text.utf8) }
    mutating func add(_ data: Data) { add(bytes: data) }
    private mutating func add(bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= Int(byte)
            value = value &* 0x100000001b3
        }
        value ^= 0x1f
    }
}
