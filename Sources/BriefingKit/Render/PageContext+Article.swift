/// An article's page, in two parts. What comes from the seed alone (the
/// text, its metadata and its dated events) is a function of the seed's
/// cache key and the page's path, so a rebuild can tell the page is
/// unchanged without building that part, the bulk of the page: see
/// `PageFingerprint.article`. Everything else (names resolved across the
/// corpus, links to other pages, the navigation) is the smaller part, built
/// and hashed for every page.
extension PageContext {
    /// The whole page; `links` when they are already made.
    func article(_ entry: ArticleEntry, links: ArticleLinks? = nil) -> [String: Any] {
        Self.articleFromSeed(entry.article, events: entry.analysis.events, path: entry.path)
            .merging(articleChrome) { _, chrome in chrome }
            .merging((links ?? articleLinks(entry)).values) { _, linked in linked }
    }

    /// Reads nothing but the article as ingested, its events and its path:
    /// static, so it cannot reach the rest of the briefing.
    static func articleFromSeed(_ a: Article, events: [Event], path: String) -> [String: Any] {
        var c: [String: Any] = [:]
        c["title"] = a.title
        c["title_made"] = a.titleSource == .lede
        c["date_label"] = a.date?.longForm ?? "Date unknown"
        c["date_iso"] = a.date?.iso ?? ""
        c["has_date"] = a.date != nil
        c["date_source"] = a.dateSource.rawValue
        c["date_inferred"] = a.dateSource == .inferred
        c["date_evidence"] = a.dateEvidence
        c["author"] = a.author      // absent keys are false in Mustache; empty strings are not
        c["outlet"] = a.outlet
        c["file"] = a.file
        c["words"] = a.wordCount
        c["paragraphs"] = a.paragraphs.enumerated().map { ["anchor": SitePaths.paragraphAnchor($0), "number": $0 + 1, "text": $1] }
        let events = events.sorted { ($0.value, $0.paragraph) < ($1.value, $1.paragraph) }
        c["events"] = events.map { e -> [String: Any] in
            ["date_label": e.value.label, "date_iso": e.value.iso, "text": e.text, "expression": e.expression,
             "relative": e.relative, "anchor": SitePaths.paragraphAnchor(e.paragraph)]
        }
        c["has_events"] = !events.isEmpty
        c["dropped_count"] = a.dropped.count
        return c
    }

    /// The rest of the page but `articleChrome`: the page's title, the
    /// article's threads, its people and quotes as resolved across the
    /// corpus, its original and copies.
    func articleLinks(_ entry: ArticleEntry) -> ArticleLinks {
        let root = SitePaths.root(of: entry.path)
        // Every article page links entities from the same depth: their URLs are made once (`entityURLsFromArticles`).
        let entityURL: (Int) -> String = root == SitePaths.root(of: SitePaths.article("-"))
            ? { entityURLsFromArticles[$0] } : { root + briefing.entities[$0].path }
        let threads = threads(entry.threadIDs).map { ArticleLinks.Link(title: $0.definition.title, url: root + $0.path) }
        let quotes = entry.analysis.quotes.map { q in
            ArticleLinks.Quote(text: q.text, speaker: q.speaker, anchor: SitePaths.paragraphAnchor(q.paragraph),
                               speakerURL: q.speaker.flatMap(briefing.speakerIndex(named:)).map(entityURL))
        }
        let groups = Entity.Kind.allCases.compactMap { kind -> ArticleLinks.Group? in
            let items = entry.analysis.entities.filter { $0.kind == kind }
            guard !items.isEmpty else { return nil }
            return ArticleLinks.Group(label: Self.kindLabels[kind]!.many, items: items.map { entity in
                ArticleLinks.Named(name: entity.name, role: entity.role, url: briefing.profileIndex(of: entity).map(entityURL))
            })
        }
        return ArticleLinks(
            pageTitle: entry.article.title, threads: threads, hasThreads: !entry.threadIDs.isEmpty, quotes: quotes,
            groups: groups, hasEntities: !entry.analysis.entities.isEmpty,
            original: entry.duplicateOf.flatMap(briefing.article).map { ArticleLinks.Link(title: $0.article.title, url: root + $0.path) },
            copies: entry.copies.compactMap(briefing.article).map {
                ArticleLinks.Copy(label: $0.sourceLabel, title: $0.article.title, url: root + $0.path)
            },
            hasCopies: !entry.copies.isEmpty)
    }
}
