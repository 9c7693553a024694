import Foundation

/// Render: every page of the briefing through the templates, plus the
/// Markdown and Atom feed beside each thread page, the search index, the
/// data export, the site feed and the sitemap. Files are made in parallel
/// and gathered by path, so the result does not depend on the scheduling.
public enum SiteRenderer {
    /// One file to make; made independently of every other.
    private enum Job: Sendable {
        case page(String), thread(Int), threadFeed(Int), entity(Int), article(Int), month(Int), searchIndex, data, feed
    }

    /// What a job made: a file, a page with its fingerprint, or the
    /// fingerprint alone of a page whose published file is still right.
    private enum Made: Sendable {
        case file(String), bytes(Data), page(String, fingerprint: String), kept(fingerprint: String)
    }

    /// `published` maps the path of each page the last build published, and
    /// that is still there as it was written, to its fingerprint; a page
    /// whose fingerprint is unchanged is kept instead of rendered. Without
    /// it (a build with no cache) no fingerprint is made. `seedKeys` gives
    /// each article's cache key, which stands for the bulk of its page.
    public static func render(_ briefing: Briefing, templates: TemplateSet, baseURL: String?,
                              published: [String: String]? = nil, seedKeys: [String: String] = [:],
                              progress: (@Sendable (Int, Int, Double) -> Void)? = nil) -> SiteFiles {
        let context = PageContext(briefing: briefing)
        let chrome = PageFingerprint.hash(context.articleChrome)
        var jobs: [(String, Job)] = [
            (SitePaths.index, .page("index")), (SitePaths.timeline, .page("timeline")),
            (SitePaths.entities, .page("entities")), (SitePaths.sources, .page("sources")),
            (SitePaths.search, .page("search")), (SitePaths.searchIndex, .searchIndex), (SitePaths.archive, .page("archive")),
            (SitePaths.data, .data), (SitePaths.feed, .feed),
        ]
        for (i, thread) in briefing.threads.enumerated() {
            jobs.append((thread.path, .thread(i)))
            jobs.append((SitePaths.threadFeed(thread.definition.id), .threadFeed(i)))
        }
        jobs += briefing.entities.enumerated().map { ($1.path, .entity($0)) }
        jobs += briefing.archive.enumerated().map { ($1.path, .month($0)) }
        jobs += briefing.articles.enumerated().map { ($1.path, .article($0)) }

        let made = Parallel.map(jobs, progress: progress.map { Progress(total: jobs.count, report: $0) }) { path, job -> (String, Made) in
            func page(_ template: String, _ values: [String: Any]) -> (String, Made) {
                guard let published else { return (path, .file(templates.render(template, values))) }
                let fingerprint = PageFingerprint.of(template: template, values, templates: templates)
                if published[path] == fingerprint { return (path, .kept(fingerprint: fingerprint)) }
                return (path, .page(templates.render(template, values), fingerprint: fingerprint))
            }
            switch job {
            case let .page(name):
                let values: [String: Any] = switch name {
                case "index": context.index()
                case "timeline": context.timeline()
                case "entities": context.entities()
                case "sources": context.sources()
                case "archive": context.archive()
                default: context.search()
                }
                return page(name, values)
            case let .thread(i): return page("thread", context.thread(briefing.threads[i]))
            case let .threadFeed(i): return (path, .file(AtomFeed.thread(briefing.threads[i], in: briefing, baseURL: baseURL)))
            case let .entity(i): return page("entity", context.entity(briefing.entities[i]))
            case let .article(i):
                let entry = briefing.articles[i]
                guard let published, let seedKey = seedKeys[entry.id] else { return page("article", context.article(entry)) }
                let links = context.articleLinks(entry)
                let fingerprint = PageFingerprint.article(seedKey: seedKey, path: path, chrome: chrome,
                                                          links: links, templates: templates)
                if published[path] == fingerprint { return (path, .kept(fingerprint: fingerprint)) }
                return (path, .page(templates.render("article", context.article(entry, links: links)), fingerprint: fingerprint))
            case let .month(i): return page("month", context.archiveMonth(i))
            case .searchIndex: return (path, .file(SearchIndex.script(briefing)))
            case .data: return (path, .bytes(BriefingExport.json(briefing)))
            case .feed: return (path, .file(AtomFeed.site(briefing, baseURL: baseURL)))
            }
        }
        var site = SiteFiles()
        for (path, result) in made {
            switch result {
            case let .file(text): site.add(path, text)
            case let .bytes(data): site.add(path, data: data)
            case let .page(text, fingerprint): site.add(path, text, fingerprint: fingerprint)
            case let .kept(fingerprint): site.keep(path, fingerprint: fingerprint)
            }
        }
        for thread in briefing.threads { site.add(SitePaths.threadMarkdown(thread.definition.id), thread.document.markdown) }
        for (path, data) in templates.assets { site.add(path, data: data) }
        site.add(SitePaths.sitemap, Sitemap.xml(paths: site.paths.filter { $0.hasSuffix(".html") }, baseURL: baseURL))
        return site
    }
}
