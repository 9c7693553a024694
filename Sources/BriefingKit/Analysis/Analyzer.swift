/// Analysis: sentences, entities, quotes and events for every article.
/// Names are pooled across all articles first, so a surname in one article
/// resolves to the full name given in another.
public enum Analyzer {
    /// `aliases` maps other spellings to one name (from the config).
    public static func analyse(_ articles: [Article], aliases: [String: String] = [:]) -> [AnalysedArticle] {
        let sentences = articles.map(sentencesOf)
        let mentions = sentences.map { $0.flatMap { NameMentionFinder.mentions(in: $0.text) } }
        var index = EntityIndex(mentions: mentions)
        index.aliases = aliases
        return articles.indices.map { i in
            let article = articles[i]
            return AnalysedArticle(
                article: article,
                sentences: sentences[i],
                entities: EntityExtractor.entities(mentions: mentions[i], index: index),
                quotes: QuoteExtractor.quotes(in: article.paragraphs, index: index),
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
