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

    func reading() throws -> ArticleReading {
        guard case let .article(article, _) = Ingestor.ingest(text: text, id: "t", file: "seeds/t.txt") else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return ArticleReading(article)
    }

    /// `bytes` written to a file and read back mapped, as the pack is.
    func mapped(_ bytes: [UInt8], in tmp: TempFolder) throws -> MappedFile {
        let path = tmp.path + "/pack"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return try #require(MappedFile(path: path))
    }

    @Test func aReadingFromTheMappedPackGivesItsMentionsWhenAskedAndWritesTheSameBytes() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let original = try reading()
        #expect(original.mentions.count >= 3, "the sample names people")
        let sink = BinaryCoder.Sink()
        original.write(to: sink)
        let file = try mapped(sink.bytes, in: tmp)
        let source = BinaryCoder.Source(bytes: file.bytes, range: 0..<file.bytes.count, owner: file)
        let read = try ArticleReading(from: source)
        #expect(source.offset == source.end)
        #expect(read.mentions == original.mentions)
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

        let sound = try reading()
        let damaged = ArticleReading(sentences: sound.sentences, events: sound.events, pool: sound.pool, mentionList: mentions)
        #expect(damaged.mentions == sound.mentions, "the mentions are found again from the sentences")
        let names = ResolvedNames(entities: [], quotes: [], lookupList: lookups)
        #expect(!ResolvedNames.hold(names.lookups, given: [:]), "names whose lookups cannot be read are found again")
        #expect(!names.holds(under: EntityIndex(pools: [sound.pool])))
    }

    @Test func anIndexPooledArticleByArticleIsTheIndexOfAllTheirMentions() throws {
        let one = try reading()
        let other = ArticleReading(try #require({
            if case let .article(a, _) = Ingestor.ingest(text: "Peace plan\nMarch 4, 2026\nEnvoy Steve Witkoff said the plan was ready. Witkoff met Okafor.\n",
                                                         id: "u", file: "seeds/u.txt") { return a }
            return nil
        }()))
        let pooled = EntityIndex(pools: [one.pool, other.pool])
        let whole = EntityIndex(pools: [NamePool(mentions: one.mentions + other.mentions)])
        #expect(pooled.fingerprint == whole.fingerprint, "pooled per article or all at once, the index is the same")
        #expect(pooled.people == whole.people)
        #expect(pooled.people["Lena Okafor"] == .some("Foreign minister"))
        #expect(pooled.resolve(NameMention(words: ["Witkoff"], role: nil, offset: 0, nextWord: "met"))?.name == "Steve Witkoff")
    }
}
