/// A 64-bit hash that takes text eight bytes at a time (MurmurHash3's
/// mixing steps), for fingerprints of large values: `StableHash` takes one
/// byte per multiply, which made hashing every page's values a second of
/// CPU at 10,000 articles. Stable across runs and machines, unlike Swift's
/// seeded `Hasher`. Written by hand: no package on this machine offers a
/// stable streaming hash.
struct WordHash {
    private var state: UInt64
    private static let c1: UInt64 = 0x87c3_7b91_1142_53d5
    private static let c2: UInt64 = 0x4cf5_ad43_2745_937f

    init(seed: UInt64 = 0x9e37_79b9_7f4a_7c15) { state = seed }

    mutating func add(_ word: UInt64) {
        var k = word &* Self.c1
        k = (k << 31) | (k >> 33)
        state ^= k &* Self.c2
        state = ((state << 27) | (state >> 37)) &* 5 &+ 0x52dc_e729
    }

    mutating func add(_ number: Int) { add(UInt64(bitPattern: Int64(number))) }

    /// The bytes of `text`, then its length, so "ab"+"c" differs from "a"+"bc".
    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    /// Bytes, eight at a time, then their count.
    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset + 8 <= bytes.count {
            add(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        var tail: UInt64 = 0
        for (shift, byte) in bytes[offset...].enumerated() { tail |= UInt64(byte) << (8 * UInt64(shift)) }
        add(tail)
        add(bytes.count)
    }

    /// Words as their sorted, distinct hashes: made once per article and
    /// cached, so that comparing two texts counts shared numbers in two
    /// sorted lists (`sharedCount`) and never hashes a string again. Two
    /// words with one hash would count as one; among the few hundred
    /// thousand words of a corpus the odds are about one in a hundred million.
    static func sortedHashes(of words: some Sequence<String>) -> [UInt64] {
        Set(words.map { word in
            var hash = WordHash()
            hash.add(word)
            return hash.value
        }).sorted()
    }

    /// Sorts hashes and keeps each once, in place: what `sortedHashes`
    /// gives, for hashes made another way (from a text's bytes).
    static func sortDistinct(_ hashes: inout [UInt64]) {
        hashes.sort()
        var distinct = 0
        for h in hashes where distinct == 0 || hashes[distinct - 1] != h {
            hashes[distinct] = h
            distinct += 1
        }
        hashes.removeLast(hashes.count - distinct)
    }

    /// How many numbers two sorted lists share.
    static func sharedCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0, j = 0, count = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { count += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return count
    }

    /// The hash, with every input bit spread over every output bit.
    var value: UInt64 {
        var h = state
        h ^= h >> 33; h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33; h = h &* 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h
    }
}
