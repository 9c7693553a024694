/// What lets compose copy parts an earlier build made (see `FragmentMemo`):
///
/// - a thread's summary, timeline, key quotes and document, which depend
///   on the thread's definition and on its members alone — which articles,
///   in which order, and for each its seed (the article, its events, its
///   digest and verdict under the threads' definitions), its slug, its
///   threads and its quotes. A change to one article then composes again
///   only the threads it belongs to;
/// - the articles' slugs, which depend on their ids, titles and dates alone;
/// - what the copy search found in each band bucket and pair, which
///   depends on the members' seeds alone (see `CopySearchMemo`).
struct ComposeReuse: Sendable {
    /// A thread as composed, but for its who's who, which needs every
    /// entity profile and is cheap to work out.
    struct Composed {
        let summary: [SummaryPoint]
        let timeline: [TimelineEntry]
        let quotes: [KeyQuote]
        let document: ThreadDocument
    }

    let parts: FragmentMemo
    /// Each article's seed key (`ArticleCache.key`).
    let seedKeys: [String: String]
    /// `ArticleCache.threadsKey` of every thread's definition: a verdict weighs all threads.
    let threadsKey: String

    /// The thread as an earlier build composed it, or as `make` composes it
    /// now; nil when a member has no seed key to stand for it.
    func composed(_ definition: ThreadDefinition, members: [ArticleEntry], make: () -> Composed) -> Composed? {
        var digest = WordHash()
        digest.add("thread")
        digest.add(BuildIdentity.executable)
        digest.add(threadsKey)
        digest.add(definition.id)
        digest.add(members.count)
        for entry in members {
            // The seed key stands for the article's id and its quotes' words
            // and places; their speakers are resolved across the corpus.
            guard let seedKey = seedKeys[entry.id] else { return nil }
            digest.add(seedKey)
            digest.add(entry.slug)
            digest.add(entry.threadIDs.count)
            for id in entry.threadIDs { digest.add(id) }
            digest.add(entry.analysis.quotes.count)
            for q in entry.analysis.quotes { digest.add(q.speaker ?? "\u{0}") }
        }
        var made: Composed?
        let bytes = parts.bytes(id: "thread:" + definition.id, key: digest.value) {
            let composed = make()
            made = composed
            return composed.encoded()
        }
        return made ?? (try? Composed(bytes)) ?? make()
    }
}

extension ComposeReuse {
    /// A hash of the article's seed key, which stands for all the article
    /// is made of from its seed (see `TimelineMerger.Item.seed`).
    func seedHash(_ articleID: String) -> UInt64? {
        seedKeys[articleID].map { key in
            var hash = WordHash()
            hash.add(key)
            return hash.value
        }
    }

    /// `make(articles)`, or the slugs an earlier build made of articles with
    /// the same ids, titles and dates, in the same order.
    func slugs(_ articles: [Article], make: ([Article]) -> [String]) -> [String] {
        var digest = WordHash()
        digest.add("slugs")
        digest.add(BuildIdentity.executable)
        digest.add(articles.count)
        for article in articles {
            digest.add(article.id)
            digest.add(article.title)
            digest.add(article.date?.dayNumber ?? Int.max)
        }
        var made: [String]?
        let bytes = parts.bytes(id: "slugs", key: digest.value) {
            let slugs = make(articles)
            made = slugs
            let sink = BinaryCoder.Sink()
            sink.strings(slugs)
            return sink.bytes
        }
        if let made { return made }
        let kept = try? BinaryCoder.Source(bytes: bytes, range: 0..<bytes.count).strings()
        return kept.flatMap { $0.count == articles.count ? $0 : nil } ?? make(articles)
    }
}

extension ComposeReuse {
    /// `DuplicateDetector.originals`, comparing again only the buckets and
    /// pairs whose members' seeds are not as the last build found them.
    func originals(_ articles: [Article], signatures: [[UInt64]]) -> [String: String] {
        var contents: [UInt64] = []
        contents.reserveCapacity(articles.count)
        for article in articles {
            guard let seedKey = seedKeys[article.id] else { return DuplicateDetector.originals(articles, signatures: signatures) }
            var content = WordHash()
            content.add(BuildIdentity.executable)
            content.add(seedKey)
            contents.append(content.value)
        }
        let earlier = parts.earlier(id: "copies").flatMap { try? CopySearchMemo($0) }
        let search = DuplicateDetector.search(articles, signatures: signatures, contents: contents, earlier: earlier)
        parts.keepLater(id: "copies") { [memo = search.memo] in memo.encoded() }
        return search.originals
    }
}

extension ComposeReuse.Composed {
    func encoded() -> [UInt8] {
        let sink = BinaryCoder.Sink()
        sink.records(summary); sink.records(timeline); sink.records(quotes); document.write(to: sink)
        return sink.bytes
    }

    init(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        let source = BinaryCoder.Source(bytes: bytes, range: 0..<bytes.count)
        self.init(summary: try source.records(), timeline: try source.records(), quotes: try source.records(),
                  document: try ThreadDocument(from: source))
        guard source.offset == source.end else { throw source.corrupt("trailing bytes") }
    }
}
