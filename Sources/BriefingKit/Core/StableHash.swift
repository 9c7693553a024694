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

/// Two independent FNV hashes — 128 bits, shown as 32 hex digits — for cache
/// keys, where a collision would serve stale output.
struct StableDigest {
    private var a = StableHash(), b = StableHash(seed: 0x84222325cbf29ce4)
    mutating func add(_ text: String) { a.add(text); b.add(text) }
    mutating func add(_ data: Data) { a.add(data); b.add(data) }

    var hex: String {
        [a.value, b.value].map { value in
            let hex = String(UInt64(bitPattern: Int64(value)), radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }
}
