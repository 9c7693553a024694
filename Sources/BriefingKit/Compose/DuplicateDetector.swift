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
    /// A band shared by more articles than this is not paired up whole: each
    /// article is compared with its next few neighbours in signature order,
    /// so even a story copied hundreds of times stays linear.
    static let largeBucket = 64
    static let neighbours = 4
    /// Share of equal signature values above which a pair is checked on its
    /// shingles; a copy's estimate is near 1, a related report's far lower.
    static let likelyCopy = 0.6

    /// For each copy, the id of the article it copies: the earliest dated of
    /// its group (ties by id), which is shown in its place.
    static func originals(_ articles: [Article]) -> [String: String] {
        originals(articles, signatures: Parallel.map(articles, signature(of:)))
    }

    /// As `originals`, with each article's `signature(of:)` (same indices);
    /// shingles are made again only for the articles of likely pairs.
    static func originals(_ articles: [Article], signatures: [[UInt64]]) -> [String: String] {
        search(articles, signatures: signatures).originals
    }

    /// As `originals`. With `contents` (same indices: a hash of what each
    /// article is made from, see `CopySearchMemo`), the buckets and pairs of
    /// an `earlier` search whose members are the same are not compared
    /// again, and `memo` holds what this search found, for the next.
    static func search(_ articles: [Article], signatures: [[UInt64]], contents: [UInt64]? = nil,
                       earlier: CopySearchMemo? = nil) -> (originals: [String: String], memo: CopySearchMemo) {
        // Band keys of every article, sorted: each run of one key is a bucket
        // (a sort is several times faster here than a dictionary of lists).
        // They are made in index order, and the sort keeps it among equal keys.
        var keyed: [(key: UInt64, index: Int)] = []
        keyed.reserveCapacity(signatures.count * bands)
        for (index, sig) in signatures.enumerated() where !sig.isEmpty {
            for band in 0..<bands {
                var key = UInt64(band)
                for value in sig[(band * rows)..<((band + 1) * rows)] { key = mix(key ^ value) }
                keyed.append((key, index))
            }
        }
        let sortedKeys = RadixSort.byKey(keyed, key: \.key)
        var buckets: [Range<Int>] = []
        var start = 0
        while start < sortedKeys.count {
            var end = start + 1
            while end < sortedKeys.count && sortedKeys[end].key == sortedKeys[start].key { end += 1 }
            if end - start > 1 { buckets.append(start..<end) }
            start = end
        }
        // Pairs meeting in a band are first compared on their signatures
        // (the share of equal minima estimates how much they share): the
        // innermost loop of a build, so the signatures stand in one flat
        // table and the buckets are shared out over every core.
        let width = bands * rows
        var table = [UInt64](repeating: 0, count: signatures.count * width)
        for (i, sig) in signatures.enumerated() where sig.count == width { table.replaceSubrange(i * width..<(i + 1) * width, with: sig) }
        let flat = table
        let minimumEqual = Int((likelyCopy * Double(width)).rounded(.up))
        let found = Parallel.map(buckets) { bucket -> (key: UInt64, kept: CopySearchMemo.Bucket?, pairs: [Pair]) in
            let list = sortedKeys[bucket].map(\.index)
            let key = sortedKeys[bucket.lowerBound].key
            let members = contents.map { contents in CopySearchMemo.members(list.lazy.map { contents[$0] }) }
            let positions: [Int]
            if let members, let kept = earlier?.buckets[key], kept.members == members, kept.pairs.allSatisfy(list.indices.contains) {
                positions = kept.pairs
            } else {
                positions = flat.withUnsafeBufferPointer { t in
                    likelyPositions(list, signatures: signatures) { a, b in
                        var equal = 0, unequal = 0
                        for k in 0..<width {
                            if t[a * width + k] == t[b * width + k] { equal += 1 } else {
                                unequal += 1
                                if unequal > width - minimumEqual { return false }   // can no longer be likely
                            }
                        }
                        return equal >= minimumEqual
                    }
                }
            }
            let pairs = stride(from: 0, to: positions.count, by: 2).map { k in
                Pair(a: min(list[positions[k]], list[positions[k + 1]]), b: max(list[positions[k]], list[positions[k + 1]]))
            }
            return (key, members.map { CopySearchMemo.Bucket(members: $0, pairs: positions) }, pairs)
        }
        var memo = CopySearchMemo()
        for bucket in found { if let kept = bucket.kept { memo.buckets[bucket.key] = kept } }
        // Only likely copies are checked on their shingles, once each; which
        // pairs join a group does not depend on the order they are checked in.
        let pairs = Set(found.flatMap(\.pairs)).sorted { ($0.a, $0.b) < ($1.a, $1.b) }
        func known(_ pair: Pair) -> CopySearchMemo.Pair? { contents.map { CopySearchMemo.Pair($0[pair.a], $0[pair.b]) } }
        let unchecked = pairs.filter { pair in known(pair).flatMap { earlier?.verdicts[$0] } == nil }
        let involved = Array(Set(unchecked.flatMap { [$0.a, $0.b] })).sorted()
        let shingleSets = Dictionary(uniqueKeysWithValues: zip(involved, Parallel.map(involved) { Set(shinglesOf(articles[$0])) }))
        var groups = UnionFind(count: articles.count)
        for pair in pairs {
            let copied: Bool
            if let key = known(pair), let verdict = earlier?.verdicts[key] {
                copied = verdict
            } else {
                let sa = shingleSets[pair.a]!, sb = shingleSets[pair.b]!
                let smaller = min(sa.count, sb.count)
                copied = smaller > 0 && Double(sa.intersection(sb).count) >= containment * Double(smaller)
            }
            if let key = known(pair) { memo.verdicts[key] = copied }
            if copied { groups.union(pair.a, pair.b) }
        }
        var members: [Int: [Int]] = [:]
        for index in articles.indices { members[groups.find(index), default: []].append(index) }
        var originals: [String: String] = [:]
        for group in members.values where group.count > 1 {
            let first = group.min { key(articles[$0]) < key(articles[$1]) }!
            for index in group where index != first { originals[articles[index].id] = articles[first].id }
        }
        return (originals, memo)
    }

    /// The likely pairs among one bucket's articles (`list`, in index order),
    /// two positions into `list` each.
    private static func likelyPositions(_ list: [Int], signatures: [[UInt64]], isLikely: (Int, Int) -> Bool) -> [Int] {
        var positions: [Int] = []
        if list.count > largeBucket {
            // Too many to pair up: copies have (nearly) equal signatures,
            // so sorted by signature they stand side by side.
            let sorted = list.indices.sorted { signatures[list[$0]].lexicographicallyPrecedes(signatures[list[$1]]) }
            for i in sorted.indices {
                for j in (i + 1)..<min(i + 1 + neighbours, sorted.count) where isLikely(list[sorted[i]], list[sorted[j]]) {
                    positions.append(sorted[i]); positions.append(sorted[j])
                }
            }
        } else {
            for i in 0..<list.count { for j in (i + 1)..<list.count where isLikely(list[i], list[j]) { positions.append(i); positions.append(j) } }
        }
        return positions
    }

    /// The smallest value of each of `bands × rows` hash functions over the
    /// article's shingles; it depends on the article alone.
    /// A shingle written twice changes no minimum, so the shingles are
    /// not made a set first (hashing each into one cost as much again).
    static func signature(of article: Article) -> [UInt64] {
        let shingles = shinglesOf(article)
        guard !shingles.isEmpty else { return [] }
        var minima = [UInt64](repeating: .max, count: bands * rows)
        minima.withUnsafeMutableBufferPointer { minima in
            for shingle in shingles {
                let base = UInt64(bitPattern: Int64(shingle))
                for k in 0..<minima.count {
                    let value = mix(base &+ UInt64(k) &* 0x9E3779B97F4A7C15)
                    if value < minima[k] { minima[k] = value }
                }
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

    /// Each word is hashed once; a shingle's value mixes its five words' hashes.
    private static func shinglesOf(_ article: Article) -> [Int] {
        var words: [UInt64] = []
        for paragraph in article.paragraphs {
            Words.forEachToken(in: paragraph) { word in
                var hasher = StableHash()
                if !hasher.add(lowercasingASCII: word) {
                    hasher = StableHash()
                    hasher.add(String(decoding: word, as: UTF8.self).lowercased())
                }
                words.append(UInt64(bitPattern: Int64(hasher.value)))
            }
        }
        guard words.count >= shingleSize else { return [] }
        return (0...(words.count - shingleSize)).map { i in
            var value: UInt64 = 0
            for word in words[i..<(i + shingleSize)] { value = mix(value ^ word) }
            return Int(bitPattern: UInt(value))
        }
    }
}
