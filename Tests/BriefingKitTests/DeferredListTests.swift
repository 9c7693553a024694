import Foundation
import Testing
@testable import BriefingKit

/// Name mentions and lookups stay in the mapped pack until asked for.
@Suite struct DeferredListTests {
    let text = """
        Talks resume in Geneva
        By Ana Ruiz
        March 3, 2026
        Foreign minister Lena Okafor said on Monday that talks would resume in Geneva.
        Okafor told reporters the Kremlin had agreed, and Dmitry Peskov said Moscow would send a delegation.
        """

    func article() throws -> Article {
        guard case let .article(article, _) = Ingestor.ingest(text: text, id: "t", file: "seeds/t.txt") else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return article
    }

    func reading() throws -> ArticleReading { ArticleReading(try article()) }

    /// `bytes` written to a file and read back mapped, as the pack is.
    func mapped(_ bytes: [UInt8], in tmp: TempFolder) throws -> MappedFile {
        let path = tmp.path + "/pack"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return try #require(MappedFile(path: path))
    }

    @Test func aReadingFromTheMappedPackGivesItsMentionsWhenAskedAndWritesTheSameBytes() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let article = try article()
        let original = ArticleReading(article)
        #expect(original.mentions(of: article).count >= 3, "the sample names people")
        let sink = BinaryCoder.Sink()
        original.write(to: sink)
        let file = try mapped(sink.bytes, in: tmp)
        let source = BinaryCoder.Source(bytes: file.bytes, range: 0..<file.bytes.count, owner: file)
        let read = try ArticleReading(from: source)
        #expect(source.offset == source.end)
        #expect(read.mentions(of: article) == original.mentions(of: article))
        #expect(read.sentences(of: article) == original.sentences(of: article))
        #expect(read.pool == original.pool)
        #expect(read == original)
        let again = BinaryCoder.Sink()
        read.write(to: again)
        #expect(again.bytes == sink.bytes, "a list left in the pack is written back as it was")
    }

    @Test func damagedBytesAreNotBelievedAndTheListIsMadeAgain() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        // A block of the right length whose count runs past its end.
        let sink = BinaryCoder.Sink()
        sink.varint(3)
        sink.bytes += [0xff, 0xff, 0x7f]
        let file = try mapped(sink.bytes + sink.bytes, in: tmp)
        let source = BinaryCoder.Source(bytes: file.bytes, range: 0..<file.bytes.count, owner: file)
        let mentions = try DeferredList<NameMention>(from: source)
        let lookups = try DeferredList<NameLookup>(from: source)
        #expect(mentions.values == nil && lookups.values == nil)

        let article = try article()
        let sound = ArticleReading(article)
        let sentences = try DeferredList<Sentence>(from: BinaryCoder.Source(bytes: file.bytes, range: 0..<file.bytes.count, owner: file))
        #expect(sentences.values == nil)
        let damaged = ArticleReading(sentenceList: sentences, events: sound.events, pool: sound.pool, mentionList: mentions)
        #expect(damaged.sentences(of: article) == sound.sentences(of: article), "the sentences are found again from the article")
        #expect(damaged.mentions(of: article) == sound.mentions(of: article), "so are the mentions")
        let analysed = AnalysedArticle(article: article, sentenceList: sentences, entities: [], quotes: [], events: [])
        #expect(analysed.sentences == sound.sentences(of: article))
        let names = ResolvedNames(entities: [], quotes: [], lookupList: lookups)
        #expect(!ResolvedNames.hold(names.lookups, given: [:]), "names whose lookups cannot be read are found again")
    }

    @Test func anIndexPooledArticleByArticleIsTheIndexOfAllTheirMentions() throws {
        let one = try reading()
        let otherArticle = try #require({
            if case let .article(a, _) = Ingestor.ingest(text: "Peace plan\nMarch 4, 2026\nEnvoy Steve Witkoff said the plan was ready. Witkoff met Okafor.\n",
                                                         id: "u", file: "seeds/u.txt") { return a }
            return nil
        }())
        let other = ArticleReading(otherArticle)
        let pooled = EntityIndex(pools: [one.pool, other.pool])
        let whole = EntityIndex(pools: [NamePool(mentions: one.mentions(of: try article()) + other.mentions(of: otherArticle))])
        #expect(pooled.fingerprint == whole.fingerprint, "pooled per article or all at once, the index is the same")
        #expect(pooled.people == whole.people)
        #expect(pooled.people["Lena Okafor"] == .some("Foreign minister"))
        #expect(pooled.resolve(NameMention(words: ["Witkoff"], role: nil, offset: 0, nextWord: "met"))?.name == "Steve Witkoff")
    }
}
