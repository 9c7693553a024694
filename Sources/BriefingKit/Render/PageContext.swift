import Foundation

/// The values each template sees. Built as dictionaries because Mustache
/// renders by key; every text value is escaped by Mustache's `{{ }}`, and
/// only cmark's safe output goes through `{{{ }}}`.
struct PageContext: @unchecked Sendable {   // `articleChrome` is made once and only read after
    let briefing: Briefing
    /// Anchor of each entry of `briefing.timeline` on the timeline page.
    let timelineAnchors: [String]
    /// `common` for article pages, less their title: the same for every
    /// article, since all stand in one folder and none is a page the
    /// navigation marks as current. Made once, not ten thousand times.
    let articleChrome: [String: Any]
    /// The URL of each profile of `briefing.entities` from an article page.
    let entityURLsFromArticles: [String]
    /// Renders the parts of long list pages (timeline days, month pages'
    /// articles); nil leaves them out, for contexts that are only hashed.
    let partials: PartialCache?

    init(briefing: Briefing, partials: PartialCache? = nil) {
        self.briefing = briefing
        self.partials = partials
        timelineAnchors = Self.anchors(of: briefing.timeline)
        articleChrome = Self.common(briefing, path: SitePaths.article("-"), title: "").filter { $0.key != "page_title" }
        let fromArticles = SitePaths.root(of: SitePaths.article("-"))
        entityURLsFromArticles = briefing.entities.map { fromArticles + $0.path }
    }

    /// Each timeline entry's anchor on the timeline page, made from its day
    /// and its first report (article and paragraph), so that it stays with
    /// the event: numbered by place in the day, every later event's anchor
    /// moved when one came or went, breaking links to them and making the
    /// rest of a busy day again. Two entries of one day with the same first
    /// report are numbered, in the day's order.
    static func anchors(of timeline: [TimelineEntry]) -> [String] {
        var used: [String: Int] = [:]
        return timeline.map { entry in
            var report = WordHash()
            report.add(entry.sources.first?.articleID ?? "")
            report.add(entry.sources.first?.paragraph ?? -1)
            let hex = String(report.value >> 32, radix: 16)
            let base = "e-\(entry.value.iso)-" + String(repeating: "0", count: 8 - hex.count) + hex
            let n = used[base, default: 0] + 1
            used[base] = n
            return n == 1 ? base : base + "-\(n)"
        }
    }

    /// What every page shows: site title, navigation, feeds. `feed` is the
    /// page's own Atom feed when it has one besides the site's.
    func common(path: String, title: String, feed: (title: String, path: String)? = nil) -> [String: Any] {
        Self.common(briefing, path: path, title: title, feed: feed)
    }

    private static func common(_ briefing: Briefing, path: String, title: String,
                               feed: (title: String, path: String)? = nil) -> [String: Any] {
        let root = SitePaths.root(of: path)
        var feeds: [[String: Any]] = [["title": briefing.config.title, "url": root + SitePaths.feed]]
        if let feed { feeds.append(["title": feed.title, "url": root + feed.path]) }
        return [
            "root": root,
            "lang": briefing.config.language,
            "site_title": briefing.config.title,
            "site_description": briefing.config.description,
            "page_title": title,
            "is_home": path == SitePaths.index,
            "stylesheet": root + SitePaths.stylesheet,
            "feed": root + SitePaths.feed,
            "nav": briefing.threads.map { ["title": $0.definition.title, "url": root + $0.path, "current": $0.path == path] },
            "feeds": feeds,
            "timeline_url": root + SitePaths.timeline,
            "entities_url": root + SitePaths.entities,
            "sources_url": root + SitePaths.sources,
            "search_url": root + SitePaths.search,
            "archive_url": root + SitePaths.archive,
            "home_url": root + SitePaths.index,
            "data_url": root + SitePaths.data,
            "current_timeline": path == SitePaths.timeline,
            "current_entities": path == SitePaths.entities,
            "current_sources": path == SitePaths.sources,
            "current_search": path == SitePaths.search,
            "current_archive": path == SitePaths.archive || path.hasPrefix("archive/"),
        ]
    }

    func index() -> [String: Any] {
        var c = common(path: SitePaths.index, title: briefing.config.title)
        c["threads"] = briefing.threads.map { thread -> [String: Any] in
            let latest = thread.timeline.filter { $0.value.granularity == .day }.suffix(3).reversed()
            return [
                "title": thread.definition.title, "url": thread.path, "description": thread.definition.description,
                "article_count": thread.articleIDs.count, "plural": thread.articleIDs.count != 1,
                "latest": latest.map { timelineItem($0) }, "has_latest": !latest.isEmpty,
                "headline": thread.summary.first?.text ?? "",
            ]
        }
        // Copies of a story are listed with it, not again. The newest only:
        // the archive lists the rest, month by month.
        let shown = briefing.articles.filter { $0.duplicateOf == nil }
        let unthreaded = shown.filter { $0.threadIDs.isEmpty }
        c["articles"] = shown.prefix(Self.latestLimit).map { articleItem($0) }
        c["unthreaded"] = unthreaded.prefix(Self.latestLimit).map { articleItem($0) }
        c["has_unthreaded"] = !unthreaded.isEmpty
        c["unthreaded_count"] = unthreaded.count
        c["more_unthreaded"] = unthreaded.count > Self.latestLimit
        c["article_count"] = shown.count
        c["more_articles"] = shown.count > Self.latestLimit
        c["latest_count"] = min(shown.count, Self.latestLimit)
        c["months"] = archiveMonths()
        c["chart"] = timelineChart(compact: true, hrefPrefix: SitePaths.timeline)
        c["has_chart"] = !briefing.timeline.isEmpty
        return c
    }

    func thread(_ thread: ThreadBriefing) -> [String: Any] {
        var c = common(path: thread.path, title: thread.definition.title,
                       feed: (thread.definition.title, SitePaths.threadFeed(thread.definition.id)))
        c["title"] = thread.definition.title
        c["feed_url"] = (SitePaths.threadFeed(thread.definition.id) as NSString).lastPathComponent
        let people = thread.whoIsWho.compactMap { briefing.entity(slug: $0) }
        c["who"] = people.map { entityItem($0, root: "../") }
        c["has_who"] = !people.isEmpty
        c["description"] = thread.definition.description
        c["sections"] = thread.document.sections.map { ["id": $0.id, "heading": $0.heading, "html": MarkdownHTML(markdown: $0.markdown)] }
        c["markdown_url"] = (SitePaths.threadMarkdown(thread.definition.id) as NSString).lastPathComponent
        c["article_count"] = thread.articleIDs.count
        c["plural"] = thread.articleIDs.count != 1
        return c
    }

    /// An event for pages at the site root (front page, timeline).
    func timelineItem(_ entry: TimelineEntry) -> [String: Any] {
        [
            "date_label": entry.value.label, "date_iso": entry.value.iso, "text": entry.text,
            "sources": entry.sources.compactMap { s -> [String: Any]? in
                guard let article = briefing.article(s.articleID) else { return nil }
                return ["label": article.sourceLabel, "url": article.path + "#" + SitePaths.paragraphAnchor(s.paragraph)]
            },
            "source_count": entry.sources.count, "corroborated": entry.sources.count > 1,
            "has_threads": !entry.threadIDs.isEmpty,
            "threads": threadLinks(entry.threadIDs, root: ""),
        ]
    }

    /// An article for lists; `root` leads from the page to the site root;
    /// `extra` adds values of the page's own. With `partials`, the article
    /// as `partials/article-item` renders it (`rendered`, kept between
    /// builds: see `PartialCache`), its other values made only when a
    /// template asks (`RenderedPart`), so that a page's fingerprint hashes
    /// one key per article.
    func articleItem(_ entry: ArticleEntry, root: String = "", extra: [String: Any] = [:]) -> Any {
        listed(listItem(entry, root: root), extra: extra)
    }

    /// `item` as lists show it (see `articleItem`), known by its typed fields.
    func listed(_ item: ArticleListItem, extra: [String: Any] = [:]) -> Any {
        guard let partials else { return item.values.merging(extra) { _, own in own } }
        let identity = {
            var identity = WordHash()
            item.hash(into: &identity)
            return identity.value
        }
        return RenderedPart(rendered: partials.part("partials/article-item", id: item.url, identity: identity) { item.values },
                            extra: extra)
    }

    /// The article as a list shows it, its links made from `root`.
    func listItem(_ entry: ArticleEntry, root: String = "") -> ArticleListItem {
        ArticleListItem(title: entry.article.title, url: root + entry.path, dateInferred: entry.article.dateSource == .inferred,
                        dateLabel: entry.article.date?.longForm, dateISO: entry.article.date?.iso,
                        outlet: entry.article.outlet, author: entry.article.author,
                        threads: threads(entry.threadIDs).map { ArticleLinks.Link(title: $0.definition.title, url: root + $0.path) },
                        hasThreads: !entry.threadIDs.isEmpty,
                        copies: entry.copies.compactMap(briefing.article).map { ArticleListItem.Copy(label: $0.sourceLabel, url: root + $0.path) },
                        hasCopies: !entry.copies.isEmpty)
    }

    /// What `listItem(entry, root:)` reads, hashed without making the item:
    /// a month page's fingerprint takes this for each of its articles, and
    /// making ten thousand items (their links, their dates in words) only
    /// to hash them was a twentieth of a rebuild's CPU. Keep it in step with `listItem`.
    func addListItemInputs(_ entry: ArticleEntry, root: String, to digest: inout WordHash) {
        func add(_ text: String?) {
            guard let text else { digest.add(0); return }
            digest.add(1); digest.add(text)
        }
        let article = entry.article
        add(article.title); add(root); add(entry.path)
        digest.add(article.dateSource == .inferred ? 1 : 0)
        digest.add(article.date?.dayNumber ?? Int.min)
        add(article.outlet); add(article.author)
        let threads = threads(entry.threadIDs)
        digest.add(threads.count)
        for thread in threads { add(thread.definition.title); add(thread.path) }
        digest.add(entry.threadIDs.isEmpty ? 0 : 1)
        digest.add(entry.copies.count)
        for id in entry.copies {
            guard let copy = briefing.article(id) else { digest.add(0); continue }
            digest.add(1); add(copy.sourceLabel); add(copy.path)
        }
    }

    func threadLinks(_ ids: [String], root: String) -> [[String: Any]] {
        threads(ids).map { ["title": $0.definition.title, "url": root + $0.path] }
    }

    /// The threads of `ids`, in that order; an id of no thread is left out.
    func threads(_ ids: [String]) -> [ThreadBriefing] {
        ids.compactMap { id in briefing.threads.first { $0.definition.id == id } }
    }
}
