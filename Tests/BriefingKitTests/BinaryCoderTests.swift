import Foundation
import Testing
@testable import BriefingKit

/// The build cache's encoding gives back exactly what it was given.
struct BinaryCoderTests {
    @Test func aCacheEntryOfEverySeedComesBackEqual() throws {
        let ingested = try Pipeline.ingest(seeds: Repo.path("seeds"))
        let analysis = Analyzer.analyse(ingested.articles, aliases: [:], earlier: Array(repeating: nil, count: ingested.articles.count)).outcomes
        let threads = try ConfigLoader.load(path: Repo.path("briefing.yml")).threads
        let (assignment, verdicts) = ThreadClassifier.assign(ingested.articles, threads: threads,
                                                             earlier: Array(repeating: nil, count: ingested.articles.count))
        let digests = Composer.digests(of: analysis.map(\.analysed), threads: threads, assignment: assignment)
        #expect(!analysis.isEmpty)
        #expect(digests.contains { !$0.summaryCandidates.isEmpty }, "the seeds give summary candidates to round-trip")
        for (i, outcome) in analysis.enumerated() {
            let entry = ArticleCache.Entry(article: ingested.articles[i], warnings: ingested.articleWarnings[i],
                                           reading: outcome.reading, names: outcome.names,
                                           threads: ArticleCache.Threaded(key: "k", verdict: verdicts[i], digest: digests[i]))
            let data = try BinaryCoder.encode(entry)
            let back = try BinaryCoder.decode(ArticleCache.Entry.self, from: data)
            for cut in stride(from: 0, to: data.count, by: max(1, data.count / 40)) {
                #expect(throws: DecodingError.self, "an entry cut at byte \(cut)") { try BinaryCoder.decode(ArticleCache.Entry.self, from: data.prefix(cut)) }
            }
            #expect(back.article == entry.article)
            #expect(back.reading == entry.reading)
            #expect(back.names == entry.names)
            #expect(back.warnings == entry.warnings)
            #expect(back.skipped == nil)
            #expect(back.threads?.verdict == verdicts[i] && back.threads?.digest == digests[i] && back.threads?.key == "k")
        }
    }

    /// Read from a mapped pack, an article's paragraphs and dropped lines
    /// stay there until asked for; they are checked when the entry is read,
    /// so a damaged list fails the entry (which is then made afresh) rather
    /// than giving an article with no text.
    @Test func paragraphsLeftInThePackAreCheckedWhenRead() throws {
        let article = Article(id: "a", file: "seeds/a.txt", title: "T", titleSource: .headline, date: nil, dateSource: .none,
                              dateEvidence: "", authors: [], outlet: nil, paragraphs: ["First paragraph.", "Zoë’s second."],
                              dropped: [DroppedLine(line: 3, text: "Share this", reason: .widget)])
        let data = try BinaryCoder.encode(ArticleCache.Entry(article: article, warnings: []))
        func mapped(_ bytes: Data) throws -> ArticleCache.Entry {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("pack-\(UUID().uuidString)")
            try bytes.write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let pack = try #require(MappedFile(path: file.path))
            return try BinaryCoder.decode(ArticleCache.Entry.self, from: pack.bytes, in: 0..<pack.bytes.count, owner: pack)
        }
        let back = try mapped(data)
        #expect(back.article?.paragraphs == article.paragraphs)
        #expect(back.article?.dropped == article.dropped)
        #expect(back.article == article)
        // The reason of the dropped line, garbled: "widget" becomes "wodget".
        var garbled = data
        garbled[try #require(data.firstRange(of: Data("widget".utf8))).lowerBound + 1] = UInt8(ascii: "o")
        #expect(throws: DecodingError.self) { try mapped(garbled) }
        // A paragraph's length past the end of its list.
        var longer = data
        let at = try #require(data.firstRange(of: Data("First".utf8))).lowerBound - 1
        longer[at] = 0x7f
        #expect(throws: DecodingError.self) { try mapped(longer) }
    }

    /// The seeds' stamps kept the bytes of their earlier `Codable` form, so
    /// caches written before still read.
    @Test func seedRecordsReadTheirCodableForm() throws {
        struct Stamp: Codable { let size: Int; let modifiedNanoseconds: Int; let inode: UInt64 }
        struct Record: Codable { let path: String; let stamp: Stamp; let key: String }
        let earlier = [Record(path: "seeds/a.txt", stamp: Stamp(size: 4096, modifiedNanoseconds: 1_763_800_000_123_456_789, inode: 1 << 40), key: "k1"),
                       Record(path: "seeds/ü.txt", stamp: Stamp(size: 0, modifiedNanoseconds: -5, inode: 0), key: "")]
        let read = try BinaryCoder.decode([ArticleCache.SeedRecord].self, from: BinaryCoder.encode(earlier))
        #expect(read.map(\.path) == earlier.map(\.path) && read.map(\.key) == earlier.map(\.key))
        #expect(read.map(\.stamp.size) == [4096, 0] && read.map(\.stamp.inode) == [1 << 40, 0])
        #expect(read.map(\.stamp.modifiedNanoseconds) == [1_763_800_000_123_456_789, -5])
        #expect(try BinaryCoder.encode(read) == BinaryCoder.encode(earlier))
    }

    struct Sample: Codable, Equatable {
        var text: String
        var optionalText: String?
        var numbers: [Int]
        var nested: [[String]]
        var share: Double
        var flag: Bool?
        var big: UInt64
    }

    @Test func edgeValuesRoundTrip() throws {
        for sample in [
            Sample(text: "", optionalText: nil, numbers: [], nested: [], share: 0, flag: nil, big: 0),
            Sample(text: "Zoë “quoted” 🇺🇦", optionalText: "", numbers: [Int.min, -1, 0, 1, Int.max], nested: [[], ["a", "b"]],
                   share: -0.125, flag: false, big: UInt64.max),
        ] {
            #expect(try BinaryCoder.decode(Sample.self, from: BinaryCoder.encode(sample)) == sample)
        }
    }

    @Test func truncatedOrUnsupportedDataIsAnErrorNotAWrongValue() throws {
        let data = try BinaryCoder.encode(Sample(text: "hello", optionalText: "x", numbers: [1, 2, 3], nested: [["a"]], share: 1, flag: true, big: 7))
        for cut in [1, data.count / 2, data.count - 1] {
            #expect(throws: DecodingError.self) { try BinaryCoder.decode(Sample.self, from: data.prefix(cut)) }
        }
        #expect(throws: DecodingError.self) { try BinaryCoder.decode(Sample.self, from: data + Data([0])) }
        #expect(throws: EncodingError.self) { try BinaryCoder.encode(["a": 1]) }
        #expect(throws: EncodingError.self) { try BinaryCoder.encode([Optional("a"), nil]) }
        let small: [Int8] = [1]
        #expect(throws: EncodingError.self) { try BinaryCoder.encode(small) }
    }
}
