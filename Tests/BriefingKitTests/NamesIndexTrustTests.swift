import Foundation
import Testing
@testable import BriefingKit

/// Cached names are taken without asking the pooled index again only when
/// the index is the one they were last checked under.
@Suite(.serialized) struct NamesIndexTrustTests {
    let articles = [
        AnalysisTests().article("a", date: "2026-01-27", ["\"We are close to a deal,\" Okafor said on Tuesday."]),
        AnalysisTests().article("b", date: "2026-01-28", ["\"Both sides want this over,\" mediator Amara Okafor said on Wednesday."]),
    ]

    /// Names that no longer hold: "Okafor" answered as nobody.
    var stale: ResolvedNames {
        ResolvedNames(entities: [], quotes: [], lookups: [NameLookup(key: .init(words: ["Okafor"], role: nil), answer: nil)])
    }

    @Test func staleNamesAreCheckedUnlessTheIndexIsTheTrustedOne() {
        let fresh = Analyzer.analyse(articles, aliases: [:], earlier: [nil, nil])
        #expect(fresh.outcomes[0].names.quotes.first?.speaker == "Amara Okafor")
        let earlier: [Analyzer.Earlier?] = [Analyzer.Earlier(reading: fresh.outcomes[0].reading, names: stale), nil]

        let checked = Analyzer.analyse(articles, aliases: [:], earlier: earlier, trusted: fresh.index &+ 1)
        #expect(checked.outcomes[0].names == fresh.outcomes[0].names, "under another index the stale names are found again")
        #expect(checked.outcomes[0].recomputed)

        let trusted = Analyzer.analyse(articles, aliases: [:], earlier: earlier, trusted: fresh.index)
        #expect(trusted.outcomes[0].names == stale, "under the trusted index they are taken as they are")
        #expect(!trusted.outcomes[0].recomputed)
    }

    @Test func theFingerprintFollowsPeopleRolesAndAliases() {
        func index(_ texts: [String], aliases: [String: String] = [:]) -> UInt64 {
            let fresh = Analyzer.analyse(texts.enumerated().map { AnalysisTests().article("a\($0)", date: "2026-01-27", [$1]) },
                                         aliases: aliases, earlier: texts.map { _ in nil })
            return fresh.index
        }
        let base = ["Mediator Amara Okafor said the talks would go on.", "Kremlin spokesperson Dmitry Peskov said Moscow would reply."]
        #expect(index(base) == index(base.reversed()), "the order of the articles does not matter")
        #expect(index(base) != index([base[0]]), "a person fewer")
        #expect(index(base) != index([base[0], "Spokesperson Dmitry Peskov said Moscow would reply."]), "another role")
        #expect(index(base) != index(base, aliases: ["Peskov": "Dmitry Peskov"]), "an alias")
    }

    /// The trusted fingerprint is withdrawn before the pack is written and
    /// recorded only when it was: a pack that could not be written never
    /// passes for one checked under the new index.
    @Test func aPackThatCouldNotBeWrittenIsNotTrusted() throws {
        let p = try IncrementalBuildTests.Project(); defer { p.tmp.cleanUp() }
        _ = try p.build(cached: true, out: "site")
        let out = p.tmp.path + "/site"
        #expect(ArticleCache(out: out).namesIndex() != nil, "a build records the index its names were checked under")

        let cache = ArticleCache(out: out)
        try FileManager.default.removeItem(at: cache.pack)
        try FileManager.default.createDirectory(at: cache.pack, withIntermediateDirectories: false)
        cache.put("a-new-key", ArticleCache.Entry(warnings: [], skipped: nil))
        cache.save(keeping: ["a-new-key"], seeds: [], namesIndex: 42)
        #expect(ArticleCache(out: out).namesIndex() == nil)
        #expect(cache.namesIndex() == nil)
    }
}
