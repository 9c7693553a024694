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
            let words = article.paragraphs.map { Words.count($0) }
            let total = max(1, words.reduce(0, +))
            // Normalised once per paragraph, scored against every thread.
            let normalised = article.paragraphs.map(ThreadMatcher.padded)
            let titleScores = matchers.map { $0.score(padded: ThreadMatcher.padded(article.title)) }
            var memberships: [String] = []
            for (t, matcher) in matchers.enumerated() {
                let id = threads[t].id
                var about: [Int] = []
                var aboutWords = 0
                for (p, paragraph) in normalised.enumerated() where matcher.score(padded: paragraph) >= paragraphThreshold {
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
/// ("Greenland’s" matches "Greenland").
struct ThreadMatcher {
    let signals: [String]
    let terms: [String]

    init(_ thread: ThreadDefinition) {
        signals = thread.signals.map(ThreadMatcher.normalise)
        terms = thread.terms.map(ThreadMatcher.normalise)
    }

    /// 2 per distinct signal, 1 per distinct term found.
    func score(_ text: String) -> Int { score(padded: ThreadMatcher.padded(text)) }

    /// Text normalised and padded with spaces, ready for `score(padded:)`.
    static func padded(_ text: String) -> String { " " + normalise(text) + " " }

    func score(padded: String) -> Int {
        var score = 0
        for s in signals where padded.contains(" " + s + " ") { score += 2 }
        for t in terms where padded.contains(" " + t + " ") { score += 1 }
        return score
    }

    /// Lower-case words joined by single spaces, possessive endings removed.
    static func normalise(_ text: String) -> String {
        Words.tokens(text.lowercased()).map { word -> Substring in
            word.hasSuffix("’s") || word.hasSuffix("'s") ? word.dropLast(2) : word
        }.joined(separator: " ")
    }
}
