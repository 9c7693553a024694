/// Analysis: sentences, entities, quotes and events for every article.
/// Names are pooled across all articles first, so a surname in one article
/// resolves to the full name given in another.
public enum Analyzer {
    /// `aliases` maps other spellings to one name (from the config).
    public static func analyse(_ articles: [Article], aliases: [String: String] = [:]) -> [AnalysedArticle] {
        let sentences = Parallel.map(articles, sentencesOf)
        let mentions = Parallel.map(sentences) { $0.flatMap { NameMentionFinder.mentions(in: $0.text) } }
        var index = EntityIndex(mentions: mentions)
        index.aliases = aliases
        let pooled = index
        return Parallel.map(Array(articles.indices)) { i in
            let article = articles[i]
            return AnalysedArticle(
                article: article,
                sentences: sentences[i],
                entities: EntityExtractor.entities(mentions: mentions[i], index: pooled),
                quotes: QuoteExtractor.quotes(in: article.paragraphs, index: pooled),
                events: EventExtractor.events(in: sentences[i], anchor: article.date))
        }
    }

    static func sentencesOf(_ article: Article) -> [Sentence] {
        var result: [Sentence] = []
        for (p, paragraph) in article.paragraphs.enumerated() {
            for text in SentenceSplitter.split(paragraph) {
                result.append(Sentence(paragraph: p, position: result.count, text: text))
            }
        }
        return result
    }
}
