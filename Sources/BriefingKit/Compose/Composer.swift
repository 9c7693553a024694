/// Compose: turns analysed, threaded articles into the briefing — per
/// thread a summary, a merged timeline, key quotes and sources, written as
/// Markdown whose every sentence links to the paragraph it came from.
public enum Composer {
    public static func compose(config: SiteConfig, analysed: [AnalysedArticle], assignment: ThreadAssignment) -> Briefing {
        let byID = analysed.sorted { $0.article.id < $1.article.id }
        let slugs = Slug.unique(byID.map { $0.article.title })
        let originals = DuplicateDetector.originals(byID.map(\.article))
        let copiesOf = Dictionary(grouping: originals.keys.sorted(), by: { originals[$0]! })
        let entries = zip(byID, slugs).map { analysis, slug in
            var entry = ArticleEntry(analysis: analysis, slug: slug, threadIDs: assignment.threads(of: analysis.article.id))
            entry.duplicateOf = originals[entry.id]
            entry.copies = copiesOf[entry.id] ?? []
            return entry
        }.sorted(by: newestFirst)
        // Copies are listed beside their original, not counted again.
        let shown = entries.filter { $0.duplicateOf == nil }
        let lookup = Dictionary(uniqueKeysWithValues: entries.map { ($0.id, $0) })
        let threadOrder = config.threads.map(\.id)
        let entities = EntityDirectory.profiles(entries: shown, threadOrder: threadOrder)

        var threads: [ThreadBriefing] = []
        for definition in config.threads {
            let members = shown.filter { $0.threadIDs.contains(definition.id) }
            let items = Parallel.map(members) { entry in
                entry.analysis.events.filter { event in
                    entry.threadIDs.count == 1 || assignment.paragraph(event.paragraph, of: entry.id, isAbout: definition.id)
                }.map { timelineItem($0, entry, threads: [definition.id]) }
            }.flatMap { $0 }
            let timeline = TimelineMerger.merge(items)
            let summary = SummaryComposer.summary(thread: definition, articles: members, assignment: assignment)
            let quotes = QuoteSelector.keyQuotes(threadID: definition.id, articles: members, assignment: assignment)
            let document = ThreadDocumentWriter.document(definition: definition, articles: members, summary: summary,
                                                         timeline: timeline, quotes: quotes, lookup: lookup)
            threads.append(ThreadBriefing(definition: definition, articleIDs: members.map(\.id), summary: summary,
                                          timeline: timeline, quotes: quotes, document: document,
                                          whoIsWho: EntityDirectory.whoIsWho(thread: definition.id, members: Set(members.map(\.id)),
                                                                             profiles: entities)))
        }
        let allItems = Parallel.map(shown) { entry in entry.analysis.events.map { timelineItem($0, entry, threads: entry.threadIDs) } }
            .flatMap { $0 }
        return Briefing(config: config, articles: entries, threads: threads,
                        unthreaded: entries.filter { $0.threadIDs.isEmpty }.map(\.id),
                        timeline: TimelineMerger.merge(allItems), entities: entities,
                        sources: SourceDirectory.profiles(entries: entries, threadOrder: threadOrder))
    }

    private static func timelineItem(_ event: Event, _ entry: ArticleEntry, threads: [String]) -> TimelineMerger.Item {
        TimelineMerger.Item(event: event, articleID: entry.id, articleDate: entry.article.date,
                            threadIDs: threads, keys: Words.contentKeys(event.text),
                            names: TimelineMerger.names(in: event.text))
    }

    static func newestFirst(_ a: ArticleEntry, _ b: ArticleEntry) -> Bool {
        let da = a.article.date?.dayNumber ?? Int.min, db = b.article.date?.dayNumber ?? Int.min
        return da != db ? da > db : a.id < b.id
    }
}
