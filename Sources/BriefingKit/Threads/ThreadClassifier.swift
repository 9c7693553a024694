/// Threads: scores every paragraph of an article against every configured
/// thread and puts the article in each thread it substantially covers — not
/// only its best match. A paragraph is about a thread when it holds one of
/// its signals, or two of its terms.
public enum ThreadClassifier {
    /// A paragraph's score must reach this to count as about the thread.
    static let paragraphThreshold = 2

    /// Evidence (2 per signal, 1 per term, the title's counting twice) an
    /// article needs for its main thread, and for a second one.
    static let mainEvidence = 4
    static let secondEvidence = 6
    /// Paragraphs about a thread that make it without any of its signals.
    static let termsOnlyParagraphs = 3
    /// A second thread needs at least this share of the main thread's evidence.
    static let secondShare = 0.5

    public static func assign(_ articles: [AnalysedArticle], threads: [ThreadDefinition]) -> ThreadAssignment {
        assign(articles.map(\.article), threads: threads, earlier: Array(repeating: nil, count: articles.count)).assignment
    }

    /// As `assign`, taking each article's verdict from `earlier` (same
    /// indices) where an earlier build made it under the same threads.
    static func assign(_ articles: [Article], threads: [ThreadDefinition],
                       earlier: [ThreadVerdict?]) -> (assignment: ThreadAssignment, verdicts: [ThreadVerdict]) {
        let matchers = threads.map(ThreadMatcher.init)
        // Articles are scored independently, on every core.
        let verdicts = Parallel.map(Array(articles.indices)) { i in
            earlier[i] ?? verdict(on: articles[i], threads: threads, matchers: matchers)
        }
        return (ThreadAssignment(articleIDs: articles.map(\.id), threadIDs: threads.map(\.id), verdicts: verdicts), verdicts)
    }

    private static func verdict(on article: Article, threads: [ThreadDefinition], matchers: [ThreadMatcher]) -> ThreadVerdict {
        let words = article.paragraphWords
        let total = max(1, words.reduce(0, +))
        // Words of each paragraph normalised once, scored against every thread.
        let paragraphWords = article.paragraphs.map(ThreadMatcher.words)
        let titleWords = ThreadMatcher.words(article.title)
        var scores: [ThreadScore] = []
        for matcher in matchers {
            let title = matcher.match(titleWords)
            var evidence = 2 * title.score
            var signals = title.signals
            var about: [Int] = []
            var aboutWords = 0
            for (p, paragraph) in paragraphWords.enumerated() {
                let (score, found) = matcher.match(paragraph)
                evidence += score
                signals += found
                if score >= paragraphThreshold {
                    about.append(p)
                    aboutWords += words[p]
                }
            }
            scores.append(ThreadScore(paragraphs: about, share: Double(aboutWords) / Double(total),
                                      titleMatches: title.score >= paragraphThreshold, evidence: evidence, signals: signals))
        }
        let best = scores.map(\.evidence).max() ?? 0
        let members = threads.indices.filter { isMember(scores[$0], best: best, paragraphs: article.paragraphs.count) }.map { threads[$0].id }
        return ThreadVerdict(scores: scores, members: members)
    }

    /// An article joins every thread it covers, not only its best match,
    /// but no thread a passing mention points at. It needs a paragraph about
    /// the thread, one of its signals or three paragraphs (a few terms say what
    /// the story's world is, not which story), enough evidence, and then to be
    /// the thread it is most about, or to give it two paragraphs, or nearly as
    /// much evidence.
    static func isMember(_ score: ThreadScore, best: Int, paragraphs: Int) -> Bool {
        guard !score.paragraphs.isEmpty else { return false }
        if paragraphs <= 2 { return true }   // a short item: its one paragraph decides
        guard score.signals > 0 || score.paragraphs.count >= termsOnlyParagraphs, score.evidence >= mainEvidence else { return false }
        if score.evidence == best || score.paragraphs.count >= 2 { return true }
        return score.evidence >= secondEvidence && Double(score.evidence) >= secondShare * Double(best)
    }
}

/// One article's scores against each configured thread (in the config's
/// order) and the threads it joins; it depends on the article and the
/// threads' definitions only.
struct ThreadVerdict: Hashable, Codable {
    let scores: [ThreadScore]
    let members: [String]
}

/// Which threads each article belongs to, and why: each article's verdict,
/// found by its id. The verdicts stay one list, as the classifier made
/// them, rather than being spread into a dictionary of scores per article:
/// that took ten thousand small dictionaries, on one core, at every rebuild.
public struct ThreadAssignment: Sendable {
    private let indexOf: [String: Int]
    private let threadIDs: [String]
    private let verdicts: [ThreadVerdict]

    init(articleIDs: [String], threadIDs: [String], verdicts: [ThreadVerdict]) {
        indexOf = Dictionary(zip(articleIDs, articleIDs.indices), uniquingKeysWith: { _, last in last })
        self.threadIDs = threadIDs
        self.verdicts = verdicts
    }

    public func threads(of articleID: String) -> [String] { indexOf[articleID].map { verdicts[$0].members } ?? [] }

    /// The article's score for the thread, nil for an unknown article or thread.
    public func score(of articleID: String, in threadID: String) -> ThreadScore? {
        guard let i = indexOf[articleID], let t = threadIDs.firstIndex(of: threadID) else { return nil }
        return verdicts[i].scores[t]
    }

    /// Whether paragraph `p` of the article is about the thread.
    public func paragraph(_ p: Int, of articleID: String, isAbout threadID: String) -> Bool {
        score(of: articleID, in: threadID)?.paragraphs.contains(p) ?? false
    }
}

public struct ThreadScore: Hashable, Sendable, Codable {
    /// Paragraphs (0-based) about the thread.
    public let paragraphs: [Int]
    /// Share of the article's words in those paragraphs.
    public let share: Double
    public let titleMatches: Bool
    /// All the thread's words found in the title (twice) and the text.
    public let evidence: Int
    /// Signals found in the title and the paragraphs, each paragraph counted apart.
    public let signals: Int
}

/// Case-insensitive whole-word matching of a thread's signals and terms
/// ("Greenland’s" matches "Greenland"). Phrases are indexed by their first
/// word, so scoring a paragraph is one pass over its words.
///
/// Words are compared as their 64-bit hashes (`WordHash`), not as strings:
/// every paragraph of every article is scored against every thread, and a
/// string made and hashed again per word and per thread was most of the
/// classifier's time. Two words with one hash would match; among a few
/// hundred thousand distinct words the odds are about one in a hundred million.
struct ThreadMatcher {
    private struct Phrase { let words: [UInt64]; let weight: Int; let index: Int }
    private let byFirstWord: [UInt64: [Phrase]]
    /// One bit per first word, by its low bits: most words of a paragraph
    /// start no phrase, and one bit says so before the table is looked in.
    private var firstWordBits = [UInt64](repeating: 0, count: 16)
    private let count: Int

    init(_ thread: ThreadDefinition) {
        var index: [UInt64: [Phrase]] = [:]
        let weighted = thread.signals.map { ($0, 2) } + thread.terms.map { ($0, 1) }
        for (i, (text, weight)) in weighted.enumerated() {
            let words = ThreadMatcher.words(text)
            guard let first = words.first else { continue }
            index[first, default: []].append(Phrase(words: words, weight: weight, index: i))
            firstWordBits[Int(first & 1023) >> 6] |= 1 << (first & 63)
        }
        byFirstWord = index
        count = weighted.count
    }

    /// 2 per distinct signal, 1 per distinct term found.
    func score(_ text: String) -> Int { match(ThreadMatcher.words(text)).score }

    /// The score of `words` and how many distinct signals they hold.
    func match(_ words: [UInt64]) -> (score: Int, signals: Int) {
        var found = [Bool](repeating: false, count: count)
        var score = 0, signals = 0
        for (i, word) in words.enumerated() {
            guard firstWordBits[Int(word & 1023) >> 6] & (1 << (word & 63)) != 0, let candidates = byFirstWord[word] else { continue }
            for phrase in candidates where !found[phrase.index] && i + phrase.words.count <= words.count {
                if phrase.words.count == 1 || words[i..<(i + phrase.words.count)].elementsEqual(phrase.words) {
                    found[phrase.index] = true
                    score += phrase.weight
                    if phrase.weight == 2 { signals += 1 }
                }
            }
        }
        return (score, signals)
    }

    /// Lower-case words, possessive and plural endings removed, so that
    /// "security guarantee" matches "security guarantees" and "Greenland’s";
    /// each as the hash of its bytes.
    /// The text is not lower-cased whole into a copy: each word is, as it
    /// is hashed, an ASCII word in a buffer on the stack. The same words:
    /// lower-casing maps a letter to letters and a mark to a mark, so it
    /// moves no boundary between words.
    static func words(_ text: String) -> [UInt64] {
        var hashes: [UInt64] = []
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
            Words.forEachToken(in: text) { token in
                guard token.count <= buffer.count, token.allSatisfy({ $0 < 0x80 }) else {
                    return hashes.append(hash(Words.lowercased(token)))
                }
                for (i, byte) in token.enumerated() { buffer[i] = byte &- 65 < 26 ? byte | 0x20 : byte }
                hashes.append(hash(UnsafeBufferPointer(rebasing: buffer[..<token.count])))
            }
        }
        return hashes
    }

    private static func hash(_ word: String) -> UInt64 {
        var word = word
        return word.withUTF8 { hash($0) }
    }

    /// The word's hash, its possessive ('s, ’s) and then a plural "s" taken off
    /// (not from "ss", nor from a word of four characters or fewer). Endings are
    /// ASCII and compared as bytes (see `Words.stem`).
    private static func hash(_ token: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let s = UInt8(ascii: "s")
        let n = token.count - Words.possessiveLength(token)
        let word = UnsafeBufferPointer(rebasing: token[..<n])
        let characters = word.allSatisfy { $0 < 0x80 } ? n : String(decoding: word, as: UTF8.self).count
        let plural = n >= 1 && word[n - 1] == s && (n < 2 || word[n - 2] != s) && characters > 4
        var hash = WordHash()
        hash.add(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(word)[..<(n - (plural ? 1 : 0))]))
        return hash.value
    }
}
