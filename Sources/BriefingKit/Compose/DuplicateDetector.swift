import Foundation

/// Finds the same story published twice — a syndicated wire copy, a page
/// saved again after a small correction — by shared runs of five words
/// (shingles), as near-duplicate detection in news aggregators does.
/// Candidates come from an inverted index of shingles, never from comparing
/// every pair; a shingle found in many articles (a footer, a stock phrase)
/// says nothing and is skipped.
enum DuplicateDetector {
    static let shingleSize = 5
    /// Share of the shorter article's shingles the two must have in common.
    static let containment = 0.6
    static let commonShingle = 32

    /// For each copy, the id of the article it copies: the earliest dated of
    /// its group (ties by id), which is shown in its place.
    static func originals(_ articles: [Article]) -> [String: String] {
        let shingles = Parallel.map(articles) { Set(shinglesOf($0)) }
        var postings: [Int: [Int]] = [:]
        for (index, set) in shingles.enumerated() {
            for shingle in set { postings[shingle, default: []].append(index) }
        }
        var shared: [Pair: Int] = [:]
        for list in postings.values where list.count > 1 && list.count <= commonShingle {
            for i in 0..<list.count {
                for j in (i + 1)..<list.count { shared[Pair(a: list[i], b: list[j]), default: 0] += 1 }
            }
        }
        var groups = UnionFind(count: articles.count)
        for (pair, count) in shared.sorted(by: { ($0.key.a, $0.key.b) < ($1.key.a, $1.key.b) }) {
            let smaller = min(shingles[pair.a].count, shingles[pair.b].count)
            if smaller > 0 && Double(count) >= containment * Double(smaller) { groups.union(pair.a, pair.b) }
        }
        var members: [Int: [Int]] = [:]
        for index in articles.indices { members[groups.find(index), default: []].append(index) }
        var originals: [String: String] = [:]
        for group in members.values where group.count > 1 {
            let first = group.min { key(articles[$0]) < key(articles[$1]) }!
            for index in group where index != first { originals[articles[index].id] = articles[first].id }
        }
        return originals
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
