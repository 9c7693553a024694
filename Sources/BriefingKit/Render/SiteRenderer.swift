/// Render: every page of the briefing through the templates, plus the
/// Markdown beside each thread page, the data export, the feed and sitemap.
public enum SiteRenderer {
    public static func render(_ briefing: Briefing, templates: TemplateSet, baseURL: String?) -> SiteFiles {
        let context = PageContext(briefing: briefing)
        var site = SiteFiles()
        site.add(SitePaths.index, templates.render("index", context.index()))
        site.add(SitePaths.timeline, templates.render("timeline", context.timeline()))
        for thread in briefing.threads {
            site.add(thread.path, templates.render("thread", context.thread(thread)))
            site.add(SitePaths.threadMarkdown(thread.definition.id), thread.document.markdown)
        }
        for entry in briefing.articles {
            site.add(entry.path, templates.render("article", context.article(entry)))
        }
        for (path, data) in templates.assets { site.add(path, data: data) }
        site.add(SitePaths.data, BriefingExport.json(briefing))
        site.add(SitePaths.feed, AtomFeed.xml(briefing, baseURL: baseURL))
        site.add(SitePaths.sitemap, Sitemap.xml(paths: site.paths.filter { $0.hasSuffix(".html") }, baseURL: baseURL))
        return site
    }
}
