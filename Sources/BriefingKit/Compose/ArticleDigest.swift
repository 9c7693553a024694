/// What compose needs of one article that depends only on the article, its
/// thread verdict and the threads' definitions: its MinHash signature, its
/// title as a slug, the words and names of each event's sentence, and its summary candidates for
/// each thread it joins. Worked out on every core, and kept in the build
/// cache beside the verdict, so that a rebuild works it out only for new and
/// changed articles and compose itself is left with what spans articles.
struct ArticleDigest: Hashable, Codable, Sendable {
    struct Candidates: Hashable, Codable, Sendable {
        let threadID: String
        /// Left in the cache's pack until the thread is composed again
        /// (`DeferredList`): a rebuild composes one thread at most, and
        /// decoding every article's candidates was a sixth of reading the cache.
        let list: DeferredList<SummaryComposer.Candidate>
        /// Checked when read (`DeferredList(checking:)`), so never nil.
        var candidates: [SummaryComposer.Candidate] { list.values ?? [] }

        init(threadID: String, candidates: [SummaryComposer.Candidate]) {
            self.init(threadID: threadID, list: DeferredList(candidates))
        }
        init(threadID: String, list: DeferredList<SummaryComposer.Candidate>) {
            self.threadID = threadID
            self.list = list
        }
    }

    let signature: [UInt64]
    /// `Slug.make` of the title, before `ArticleSlugs` tells namesakes apart.
    let slugBase: String
    /// Content words and capitalised names of each event's sentence, in
    /// the order of `AnalysedArticle.events`, as `WordHash.sortedHashes`.
    let eventKeys: [[UInt64]]
    let eventNames: [[UInt64]]
    let summaryCandidates: [Candidates]

    /// `matchers` are the threads' matchers, in the same order.
    /// `signature` and `slugBase`, when the caller has them, are
    /// `DuplicateDetector.signature(of:)` and `Slug.make` of the article and its title.
    init(_ analysis: AnalysedArticle, threads: [ThreadDefinition], matchers: [ThreadMatcher], assignment: ThreadAssignment,
         signature: [UInt64]? = nil, slugBase: String? = nil) {
        self.signature = signature ?? DuplicateDetector.signature(of: analysis.article)
        self.slugBase = slugBase ?? Slug.make(analysis.article.title)
        eventKeys = analysis.events.map { Words.contentKeyHashes($0.text) }
        eventNames = analysis.events.map { TimelineMerger.nameHashes(in: $0.text) }
        let id = analysis.article.id
        let joined = Set(assignment.threads(of: id))
        summaryCandidates = zip(threads, matchers).filter { joined.contains($0.0.id) }.map { thread, matcher in
            Candidates(threadID: thread.id, candidates: SummaryComposer.candidates(in: analysis, matcher: matcher) { paragraph in
                assignment.paragraph(paragraph, of: id, isAbout: thread.id)
            })
        }
    }

    func candidates(for threadID: String) -> [SummaryComposer.Candidate] {
        summaryCandidates.first { $0.threadID == threadID }?.candidates ?? []
    }
}
