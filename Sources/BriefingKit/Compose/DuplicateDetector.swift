import Foundation

/// Finds the same story published twice — a syndicated wire copy, a page
/// saved again after a small correction — by shared runs of five words
/// (shingles), as near-duplicate detection in news aggregators does.
/// Candidates come from MinHash signatures cut into bands (locality-sensitive
/// hashing): articles share a band only when their shingles mostly agree, so
/// no pair of articles is compared unless it is likely a copy. Each
/// candidate pair is then checked on its actual shingles.
enum DuplicateDetector {
    static let shingleSize = 5
    /// Share of the shorter article's shingles the two must have in common:
    /// a copy with other furniture or a correction keeps nearly all of them,
    /// while two reports of one event rarely share half.
    static let containment = 0.8
    /// 16 bands of 3 hashes: pairs with 80% of their shingles in common meet
    /// in a band nearly always (>99.9%), with half 87% of the time, with 20% rarely.
    static let bands = 16, rows = 3
    /// A band shared by more articles than this is checked against its first
    /// article only, so even a story copied hundreds of times stays linear.
    static let largeBucket = 64

    /// For each copy, the id of the article it copies: the earliest dated of
    /// its group (ties by id), which is shown in its place.
    static func originals(_ articles: [Article]) -> [String: String] {
        let shingles = Parallel.map(articles) { Set(shinglesOf($0)) }
        let signatures = Parallel.map(shingles, signature)
        var buckets: [Int: [Int]] = [:]
        for (index, sig) in signatures.enumerated() where !sig.isEmpty {
            for band in 0..<bands {
                var hash = StableHash(seed: UInt64(band) &+ 1)
                for value in sig[(band * rows)..<((band + 1) * rows)] { hash.add(String(value)) }
                buckets[hash.value, default: []].append(index)
            }
        }
        var candidates: Set<Pair> = []
        for list in buckets.values where list.count > 1 {
            if list.count > largeBucket {
                for other in list.dropFirst() { candidates.insert(Pair(a: list[0], b: other)) }
            } else {
                for i in 0..<list.count { for j in (i + 1)..<list.count { candidates.insert(Pair(a: list[i], b: list[j])) } }
            }
        }
        let pairs = candidates.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
        let copies = Parallel.map(pairs) { pair -> Bool in
            let a = shingles[pair.a], b = shingles[pair.b]
            let smaller = min(a.count, b.count)
            return smaller > 0 && Double(a.intersection(b).count) >= containment * Double(smaller)
        }
        var groups = UnionFind(count: articles.count)
        for (pair, isCopy) in zip(pairs, copies) where isCopy { groups.union(pair.a, pair.b) }
        var members: [Int: [Int]] = [:]
        for index in articles.indices { members[groups.find(index), default: []].append(index) }
        var originals: [String: String] = [:]
        for group in members.values where group.count > 1 {
            let first = group.min { key(articles[$0]) < key(articles[$1]) }!
            for index in group where index != first { originals[articles[index].id] = articles[first].id }
        }
        return originals
    }

    /// The smallest value of each of `bands × rows` hash functions over the shingles.
    private static func signature(_ shingles: Set<Int>) -> [UInt64] {
        guard !shingles.isEmpty else { return [] }
        var minima = [UInt64](repeating: .max, count: bands * rows)
        for shingle in shingles {
            let base = UInt64(bitPattern: Int64(shingle))
            for k in 0..<minima.count {
                let value = mix(base &+ UInt64(k) &* 0x9E3779B97F4A7C15)
                if value < minima[k] { minima[k] = value }
            }
        }
        return minima
    }

    /// SplitMix64's finaliser: spreads similar inputs over all 64 bits.
    private static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }

    private struct Pair: Hashable { let a: Int; let b: Int }

    private static func key(_ a: Article) -> (Int, String) { (a.date?.dayNumber ?? Int.max, a.id) }

    private static func shinglesOf(_ article: Article) -> [Int] {
        let words = article.paragraphs.flatMap { Words.tokens($0) }
        guard words.count >= shingleSize else { return [] }
        return (0...(words.count - shingleSize)).map { i in
            var hasher = StableHash()
            for word in words[i..<(i + shingleSize)] { hasher.add(word.lowercased()) }
            return hasher.value
        }
    }
}
