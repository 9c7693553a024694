import Foundation
import Testing
@testable import BriefingKit

/// The copy search with what an earlier search found (`CopySearchMemo`)
/// finds what a search from nothing finds, and copies only what the same
/// contents stand behind.
@Suite struct CopySearchTests {
    /// Text of `count` words drawn from a small vocabulary, the same for the same `seed`.
    static func text(seed: UInt64, count: Int = 90) -> String {
        let vocabulary = ["talks", "envoy", "minister", "Geneva", "ceasefire", "border", "said", "on", "the", "a", "of",
                          "proposal", "delegation", "Monday", "agreed", "rejected", "plan", "troops", "meeting", "Arctic",
                          "island", "treaty", "officials", "statement", "week", "council", "vote", "budget", "water", "grid"]
        var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return vocabulary[Int(state >> 33) % vocabulary.count]
        }.joined(separator: " ") + "."
    }

    struct Corpus {
        var texts: [String: String] = [:]
        /// Stands for each article's seed key: changes with its text.
        var versions: [String: Int] = [:]
        mutating func set(_ id: String, _ text: String) { texts[id] = text; versions[id, default: 0] += 1 }

        var articles: [Article] {
            texts.keys.sorted().map { id in
                Article(id: id, file: "seeds/\(id).txt", title: id, titleSource: .headline, date: CalendarDate(iso: "2026-01-19"),
                        dateSource: .stated, dateEvidence: "", authors: [], outlet: nil, paragraphs: [texts[id]!], dropped: [])
            }
        }
        var contents: [UInt64] {
            texts.keys.sorted().map { id in
                var hash = WordHash()
                hash.add(id)
                hash.add(versions[id]!)
                return hash.value
            }
        }
        func search(earlier: CopySearchMemo? = nil) -> (originals: [String: String], memo: CopySearchMemo) {
            let articles = self.articles
            return DuplicateDetector.search(articles, signatures: articles.map(DuplicateDetector.signature(of:)),
                                            contents: contents, earlier: earlier)
        }
    }

    /// Seventy copies of one story (more than a band bucket pairs up whole),
    /// a copy of another, and unrelated articles.
    static func corpus() -> Corpus {
        var corpus = Corpus()
        let wire = text(seed: 1)
        for k in 0..<70 { corpus.set(String(format: "wire-%02d", k), wire + " Copy \(k).") }
        corpus.set("story", text(seed: 2))
        corpus.set("story-again", text(seed: 2) + " Corrected on Tuesday.")
        for k in 0..<20 { corpus.set("other-\(k)", text(seed: 100 + UInt64(k))) }
        return corpus
    }

    @Test func aSearchFromAnEarlierOneFindsWhatAFreshOneFinds() {
        var corpus = Self.corpus()
        var earlier = corpus.search().memo
        #expect(corpus.search().originals["story-again"] == "story")
        #expect(corpus.search().originals.count == 70)
        let changes: [(String, (inout Corpus) -> Void)] = [
            ("nothing changed", { _ in }),
            ("an unrelated article becomes a copy", { $0.set("other-3", Self.text(seed: 2) + " Seen elsewhere.") }),
            ("a copy is rewritten", { $0.set("story-again", Self.text(seed: 7)) }),
            ("a copy of the wire is removed", { $0.texts["wire-05"] = nil; $0.versions["wire-05"] = nil }),
            ("an article is added to the large bucket", { $0.set("wire-zz", Self.text(seed: 1) + " Late copy.") }),
            ("the original is edited", { $0.set("story", Self.text(seed: 2) + " Updated.") }),
        ]
        for (change, apply) in changes {
            apply(&corpus)
            let fresh = corpus.search(), again = corpus.search(earlier: earlier)
            #expect(again.originals == fresh.originals, "\(change)")
            let sameMemo = again.memo == fresh.memo   // not in the #expect: it would print both memos whole
            #expect(sameMemo, "\(change)")
            earlier = again.memo
        }
        #expect(corpus.search().originals["story"] == "other-3", "the earlier id of the same date is the original")
    }

    @Test func aBucketIsCopiedOnlyForTheSameMembers() {
        var corpus = Self.corpus()
        var earlier = corpus.search().memo
        // Pairs kept for buckets of the same members are believed, not sought again…
        for (key, bucket) in earlier.buckets { earlier.buckets[key] = CopySearchMemo.Bucket(members: bucket.members, pairs: []) }
        #expect(corpus.search(earlier: earlier).originals.isEmpty)
        // …and a bucket whose members changed is paired up again.
        corpus.set("story-again", corpus.texts["story-again"]! + " Again.")
        #expect(corpus.search(earlier: earlier).originals["story-again"] == "story")
    }

    @Test func aVerdictIsCopiedOnlyForTheSameContents() throws {
        var corpus = Self.corpus()
        var earlier = corpus.search().memo
        let contents = Dictionary(uniqueKeysWithValues: zip(corpus.articles.map(\.id), corpus.contents))
        let pair = CopySearchMemo.Pair(contents["story"]!, contents["story-again"]!)
        #expect(earlier.verdicts[pair] == true)
        // A verdict kept under the same contents is believed, not checked again…
        earlier.verdicts[pair] = false
        #expect(corpus.search(earlier: earlier).originals["story-again"] == nil)
        // …and one kept under other contents is not used.
        corpus.set("story-again", corpus.texts["story-again"]! + " Again.")
        #expect(corpus.search(earlier: earlier).originals["story-again"] == "story")
    }

    @Test func theMemoReadsBackAsWritten() throws {
        let memo = Self.corpus().search().memo
        #expect(!memo.buckets.isEmpty && !memo.verdicts.isEmpty)
        let bytes = memo.encoded()
        #expect(try CopySearchMemo(bytes[...]) == memo)
        #expect(throws: (any Error).self) { try CopySearchMemo(bytes.dropLast()) }
    }
}
