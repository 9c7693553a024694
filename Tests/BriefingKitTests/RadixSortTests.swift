import Testing
@testable import BriefingKit

struct RadixSortTests {
    /// The same order as the standard library's sort by (key, position),
    /// on keys that share bytes, repeat, and use all 64 bits.
    @Test func sortsLikeTheStandardSortKeepingTheOrderOfEqualKeys() {
        var generator = SystemRandomNumberGenerator()
        for size in [0, 1, 2, 17, 5_000] {
            let keys: [UInt64] = (0..<size).map { i in
                switch i % 4 {
                case 0: UInt64.random(in: 0...UInt64.max, using: &generator)
                case 1: UInt64.random(in: 0..<16, using: &generator)   // many equal keys, differing in the low byte only
                case 2: UInt64.random(in: 0..<4, using: &generator) << 56
                default: UInt64(i / 8)
                }
            }
            let items = keys.enumerated().map { (key: $1, position: $0) }
            let expected = items.sorted { ($0.key, $0.position) < ($1.key, $1.position) }
            let sorted = RadixSort.byKey(items, key: \.key)
            #expect(sorted.map(\.key) == expected.map(\.key))
            #expect(sorted.map(\.position) == expected.map(\.position))
        }
    }
}
