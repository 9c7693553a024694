/// Compose: turns analysed, threaded articles into the briefing — per
/// thread a summary, a merged timeline, key quotes and sources, written as
/// Markdown whose every sentence links to the paragraph it came from.
public enum Composer {
    public static func compose(config: SiteConfig, analysed: [AnalysedArticle], assignment: ThreadAssignment) -> Briefing {
        compose(config: config, analysed: analysed, assignment: assignment,
                digests: digests(of: analysed, threads: config.threads, assignment: assignment))
    }

    /// The digest of each article (same indices), on every core; `earlier`
    /// gives those known from the cache.
    static func digests(of analysed: [AnalysedArticle], threads: [ThreadDefinition], assignment: ThreadAssignment,
                        earlier: [ArticleDigest?]? = nil, signatures: [[UInt64]]? = nil, slugBases: [String]? = nil) -> [ArticleDigest] {
        let matchers = threads.map(ThreadMatcher.init)
        return Parallel.map(Array(analysed.indices)) { i in
            earlier?[i] ?? ArticleDigest(analysed[i], threads: threads, matchers: matchers, assignment: assignment,
                                         signature: signatures?[i], slugBase: slugBases?[i])
        }
    }

    /// Each article's slug (see `ArticleSlugs`), in id order. It depends on
    /// the articles alone, so a build makes them while they are analysed.
    /// `bases` (same indices as `articles`) are `Slug.make` of each title.
    /// With `reuse`, the slugs an earlier build made of the same ids, titles
    /// and dates are taken as they are.
    static func slugs(_ articles: [Article], bases: [String], reuse: ComposeReuse?) -> [String] {
        let order = idOrder(articles.map(\.id))
        let inOrder = order.map { articles[$0] }
        let make = { ArticleSlugs.make($0, bases: order.map { bases[$0] }) }
        return reuse.map { $0.slugs(inOrder, make: make) } ?? make(inOrder)
    }

    /// The original of each copy among `articles`, by id (see
    /// `DuplicateDetector`), from each article's signature (same indices).
    /// It depends on the articles alone, so a build finds it while they are
    /// analysed. With `reuse`, buckets and pairs as an earlier build found
    /// them are not compared again.
    static func copies(_ articles: [Article], signatures: [[UInt64]], reuse: ComposeReuse?) -> [String: String] {
        let order = idOrder(articles.map(\.id))
        let byID = order.map { articles[$0] }, inOrder = order.map { signatures[$0] }
        return reuse?.originals(byID, signatures: inOrder) ?? DuplicateDetector.originals(byID, signatures: inOrder)
    }

    /// `digests` has the same indices as `analysed`. With `reuse`, slugs and
    /// each thread whose members and their inputs are as an earlier build
    /// found them are copied from it (see `ComposeReuse`). `originals` and
    /// `slugs`, when given, are what `copies` and `slugs` make of the articles.
    static func compose(config: SiteConfig, analysed: [AnalysedArticle], assignment: ThreadAssignment,
                        digests: [ArticleDigest], reuse: ComposeReuse? = nil, originals known: [String: String]? = nil,
                        slugs knownSlugs: [String]? = nil) -> Briefing {
        let order = idOrder(analysed.map(\.article.id))
        let byID = order.map { analysed[$0] }
        let digestOf = Dictionary(uniqueKeysWithValues: order.map { (analysed[$0].article.id, digests[$0]) })
        let articles = byID.map(\.article)
        // Slugs and copies are found independently: the slugs on another core.
        let slugsMade = knownSlugs == nil ? Eventually { [bases = order.map { digests[$0].slugBase }] in
            let make = { ArticleSlugs.make($0, bases: bases) }
            return Trace.measure("compose.slugs") { reuse.map { $0.slugs(articles, make: make) } ?? make(articles) }
        } : nil
        let originals = known ?? Trace.measure("compose.duplicates") {
            copies(analysed.map(\.article), signatures: digests.map(\.signature), reuse: reuse)
        }
        let slugs = knownSlugs ?? slugsMade!.value
        let copiesOf = Dictionary(grouping: originals.keys.sorted(), by: { originals[$0]! })
        let entries = newestFirst(zip(byID, slugs).map { analysis, slug in
            let id = analysis.article.id
            return ArticleEntry(analysis: analysis, slug: slug, threadIDs: assignment.threads(of: id),
                                duplicateOf: originals[id], copies: copiesOf[id] ?? [])
        })
        // Copies are listed beside their original, not counted again.
        let shown = entries.filter { $0.duplicateOf == nil }
        let lookup = Dictionary(uniqueKeysWithValues: entries.map { ($0.id, $0) })
        let threadOrder = config.threads.map(\.id)
        // The whole briefing's timeline needs neither profiles nor threads:
        // it is merged on another core while they are made.
        let timeline = Eventually { [digestOf] in
            Trace.measure("compose.timeline") {
                TimelineMerger.merge(timelineItems(of: shown, digestOf: digestOf, reuse: reuse), memo: reuse?.parts)
            }
        }
        // Profiles of names and of sources need no thread: made on another core while the threads are.
        let entitiesMade = Eventually {
            Trace.measure("compose.entities") { EntityDirectory.profiles(entries: shown, threadOrder: threadOrder) }
        }
        let sourcesMade = Eventually {
            Trace.measure("compose.sources") { SourceDirectory.profiles(entries: entries, threadOrder: threadOrder) }
        }
        // Threads are composed independently, on every core.
        let composed = Trace.measure("compose.threads") { Parallel.map(Array(config.threads.indices)) { job in
            Trace.measure("compose.thread\(job)") {
                thread(config.threads[job], shown: shown, assignment: assignment, digestOf: digestOf, lookup: lookup, reuse: reuse)
            }
        } }
        let entities = entitiesMade.value
        let whoIsWho = EntityDirectory.whoIsWho(members: composed.map(\.members), profiles: entities)
        let threads = zip(config.threads, composed).enumerated().map { t, made in
            let (definition, thread) = made
            return ThreadBriefing(definition: definition, articleIDs: thread.members, summary: thread.parts.summary,
                                  timeline: thread.parts.timeline, quotes: thread.parts.quotes, document: thread.parts.document,
                                  whoIsWho: whoIsWho[t])
        }
        return Briefing(config: config, articles: entries, threads: threads,
                        unthreaded: entries.filter { $0.threadIDs.isEmpty }.map(\.id),
                        timeline: timeline.value, entities: entities, sources: sourcesMade.value)
    }

    /// One thread's members (ids) and its merged timeline, summary, key quotes and Markdown document.
    private static func thread(_ definition: ThreadDefinition, shown: [ArticleEntry], assignment: ThreadAssignment,
                               digestOf: [String: ArticleDigest], lookup: [String: ArticleEntry],
                               reuse: ComposeReuse?) -> (members: [String], parts: ComposeReuse.Composed) {
        let members = shown.filter { $0.threadIDs.contains(definition.id) }
        func composed() -> ComposeReuse.Composed {
            composedThread(definition, members: members, assignment: assignment, digestOf: digestOf, lookup: lookup, reuse: reuse)
        }
        return (members.map(\.id), reuse.flatMap { $0.composed(definition, members: members, make: composed) } ?? composed())
    }

    /// What a thread is made of besides its members and who's who.
    private static func composedThread(_ definition: ThreadDefinition, members: [ArticleEntry], assignment: ThreadAssignment,
                                       digestOf: [String: ArticleDigest], lookup: [String: ArticleEntry],
                                       reuse: ComposeReuse?) -> ComposeReuse.Composed {
        let items = timelineItems(of: members, digestOf: digestOf, reuse: reuse, thread: definition.id) { entry, event in
            entry.threadIDs.count == 1 || assignment.paragraph(event.paragraph, of: entry.id, isAbout: definition.id)
        }
        let timeline = TimelineMerger.merge(items, memo: reuse?.parts, scope: "thread:" + definition.id + ":")
        let summary = SummaryComposer.summary(articleCount: members.count,
                                              candidates: members.map { digestOf[$0.id]!.candidates(for: definition.id) })
        let quotes = QuoteSelector.keyQuotes(threadID: definition.id, articles: members, assignment: assignment)
        let document = ThreadDocumentWriter.document(definition: definition, articles: members, summary: summary,
                                                     timeline: timeline, quotes: quotes, lookup: lookup)
        return ComposeReuse.Composed(summary: summary, timeline: timeline, quotes: quotes, document: document)
    }

    /// Event `e` of the entry's article, with its words from the digest.
    /// The events of `entries` that `includes` keeps, as timeline items with
    /// their words from the digests: under their articles' threads, or under
    /// `thread` alone for a thread's own timeline. Appended to one list:
    /// `flatMap` copied each of some 40,000 items once more.
    private static func timelineItems(of entries: [ArticleEntry], digestOf: [String: ArticleDigest], reuse: ComposeReuse?,
                                      thread: String? = nil,
                                      includes: (ArticleEntry, Event) -> Bool = { _, _ in true }) -> [TimelineMerger.Item] {
        var items: [TimelineMerger.Item] = []
        items.reserveCapacity(entries.reduce(0) { $0 + $1.analysis.events.count })
        let threadOnly = thread.map { [$0] }
        let threadOnlyHash = threadOnly.map(TimelineMerger.hash)
        for entry in entries where !entry.analysis.events.isEmpty {
            let seed = reuse?.seedHash(entry.id), digest = digestOf[entry.id]!
            let threadIDs = threadOnly ?? entry.threadIDs
            let threadsHash = threadOnlyHash ?? TimelineMerger.hash(threadIDs: threadIDs)
            for (e, event) in entry.analysis.events.enumerated() where includes(entry, event) {
                items.append(TimelineMerger.Item(event: event, articleID: entry.id, articleDate: entry.article.date,
                                                 threadIDs: threadIDs, threadsHash: threadsHash, keys: digest.eventKeys[e],
                                                 names: digest.eventNames[e], seed: seed))
            }
        }
        return items
    }

    /// Indices of `ids` in id order. Seeds are listed by name, so the ids
    /// are mostly in order already: checked in one pass before sorting.
    static func idOrder(_ ids: [String]) -> [Int] {
        if zip(ids, ids.dropFirst()).allSatisfy({ $0 < $1 }) { return Array(ids.indices) }
        return ids.indices.sorted { ids[$0] < ids[$1] }
    }

    /// Entries in id order, rearranged newest first (ties stay in id
    /// order). Sorted as pairs of numbers: sorting the entries themselves
    /// compared their dates through two objects and moved each entry many times.
    static func newestFirst(_ byID: [ArticleEntry]) -> [ArticleEntry] {
        let keys = byID.indices.map { (-(byID[$0].article.date?.dayNumber ?? Int.min + 1), $0) }.sorted { $0 < $1 }
        return keys.map { byID[$0.1] }
    }
}
