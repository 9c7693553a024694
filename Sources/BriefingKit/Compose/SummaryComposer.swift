/// A short extractive summary of a thread: sentences from the paragraphs
/// about the thread, scored by how much the *other* articles corroborate
/// their words (a centroid score, as in MEAD/LexRank, computed from document
/// frequencies so it stays linear in the number of sentences) plus a lead
/// bonus, then picked greedily without repeating what is already said.
enum SummaryComposer {
    static let length = 5
    /// Sentences that lean on the previous one make poor stand-alone points.
    private static let dependentStarts: Set<String> = ["he", "she", "it", "they", "this", "that", "these", "those",
                                                       "his", "her", "its", "their", "but", "and", "yet", "so", "however",
                                                       "meanwhile", "also", "still", "instead", "similarly"]
    private static let dependentOpenings = ["in parallel", "at the same time", "in addition", "as a result", "for now"]
    private static let longestOpening = dependentOpenings.map(\.utf8.count).max()!

    struct Candidate: Hashable, Codable, Sendable {
        let point: SummaryPoint
        /// Content words, as `WordHash.sortedHashes`.
        let keys: [UInt64]
        let articleDate: CalendarDate?
        let position: Int
        let paragraphRank: Int
    }

    /// The sentences of an article that could stand in the thread's summary:
    /// from paragraphs about the thread, of a readable length, not leaning on
    /// the sentence before, and naming the thread's subject themselves.
    static func candidates(in analysis: AnalysedArticle, matcher: ThreadMatcher, isAbout: (Int) -> Bool) -> [Candidate] {
        var found: [Candidate] = []
        var rank = 0
        for sentence in analysis.sentences where isAbout(sentence.paragraph) && !sentence.text.hasSuffix("?") {
            let words = Words.tokens(sentence.text)
            guard (8...60).contains(words.count), let first = words.first, !dependentStarts.contains(first.lowercased()) else { continue }
            // The openings are lower-case ASCII: the sentence's start is lower-cased once, not once per opening.
            let opening = sentence.text.utf8.prefix(longestOpening).lazy.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
            guard !dependentOpenings.contains(where: { opening.starts(with: $0.utf8) }),
                  QuoteBalance.openQuote(in: sentence.text) == nil,
                  matcher.score(sentence.text) > 0 else { continue }  // the sentence itself names the thread's subject
            found.append(Candidate(point: SummaryPoint(text: sentence.text, articleID: analysis.article.id, paragraph: sentence.paragraph),
                                   keys: WordHash.sortedHashes(of: Words.contentKeys(sentence.text)), articleDate: analysis.article.date,
                                   position: sentence.position, paragraphRank: rank))
            rank += 1
        }
        return found
    }

    /// `candidates` holds each article's candidates, article by article.
    static func summary(articleCount: Int, candidates: [[Candidate]]) -> [SummaryPoint] {
        // Few sources: let each give more; many: keep the summary plural.
        let perArticle = articleCount <= 2 ? 3 : 2
        // In how many articles of the thread each word appears. Candidates
        // come article by article, so counting an article once per word only
        // needs the last article (by its place in `candidates`) that used it.
        var articlesUsing: [UInt64: (count: Int, last: Int)] = [:]
        for (article, list) in candidates.enumerated() {
            for c in list {
                for key in c.keys where articlesUsing[key]?.last != article {
                    articlesUsing[key] = ((articlesUsing[key]?.count ?? 0) + 1, article)
                }
            }
        }
        let candidates = candidates.flatMap { $0 }
        let sources = Double(max(1, Set(candidates.map(\.point.articleID)).count))
        let scores = candidates.map { c -> Double in
            // Share of the other articles that use each of this sentence's words: what several sources say.
            let corroboration = c.keys.reduce(0.0) { $0 + Double(articlesUsing[$1]!.count - 1) } / (sources * Double(max(1, c.keys.count)).squareRoot())
            return corroboration + 0.5 / Double(1 + c.paragraphRank)
        }
        let order = candidates.indices.sorted { (-scores[$0], candidates[$0].point.articleID, candidates[$0].position)
            < (-scores[$1], candidates[$1].point.articleID, candidates[$1].position) }
        var chosen: [Candidate] = []
        var perSource: [String: Int] = [:]
        for i in order where chosen.count < length {
            let c = candidates[i]
            guard perSource[c.point.articleID, default: 0] < perArticle,
                  chosen.allSatisfy({ dice($0.keys, c.keys) < 0.35 }) else { continue }
            chosen.append(c)
            perSource[c.point.articleID, default: 0] += 1
        }
        // Told in the order things were published.
        return chosen.sorted {
            ($0.articleDate?.dayNumber ?? Int.max, $0.point.articleID, $0.position)
                < ($1.articleDate?.dayNumber ?? Int.max, $1.point.articleID, $1.position)
        }.map(\.point)
    }

    /// Dice's coefficient of two sorted word lists: twice the shared words over all words.
    static func dice(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        return 2 * Double(WordHash.sharedCount(a, b)) / Double(a.count + b.count)
    }
}
