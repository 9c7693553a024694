/// Key quotes of a thread: attributed quotes from the paragraphs about it,
/// statements rather than fragments, one per speaker first.
enum QuoteSelector {
    static let count = 6

    static func keyQuotes(threadID: String, articles: [ArticleEntry], assignment: ThreadAssignment) -> [KeyQuote] {
        var pool: [(quote: KeyQuote, words: Int, date: Int)] = []
        for entry in articles {
            for q in entry.analysis.quotes where assignment.paragraph(q.paragraph, of: entry.id, isAbout: threadID) {
                let words = Words.count(q.text)
                guard q.speaker != nil, words >= 6 else { continue }
                pool.append((KeyQuote(text: q.text, speaker: q.speaker, articleID: entry.id, paragraph: q.paragraph),
                             words, entry.article.date?.dayNumber ?? Int.max))
            }
        }
        pool.sort { ($0.date, $0.quote.articleID, $0.quote.paragraph, $0.quote.text) < ($1.date, $1.quote.articleID, $1.quote.paragraph, $1.quote.text) }
        var chosen: [KeyQuote] = []
        var speakers: Set<String> = []
        var texts: Set<String> = []
        // First pass: whole statements, one per speaker; second: fill up.
        for pass in 0..<2 {
            for item in pool where chosen.count < count && !texts.contains(item.quote.text) {
                if pass == 0 && (speakers.contains(item.quote.speaker!) || !(item.quote.text.first?.isUppercase ?? false)) { continue }
                chosen.append(item.quote)
                speakers.insert(item.quote.speaker!)
                texts.insert(item.quote.text)
            }
        }
        return chosen
    }
}
