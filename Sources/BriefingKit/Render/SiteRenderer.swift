import Foundation

/// Render: every page of the briefing through the templates, plus the
/// Markdown and Atom feed beside each thread page, the search index, the
/// data export, the site feed and the sitemap. Files are made in parallel
/// and gathered by path, so the result does not depend on the scheduling.
public enum SiteRenderer {
    /// A file to make and where it goes. Structs, not tuples: arrays of
    /// tuples were copied through the runtime's generic value witnesses.
    private struct Planned: Sendable { let path: String; let job: Job }
    private struct Rendered: Sendable { let path: String; let made: Made }

    /// One file to make; made independently of every other.
    private enum Job: Sendable {
        case page(String), thread(Int), threadFeed(Int), entity(Int), article(Int), month(Int), searchIndex, data, feed, sitemap
        var traced: Bool { if case .article = self { false } else if case .entity = self { false } else { true } }
    }

    /// What a job made: a file, a page with its fingerprint, the
    /// fingerprint alone of a page whose published file is still right, or
    /// a file already handed to the staging folder.
    private enum Made: Sendable {
        case file(String), bytes(SplicedBytes), page(String, fingerprint: String), kept(fingerprint: String)
        case staged(written: Bool, fingerprint: String?)
    }

    /// `published` maps the path of each page the last build published, and
    /// that is still there as it was written, to its fingerprint; a page
    /// whose fingerprint is unchanged is kept instead of rendered. Without
    /// it (a build with no cache) no fingerprint is made. `seedKeys` gives
    /// each article's cache key, which stands for the bulk of its page.
    /// With `staging`, each file goes to the staging folder as soon as it is
    /// made, so the pages are never all in memory at once.
    public static func render(_ briefing: Briefing, templates: TemplateSet, baseURL: String?,
                              published: [String: String]? = nil, seedKeys: [String: String] = [:],
                              staging: SiteStaging? = nil, exportFragments: FragmentMemo? = nil, searchFragments: FragmentMemo? = nil,
                              partials: FragmentMemo? = nil, progress: (@Sendable (Int, Int, Double) -> Void)? = nil) -> SiteFiles {
        let context = PageContext(briefing: briefing, partials: PartialCache(templates: templates, memo: partials))
        let fragmentKeys = exportFragments == nil && searchFragments == nil ? []
            : Trace.measure("render.fragment-keys") { ArticleFragmentKey.all(briefing, seedKeys: seedKeys) }
        let chrome = PageFingerprint.hash(context.articleChrome)
        let shortcutBase = PageFingerprint.articleShortcutBase(briefing, chrome: chrome, templates: templates)
        var jobs: [Planned] = [
            Planned(path: SitePaths.index, job: .page("index")), Planned(path: SitePaths.timeline, job: .page("timeline")),
            Planned(path: SitePaths.entities, job: .page("entities")), Planned(path: SitePaths.sources, job: .page("sources")),
            Planned(path: SitePaths.search, job: .page("search")), Planned(path: SitePaths.searchIndex, job: .searchIndex),
            Planned(path: SitePaths.archive, job: .page("archive")),
            Planned(path: SitePaths.data, job: .data), Planned(path: SitePaths.feed, job: .feed),
        ]
        for (i, thread) in briefing.threads.enumerated() {
            jobs.append(Planned(path: thread.path, job: .thread(i)))
            jobs.append(Planned(path: SitePaths.threadFeed(thread.definition.id), job: .threadFeed(i)))
        }
        jobs += briefing.entities.enumerated().map { Planned(path: $1.path, job: .entity($0)) }
        jobs += briefing.archive.enumerated().map { Planned(path: $1.path, job: .month($0)) }
        jobs += briefing.articles.enumerated().map { Planned(path: $1.path, job: .article($0)) }
        jobs.insert(Planned(path: SitePaths.sitemap, job: .sitemap), at: 0)
        // Sorted once, for the sitemap and for the site's list of files.
        let jobPaths = jobs.map(\.path).sorted()
        // Every page is one of the jobs, so the sitemap is made beside them,
        // first, not on one core once they are all done.
        let pages = jobPaths.filter { $0.hasSuffix(".html") }

        /// One job, made independently of every other.
        @Sendable func make(_ planned: Planned) -> Rendered {
            let path = planned.path
            func page(_ template: String, _ values: [String: Any]) -> Rendered {
                guard let published else { return Rendered(path: path, made: .file(templates.render(template, values))) }
                let fingerprint = PageFingerprint.of(template: template, values, templates: templates)
                if published[path] == fingerprint { return Rendered(path: path, made: .kept(fingerprint: fingerprint)) }
                return Rendered(path: path, made: .page(templates.render(template, values), fingerprint: fingerprint))
            }
            switch planned.job {
            case .page("timeline"):
                guard let published else { return page("timeline", context.timeline()) }
                let entries = PageFingerprint.timelineEntries(context)
                let fingerprint = PageFingerprint.timeline(context, entries: entries, templates: templates)
                if published[path] == fingerprint { return Rendered(path: path, made: .kept(fingerprint: fingerprint)) }
                return Rendered(path: path, made: .page(templates.render("timeline", context.timeline(entryHashes: entries)),
                                                        fingerprint: fingerprint))
            case let .page(name):
                let values: [String: Any] = switch name {
                case "index": context.index()
                case "entities": context.entities()
                case "sources": context.sources()
                case "archive": context.archive()
                default: context.search()
                }
                return page(name, values)
            case let .thread(i): return page("thread", context.thread(briefing.threads[i]))
            case let .threadFeed(i): return Rendered(path: path, made: .file(AtomFeed.thread(briefing.threads[i], in: briefing, baseURL: baseURL)))
            case let .entity(i): return page("entity", context.entity(briefing.entities[i]))
            case let .article(i):
                let entry = briefing.articles[i]
                guard let published else { return page("article", context.article(entry)) }
                // Looked up by place, not by id: an article has a fragment key when it has a seed key.
                let shortcut = (i < fragmentKeys.count ? fragmentKeys[i] : nil).map {
                    PageFingerprint.articleShortcut(base: shortcutBase, fragmentKey: $0, entry, in: briefing)
                }
                let recorded = published[path].map(PageFingerprint.split)
                if let shortcut, recorded?.shortcut == shortcut[...] { return Rendered(path: path, made: .kept(fingerprint: published[path]!)) }
                guard let seedKey = seedKeys[entry.id] else { return page("article", context.article(entry)) }
                let links = context.articleLinks(entry)
                let fingerprint = PageFingerprint.article(seedKey: seedKey, path: path, chrome: chrome,
                                                          links: links, templates: templates)
                let record = shortcut.map { $0 + ":" + fingerprint } ?? fingerprint
                if recorded?.fingerprint == fingerprint[...] { return Rendered(path: path, made: .kept(fingerprint: record)) }
                return Rendered(path: path, made: .page(templates.render("article", context.article(entry, links: links)),
                                                        fingerprint: record))
            case let .month(i):
                // Fingerprinted from what its list is made of: the month pages list every article.
                let (values, articles) = context.archiveMonthParts(i)
                func whole() -> [String: Any] { context.archiveMonth(values, articles: articles) }
                guard let published else { return Rendered(path: path, made: .file(templates.render("month", whole()))) }
                let fingerprint = PageFingerprint.of(template: "month", values, listing: articles, root: PageContext.monthRoot,
                                                     in: context, templates: templates)
                if published[path] == fingerprint { return Rendered(path: path, made: .kept(fingerprint: fingerprint)) }
                return Rendered(path: path, made: .page(templates.render("month", whole()), fingerprint: fingerprint))
            case .searchIndex: return Rendered(path: path, made: .bytes(SearchIndex.script(briefing, fragments: searchFragments, keys: fragmentKeys)))
            case .data: return Rendered(path: path, made: .bytes(BriefingExport.json(briefing, fragments: exportFragments, keys: fragmentKeys)))
            case .feed: return Rendered(path: path, made: .file(AtomFeed.site(briefing, baseURL: baseURL)))
            case .sitemap:
                // Kept while the pages and the base URL are: made, it is ten thousand lines.
                guard let published else { return Rendered(path: path, made: .file(Sitemap.xml(paths: pages, baseURL: baseURL))) }
                let fingerprint = PageFingerprint.sitemap(pages: pages, baseURL: baseURL)
                if published[path] == fingerprint { return Rendered(path: path, made: .kept(fingerprint: fingerprint)) }
                return Rendered(path: path, made: .page(Sitemap.xml(paths: pages, baseURL: baseURL), fingerprint: fingerprint))
            }
        }
        let made = Parallel.map(jobs, progress: progress.map { Progress(total: jobs.count, report: $0) }) { planned -> Rendered in
            let path = planned.path
            let rendered = Trace.enabled && planned.job.traced ? Trace.measure("render.\(planned.path)") { make(planned) } : make(planned)
            // Handed to the staging folder here, on the worker that made it.
            guard let staging else { return rendered }
            switch rendered.made {
            case let .file(text): return Rendered(path: path, made: .staged(written: staging.stage(path, Data(text.utf8)), fingerprint: nil))
            case let .bytes(spliced): return Rendered(path: path, made: .staged(written: staging.stage(path, spliced: spliced), fingerprint: nil))
            case let .page(text, fingerprint):
                return Rendered(path: path, made: .staged(written: staging.stage(path, Data(text.utf8)), fingerprint: fingerprint))
            case .kept, .staged: return rendered
            }
        }
        var site = SiteFiles()
        site.reserve(pages: made.count)
        for result in made {
            let path = result.path
            switch result.made {
            case let .file(text): site.add(path, text)
            case let .bytes(spliced): site.add(path, data: Data(spliced.joined))
            case let .page(text, fingerprint): site.add(path, text, fingerprint: fingerprint)
            case let .kept(fingerprint): site.keep(path, fingerprint: fingerprint)
            case let .staged(written, fingerprint): site.addStaged(path, written: written, fingerprint: fingerprint)
            }
        }
        var others: [String] = []
        for thread in briefing.threads {
            let path = SitePaths.threadMarkdown(thread.definition.id)
            site.add(path, thread.document.markdown)
            others.append(path)
        }
        for (path, data) in templates.assets {
            site.add(path, data: data)
            others.append(path)
        }
        site.seal(sorted: merged(jobPaths, others.sorted()))
        return site
    }

    /// Two sorted lists of distinct paths as one sorted list.
    private static func merged(_ a: [String], _ b: [String]) -> [String] {
        var result: [String] = []
        result.reserveCapacity(a.count + b.count)
        var j = 0
        for path in a {
            while j < b.count && b[j] < path { result.append(b[j]); j += 1 }
            result.append(path)
        }
        result.append(contentsOf: b[j...])
        return result
    }
}
