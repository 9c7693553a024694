import Foundation

/// FNV-1a over bytes: the same value on every run (Swift's Hasher is seeded
/// per process), so groups and ties never depend on the run.
struct StableHash {
    private(set) var value: Int
    init(seed: UInt64 = 0xcbf29ce484222325) { value = Int(bitPattern: UInt(seed)) }
    fileprivate init(value: Int) { self.value = value }
    mutating func add(_ text: String) { add(bytes: text.utf8) }
    /// On the contiguous bytes: a seed's cache key hashes all of it, twice,
    /// and stepping `Data`'s iterator byte by byte cost a percent of a build.
    mutating func add(_ data: Data) { data.withUnsafeBytes { add(bytes: $0) } }
    /// As `add(text.lowercased())` for a text whose bytes are all ASCII, lower-cased byte
    /// by byte with no string made; false, and the hash left unusable,
    /// when a byte is not ASCII.
    mutating func add(lowercasingASCII bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes {
            guard byte < 0x80 else { return false }
            value ^= Int(byte &- 65 < 26 ? byte | 0x20 : byte)
            value = value &* 0x100000001b3
        }
        value ^= 0x1f
        return true
    }
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
    /// Both hashes in one pass over the bytes, each as `StableHash.add` makes it.
    mutating func add(_ data: Data) {
        data.withUnsafeBytes { bytes in
            var x = a.value, y = b.value
            for byte in bytes {
                x = (x ^ Int(byte)) &* 0x100000001b3
                y = (y ^ Int(byte)) &* 0x100000001b3
            }
            a = StableHash(value: x ^ 0x1f)
            b = StableHash(value: y ^ 0x1f)
        }
    }

    var hex: String {
        [a.value, b.value].map { value in
            let hex = String(UInt64(bitPattern: Int64(value)), radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }
}
