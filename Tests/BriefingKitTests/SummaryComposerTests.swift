import Testing
@testable import BriefingKit

@Suite struct SummaryComposerTests {
    func candidate(_ article: String, _ words: [String], position: Int = 0) -> SummaryComposer.Candidate {
        SummaryComposer.Candidate(point: SummaryPoint(text: "\(article) \(position)", articleID: article, paragraph: 1),
                                  keys: WordHash.sortedHashes(of: words), articleDate: nil, position: position, paragraphRank: 0)
    }

    @Test func theMoreCorroboratedOfTwoLookalikesIsChosen() {
        // z's sentence shares "x" with c as well: more corroborated than b's, though b's id sorts first.
        let summary = SummaryComposer.summary(articleCount: 3, candidates: [
            [candidate("b", ["w1", "w2", "w3", "w4"])],
            [candidate("z", ["w1", "w2", "w3", "x"])],
            [candidate("c", ["x", "y1", "y2", "y3"])],
        ])
        #expect(summary.map(\.articleID) == ["c", "z"])
    }

    @Test func equalScoresFallToTheSmallerArticleIDWhateverTheListOrder() {
        let words = ["geneva", "talks", "resume", "monday"]
        for lists in [[[candidate("b", words)], [candidate("a", words)]], [[candidate("a", words)], [candidate("b", words)]]] {
            #expect(SummaryComposer.summary(articleCount: 2, candidates: lists).map(\.articleID) == ["a"])
        }
    }

    @Test func manySourcesGiveAtMostTwoPointsEach() {
        let lists = (0..<3).map { a in (0..<4).map { p in candidate("a\(a)", ["w\(a)-\(p)-1", "w\(a)-\(p)-2"], position: p) } }
        let summary = SummaryComposer.summary(articleCount: 3, candidates: lists)
        #expect(summary.count == SummaryComposer.length)
        #expect(Dictionary(grouping: summary, by: \.articleID).values.allSatisfy { $0.count <= 2 })
    }
}

@Suite struct GroupCountsTests {
    @Test func aGroupCountsOnceHoweverOftenItRepeatsAKey() {
        var counts = GroupCounts()
        counts.add([1, 2, 2, 3], group: 0)
        counts.add([2, 3], group: 0)
        counts.add([3], group: 1)
        #expect(counts.total(of: [1]) == 1)
        #expect(counts.total(of: [2]) == 1)
        #expect(counts.total(of: [3]) == 2)
        #expect(counts.total(of: [1, 2, 3]) == 4)
        #expect(counts.total(of: [99]) == 0, "a key never added")
    }

    @Test func keepsEveryKeyAsItGrows() {
        var counts = GroupCounts()
        // Zero too, and keys whose low bits collide.
        let keys: [UInt64] = [0] + (1...5_000).map { UInt64($0) << 20 }
        for group in 0..<3 { counts.add(keys, group: group) }
        #expect(keys.allSatisfy { counts.total(of: [$0]) == 3 })
        #expect(counts.total(of: keys) == 3 * keys.count)
    }
}
