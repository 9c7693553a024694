/// Render: every page of the briefing through the templates, plus the
/// Markdown and Atom feed beside each thread page, the search index, the
/// data export, the site feed and the sitemap.
public enum SiteRenderer {
    public static func render(_ briefing: Briefing, templates: TemplateSet, baseURL: String?) -> SiteFiles {
        let context = PageContext(briefing: briefing)
        var site = SiteFiles()
        site.add(SitePaths.index, templates.render("index", context.index()))
        site.add(SitePaths.timeline, templates.render("timeline", context.timeline()))
        site.add(SitePaths.entities, templates.render("entities", context.entities()))
        site.add(SitePaths.sources, templates.render("sources", context.sources()))
        site.add(SitePaths.search, templates.render("search", context.search()))
        site.add(SitePaths.searchIndex, SearchIndex.script(briefing))
        for thread in briefing.threads {
            site.add(thread.path, templates.render("thread", context.thread(thread)))
            site.add(SitePaths.threadMarkdown(thread.definition.id), thread.document.markdown)
            site.add(SitePaths.threadFeed(thread.definition.id), AtomFeed.thread(thread, in: briefing, baseURL: baseURL))
        }
        for profile in briefing.entities {
            site.add(profile.path, templates.render("entity", context.entity(profile)))
        }
        for entry in briefing.articles {
            site.add(entry.path, templates.render("article", context.article(entry)))
        }
        for (path, data) in templates.assets { site.add(path, data: data) }
        site.add(SitePaths.data, BriefingExport.json(briefing))
        site.add(SitePaths.feed, AtomFeed.site(briefing, baseURL: baseURL))
        site.add(SitePaths.sitemap, Sitemap.xml(paths: site.paths.filter { $0.hasSuffix(".html") }, baseURL: baseURL))
        return site
    }
}
