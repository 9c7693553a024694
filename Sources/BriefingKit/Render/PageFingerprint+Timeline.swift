/// The timeline page's fingerprint from the briefing's typed values, not
/// from the page's dictionaries: at 10,000 articles the page lists about
/// 4,800 events, and building its dictionaries and chart only to hash them
/// took some 80 ms of every rebuild, whether the page had changed or not.
///
/// It feeds everything `PageContext.timeline()` reads: the navigation and
/// site values (`common`), each thread's id, title and path (lanes, tags),
/// and each event with its anchor, its reporters' labels, pages and
/// paragraphs, and its threads. How these become the page (labels, the
/// chart) is the tool's code, which the running executable's stamp stands
/// for, as for article pages. `IncrementalBuildTests` changes each of
/// these inputs and compares the page with a clean build's.
extension PageFingerprint {
    /// `entries` are `timelineEntries(context)`.
    static func timeline(_ context: PageContext, entries: [UInt64], templates: TemplateSet) -> String {
        var digest = WordHash()
        digest.add(templates.fingerprint)
        digest.add("timeline")
        digest.add(BuildIdentity.executable)
        digest.add(hash(context.common(path: SitePaths.timeline, title: "Timeline")))
        addThreads(context.briefing.threads, to: &digest)
        digest.add(entries.count)
        for entry in entries { digest.add(entry) }
        return String(digest.value, radix: 16)
    }

    /// The hash of each timeline event as the page shows it (`addTimelineEntry`),
    /// made once per build: the page's fingerprint, its days' and its events'
    /// kept parts all hash them, and each event looks its reporters up.
    static func timelineEntries(_ context: PageContext) -> [UInt64] {
        zip(context.briefing.timeline, context.timelineAnchors).map { entry, anchor in
            var digest = WordHash()
            addTimelineEntry(entry, anchor: anchor, in: context.briefing, to: &digest)
            return digest.value
        }
    }

    /// What the page shows of one event, but for its threads' titles and
    /// pages (which the caller adds once, with `addThreads`).
    static func addTimelineEntry(_ entry: TimelineEntry, anchor: String, in briefing: Briefing, to digest: inout WordHash) {
        digest.add(entry.value.granularity.rawValue); digest.add(entry.value.iso)
        digest.add(entry.text); digest.add(anchor)
        digest.add(entry.sources.count)
        for source in entry.sources {
            guard let article = briefing.article(source.articleID) else { digest.add(0); continue }
            digest.add(1); digest.add(article.sourceLabel); digest.add(article.path); digest.add(source.paragraph)
        }
        digest.add(entry.threadIDs.count)
        for id in entry.threadIDs { digest.add(id) }
    }
}
