/// `feed.xml`: an Atom feed (RFC 4287) of the articles, newest first. Its
/// URLs are absolute from the base URL; `updated` comes from the articles'
/// dates, never from the clock, so the same inputs give the same bytes.
enum AtomFeed {
    static func xml(_ b: Briefing, baseURL: String?) -> String {
        let base = baseURL ?? ""
        let newest = b.articles.compactMap { $0.article.date }.max()
        let updated = stamp(newest)
        var out = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XML.escape(b.config.language))">
          <title>\(XML.escape(b.config.title))</title>
          <subtitle>\(XML.escape(b.config.description))</subtitle>
          <id>\(XML.escape(base.isEmpty ? "urn:briefing:" + Slug.make(b.config.title) : base))</id>
          <link rel="self" href="\(XML.escape(base + SitePaths.feed))"/>
          <link rel="alternate" type="text/html" href="\(XML.escape(base + SitePaths.index))"/>
          <updated>\(updated)</updated>

        """
        for entry in b.articles {
            let a = entry.article
            let summary = a.paragraphs.first.map { $0.count > 400 ? String($0.prefix(397)) + "…" : $0 } ?? ""
            out += """
              <entry>
                <title>\(XML.escape(a.title))</title>
                <id>\(XML.escape(base.isEmpty ? "urn:briefing:article:" + a.id : base + entry.path))</id>
                <link rel="alternate" type="text/html" href="\(XML.escape(base + entry.path))"/>
                <updated>\(stamp(a.date ?? newest))</updated>
                <author><name>\(XML.escape(a.author ?? a.outlet ?? "Unknown"))</name></author>
                <summary>\(XML.escape(summary))</summary>
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
