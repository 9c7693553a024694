/// Analysis: sentences, entities, quotes and events for every article.
/// Names are pooled across all articles first, so a surname in one article
/// resolves to the full name given in another.
public enum Analyzer {
    /// `aliases` maps other spellings to one name (from the config).
    public static func analyse(_ articles: [Article], aliases: [String: String] = [:]) -> [AnalysedArticle] {
        analyse(articles, aliases: aliases, earlier: Array(repeating: nil, count: articles.count)).outcomes.map(\.analysed)
    }

    /// What an earlier build found in an article, offered for reuse.
    struct Earlier {
        var reading: ArticleReading?
        var names: ResolvedNames?
    }

    /// The analysis of each article, with the parts a later build can reuse.
    struct Outcome {
        let analysed: AnalysedArticle
        let reading: ArticleReading
        let names: ResolvedNames
        /// False when anything was taken from `earlier` as it was.
        let recomputed: Bool
    }

    /// As `analyse`, reusing what `earlier` holds for each article (same
    /// indices as `articles`): a reading always, since it depends on the
    /// article alone; entities and quotes when every name lookup behind them
    /// still has the same answer in this build's pooled index. When the
    /// pooled index has the fingerprint `trusted` (the index every earlier
    /// entry was last checked under), every answer is the same without
    /// asking. The result's `index` is this build's fingerprint.
    static func analyse(_ articles: [Article], aliases: [String: String], earlier: [Earlier?],
                        trusted: UInt64? = nil) -> (outcomes: [Outcome], index: UInt64) {
        let readings = Trace.measure("analyse.readings") { Parallel.map(Array(articles.indices)) { i in earlier[i]?.reading ?? ArticleReading(articles[i]) } }
        var index = Trace.measure("analyse.index") { EntityIndex(pools: readings.map(\.pool)) }
        index.aliases = aliases
        let pooled = index, fingerprint = index.fingerprint
        let unchanged = trusted == fingerprint
        // Each earlier entry's lookups, decoded once, only when the index changed.
        let lookups = unchanged ? [] : Parallel.map(earlier) { $0?.names?.lookups }
        let answers = unchanged ? [:] : answersOnce(lookups, under: pooled)
        let outcomes = Trace.measure("analyse.names") { Parallel.map(Array(articles.indices)) { i in
            let article = articles[i], reading = readings[i]
            let kept = earlier[i]?.names.flatMap { names in
                unchanged || ResolvedNames.hold(lookups[i], given: answers) ? names : nil
            }
            let names = kept ?? resolveNames(article, reading, pooled)
            return Outcome(analysed: AnalysedArticle(article: article, sentenceList: reading.sentenceList, entities: names.entities,
                                                     quotes: names.quotes, events: reading.events),
                           reading: reading, names: names, recomputed: earlier[i]?.reading == nil || kept == nil)
        } }
        return (outcomes, fingerprint)
    }

    /// This build's answer to every lookup the earlier names were found
    /// with, each asked once: most names are looked up by hundreds of
    /// articles, and asking again for each took most of a rebuild's analysis.
    private static func answersOnce(_ lookups: [[NameLookup]?], under index: EntityIndex) -> [NameLookup.Key: NameResolution?] {
        var keys: Set<NameLookup.Key> = []
        for list in lookups { for lookup in list ?? [] { keys.insert(lookup.key) } }
        let asked = Array(keys)
        return Dictionary(uniqueKeysWithValues: zip(asked, Parallel.map(asked) { index.resolve($0.mention) }))
    }

    private static func resolveNames(_ article: Article, _ reading: ArticleReading, _ index: EntityIndex) -> ResolvedNames {
        let resolver = NameResolver(index)
        let entities = EntityExtractor.entities(mentions: reading.mentions(of: article), index: resolver)
        let quotes = QuoteExtractor.quotes(in: article.paragraphs, index: resolver)
        return ResolvedNames(entities: entities, quotes: quotes, lookups: resolver.lookups)
    }
}

/// What analysis finds in one article on its own — its sentences, the name
/// mentions in them and its dated events — which no other article changes.
struct ArticleReading: Hashable, Codable {
    /// The sentences and name mentions are read from the cache only when
    /// asked for (`DeferredList`), and found again from the article when
    /// the cache's copy cannot be read.
    let sentenceList: DeferredList<Sentence>
    let events: [Event]
    /// What the mentions add to the pooled index.
    let pool: NamePool
    let mentionList: DeferredList<NameMention>

    func sentences(of article: Article) -> [Sentence] { sentenceList.values ?? Self.sentences(of: article) }
    func mentions(of article: Article) -> [NameMention] { mentionList.values ?? Self.mentions(in: sentences(of: article)) }

    static func sentences(of article: Article) -> [Sentence] {
        var sentences: [Sentence] = []
        for (p, paragraph) in article.paragraphs.enumerated() {
            for text in SentenceSplitter.split(paragraph) {
                sentences.append(Sentence(paragraph: p, position: sentences.count, text: text))
            }
        }
        return sentences
    }

    static func mentions(in sentences: [Sentence]) -> [NameMention] {
        sentences.flatMap { NameMentionFinder.mentions(in: $0.text) }
    }

    init(sentenceList: DeferredList<Sentence>, events: [Event], pool: NamePool, mentionList: DeferredList<NameMention>) {
        self.sentenceList = sentenceList
        self.events = events
        self.pool = pool
        self.mentionList = mentionList
    }

    init(_ article: Article) {
        let sentences = Self.sentences(of: article)
        let mentions = Self.mentions(in: sentences)
        sentenceList = DeferredList(sentences)
        mentionList = DeferredList(mentions)
        pool = NamePool(mentions: mentions)
        events = EventExtractor.events(in: sentences, anchor: article.date)
    }
}
