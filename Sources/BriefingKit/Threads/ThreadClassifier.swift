/// Threads: scores every paragraph of an article against every configured
/// thread and puts the article in each thread it substantially covers — not
/// only its best match. A paragraph is about a thread when it holds one of
/// its signals, or two of its terms.
public enum ThreadClassifier {
    /// A paragraph's score must reach this to count as about the thread.
    static let paragraphThreshold = 2
    /// Share of the article's words in paragraphs about the thread that alone makes it a member.
    static let memberShare = 0.25

    public static func assign(_ articles: [AnalysedArticle], threads: [ThreadDefinition]) -> ThreadAssignment {
        let matchers = threads.map(ThreadMatcher.init)
        var result = ThreadAssignment()
        for a in articles {
            let article = a.article
            let words = article.paragraphWords
            let total = max(1, words.reduce(0, +))
            // Words of each paragraph normalised once, scored against every thread.
            let paragraphWords = article.paragraphs.map(ThreadMatcher.words)
            let titleScores = matchers.map { $0.score(ThreadMatcher.words(article.title)) }
            var memberships: [String] = []
            for (t, matcher) in matchers.enumerated() {
                let id = threads[t].id
                var about: [Int] = []
                var aboutWords = 0
                for (p, paragraph) in paragraphWords.enumerated() where matcher.score(paragraph) >= paragraphThreshold {
                    about.append(p)
                    aboutWords += words[p]
                }
                let share = Double(aboutWords) / Double(total)
                let titleAbout = titleScores[t] >= paragraphThreshold
                let isMember = about.count >= 2 || share >= memberShare || (titleAbout && !about.isEmpty)
                    || (article.paragraphs.count <= 2 && !about.isEmpty)
                result.scores[article.id, default: [:]][id] = ThreadScore(paragraphs: about, share: share, titleMatches: titleAbout)
                if isMember { memberships.append(id) }
            }
            result.memberships[article.id] = memberships
        }
        return result
    }
}

/// Which threads each article belongs to, and why.
public struct ThreadAssignment: Sendable {
    public var memberships: [String: [String]] = [:]
    public var scores: [String: [String: ThreadScore]] = [:]

    public func threads(of articleID: String) -> [String] { memberships[articleID] ?? [] }

    /// Whether paragraph `p` of the article is about the thread.
    public func paragraph(_ p: Int, of articleID: String, isAbout threadID: String) -> Bool {
        scores[articleID]?[threadID]?.paragraphs.contains(p) ?? false
    }
}

public struct ThreadScore: Hashable, Sendable {
    /// Paragraphs (0-based) about the thread.
    public let paragraphs: [Int]
    /// Share of the article's words in those paragraphs.
    public let share: Double
    public let titleMatches: Bool
}

/// Case-insensitive whole-word matching of a thread's signals and terms
/// ("Greenland’s" matches "Greenland"). Phrases are indexed by their first
/// word, so scoring a paragraph is one pass over its words.
struct ThreadMatcher {
    private struct Phrase { let words: [String]; let weight: Int; let index: Int }
    private let byFirstWord: [String: [Phrase]]
    private let count: Int

    init(_ thread: ThreadDefinition) {
        var index: [String: [Phrase]] = [:]
        let weighted = thread.signals.map { ($0, 2) } + thread.terms.map { ($0, 1) }
        for (i, (text, weight)) in weighted.enumerated() {
            let words = ThreadMatcher.words(text)
            guard let first = words.first else { continue }
            index[first, default: []].append(Phrase(words: words, weight: weight, index: i))
        }
        byFirstWord = index
        count = weighted.count
    }

    /// 2 per distinct signal, 1 per distinct term found.
    func score(_ text: String) -> Int { score(ThreadMatcher.words(text)) }

    func score(_ words: [String]) -> Int {
        var found = [Bool](repeating: false, count: count)
        var score = 0
        for (i, word) in words.enumerated() {
            guard let candidates = byFirstWord[word] else { continue }
            for phrase in candidates where !found[phrase.index] && i + phrase.words.count <= words.count {
                if phrase.words.count == 1 || Array(words[i..<(i + phrase.words.count)]) == phrase.words {
                    found[phrase.index] = true
                    score += phrase.weight
                }
            }
        }
        return score
    }

    /// Lower-case words, possessive endings removed.
    static func words(_ text: String) -> [String] {
        Words.tokens(text.lowercased()).map { word in
            String(word.hasSuffix("’s") || word.hasSuffix("'s") ? word.dropLast(2) : word)
        }
    }
}
