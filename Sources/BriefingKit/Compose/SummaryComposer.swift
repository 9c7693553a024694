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
            // How many words, and the first lower-cased: no list of them made.
            var words = 0, first = ""
            Words.forEachToken(in: sentence.text) { word in
                if words == 0 { first = Words.lowercased(word) }
                words += 1
            }
            guard (8...60).contains(words), !dependentStarts.contains(first) else { continue }
            // The openings are lower-case ASCII: the sentence's start is lower-cased once, not once per opening.
            let opening = sentence.text.utf8.prefix(longestOpening).lazy.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
            guard !dependentOpenings.contains(where: { opening.starts(with: $0.utf8) }),
                  QuoteBalance.openQuote(in: sentence.text) == nil,
                  matcher.score(sentence.text) > 0 else { continue }  // the sentence itself names the thread's subject
            found.append(Candidate(point: SummaryPoint(text: sentence.text, articleID: analysis.article.id, paragraph: sentence.paragraph),
                                   keys: Words.contentKeyHashes(sentence.text), articleDate: analysis.article.date,
                                   position: sentence.position, paragraphRank: rank))
            rank += 1
        }
        return found
    }

    /// `candidates` holds each article's candidates, article by article:
    /// one list per article, all of whose candidates name it.
    static func summary(articleCount: Int, candidates: [[Candidate]]) -> [SummaryPoint] {
        // Few sources: let each give more; many: keep the summary plural.
        let perArticle = articleCount <= 2 ? 3 : 2
        // In how many articles of the thread each word appears.
        var articlesUsing = GroupCounts(expected: 1024)
        for (article, list) in candidates.enumerated() {
            for c in list { articlesUsing.add(c.keys, group: article) }
        }
        // Each article as a number in the order of its id, so that ordering
        // twenty thousand candidates compares numbers, not ids.
        let ids = candidates.map { $0.first?.point.articleID }
        var rank = [Int](repeating: 0, count: candidates.count)
        var distinct = 0
        var previous: String?
        for list in candidates.indices.filter({ ids[$0] != nil }).sorted(by: { ids[$0]! < ids[$1]! }) {
            if ids[list] != previous { distinct += 1; previous = ids[list] }
            rank[list] = distinct - 1
        }
        let sources = Double(max(1, distinct))
        // Candidates by list and place in it, not copied into one list.
        var places: [(list: Int, item: Int)] = []
        var scores: [Double] = [], positions: [Int] = []
        let total = candidates.reduce(0) { $0 + $1.count }
        places.reserveCapacity(total); scores.reserveCapacity(total); positions.reserveCapacity(total)
        for (l, list) in candidates.enumerated() {
            for (k, c) in list.enumerated() {
                // Share of the other articles that use each of this sentence's words: what several sources say.
                // (A sum of whole numbers, exact in a Double.)
                let corroboration = Double(articlesUsing.total(of: c.keys) - c.keys.count) / (sources * Double(max(1, c.keys.count)).squareRoot())
                places.append((l, k))
                scores.append(corroboration + 0.5 / Double(1 + c.paragraphRank))
                positions.append(c.position)
            }
        }
        // Best score first; then by article id and place, so ties fall the same way every build.
        let order = places.indices.sorted { a, b in
            if scores[a] != scores[b] { return scores[a] > scores[b] }
            let ra = rank[places[a].list], rb = rank[places[b].list]
            return ra != rb ? ra < rb : positions[a] < positions[b]
        }
        var chosen: [Candidate] = []
        var perSource = [Int](repeating: 0, count: candidates.count)
        for i in order {
            guard chosen.count < length else { break }
            let (l, k) = places[i]
            let c = candidates[l][k]
            guard perSource[rank[l]] < perArticle, chosen.allSatisfy({ dice($0.keys, c.keys) < 0.35 }) else { continue }
            chosen.append(c)
            perSource[rank[l]] += 1
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
