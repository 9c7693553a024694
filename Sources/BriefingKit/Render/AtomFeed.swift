import Foundation

/// Atom feeds (RFC 4287): `feed.xml` for the whole briefing and
/// `threads/<id>.xml` per thread, articles newest first. Ids are URNs made
/// from the site title and the article ids, so they stay the same when the
/// site moves; links are absolute from the base URL when one is set, else
/// relative to the feed. `updated` comes from the articles' dates, never from
/// the clock, so the same inputs give the same bytes. A feed carries the
/// newest `entryLimit` articles, as feeds do (readers poll them often; the
/// archive and briefing.json hold the rest).
enum AtomFeed {
    static let entryLimit = 50

    static func site(_ b: Briefing, baseURL: String?) -> String {
        xml(b, path: SitePaths.feed, id: "feed", title: b.config.title, subtitle: b.config.description,
            page: SitePaths.index, entries: b.articles, baseURL: baseURL)
    }

    static func thread(_ thread: ThreadBriefing, in b: Briefing, baseURL: String?) -> String {
        xml(b, path: SitePaths.threadFeed(thread.definition.id), id: "thread:" + thread.definition.id,
            title: thread.definition.title + " · " + b.config.title, subtitle: thread.definition.description,
            page: thread.path, entries: thread.articleIDs.compactMap(b.article), baseURL: baseURL)
    }

    private static func xml(_ b: Briefing, path: String, id: String, title: String, subtitle: String, page: String,
                            entries: [ArticleEntry], baseURL: String?) -> String {
        let base = baseURL ?? SitePaths.root(of: path)
        let urn = "urn:briefing:" + Slug.make(b.config.title) + ":"
        let newest = entries.compactMap { $0.article.date }.max()
        var out = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XML.escape(b.config.language))">
          <title>\(XML.escape(title))</title>
          <subtitle>\(XML.escape(subtitle))</subtitle>
          <id>\(XML.escape(urn + id))</id>
          <link rel="self" type="application/atom+xml" href="\(XML.escape((baseURL ?? "") .isEmpty ? (path as NSString).lastPathComponent : base + path))"/>
          <link rel="alternate" type="text/html" href="\(XML.escape(base + page))"/>
          <updated>\(stamp(newest))</updated>
          <author><name>\(XML.escape(b.config.title))</name></author>
          <generator>Briefing</generator>

        """
        for entry in entries.prefix(entryLimit) {
            let a = entry.article
            let summary = a.paragraphs.first.map { $0.count > 400 ? String($0.prefix(397)) + "…" : $0 } ?? ""
            let authors = a.authors.isEmpty ? [a.outlet].compactMap { $0 } : a.authors
            out += """
              <entry>
                <title>\(XML.escape(a.title))</title>
                <id>\(XML.escape(urn + "article:" + a.id))</id>
                <link rel="alternate" type="text/html" href="\(XML.escape(base + entry.path))"/>
                <updated>\(stamp(a.date ?? newest))</updated>
            \(a.date.map { "    <published>\(stamp($0))</published>\n" } ?? "")\(authors.map { "    <author><name>\(XML.escape($0))</name></author>\n" }.joined())\(entry.threadIDs.map { "    <category term=\"\(XML.escape($0))\"/>\n" }.joined())    <summary>\(XML.escape(summary))</summary>
              </entry>

            """
        }
        return out + "</feed>\n"
    }

    private static func stamp(_ date: CalendarDate?) -> String {
        (date ?? CalendarDate(year: 1970, month: 1, day: 1)!).iso + "T00:00:00Z"
    }
}

/// `sitemap.xml` with absolute URLs from the base URL.
enum Sitemap {
    static func xml(paths: [String], baseURL: String?) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths {
            out += "  <url><loc>\(XML.escape((baseURL ?? "") + path))</loc></url>\n"
        }
        return out + "</urlset>\n"
    }
}

enum XML {
    static func escape(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) { return text }
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                // Control characters are not allowed in XML 1.0.
                if c.value < 0x20 && c != "\n" && c != "\t" { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
