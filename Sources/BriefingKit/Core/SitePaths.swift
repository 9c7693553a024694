/// Where each kind of page lives in the output folder, relative to its root.
/// Every name is built from slugs or ids restricted to [a-z0-9_-], so no
/// path can leave the output folder.
public enum SitePaths {
    public static let index = "index.html"
    public static let timeline = "timeline.html"
    public static let stylesheet = "assets/style.css"
    public static let feed = "feed.xml"
    public static let sitemap = "sitemap.xml"
    public static let data = "briefing.json"
    public static let entities = "entities.html"
    public static let sources = "sources.html"
    public static let search = "search.html"
    public static let archive = "archive.html"
    /// The search index as a script, so search works from file:// too,
    /// where a page may not fetch JSON.
    public static let searchIndex = "search-index.js"
    public static let searchScript = "assets/search.js"

    public static func article(_ slug: String) -> String { "articles/\(slug).html" }
    public static func thread(_ id: String) -> String { "threads/\(id).html" }
    public static func threadMarkdown(_ id: String) -> String { "threads/\(id).md" }
    public static func threadFeed(_ id: String) -> String { "threads/\(id).xml" }
    public static func entity(_ slug: String) -> String { "entities/\(slug).html" }
    /// `key` is "2026-01" or "undated" (`ArchiveMonth`).
    public static func archiveMonth(_ key: String) -> String { "archive/\(key).html" }

    /// Anchor of paragraph `p` (0-based) on an article page: #p1, #p2 …
    public static func paragraphAnchor(_ p: Int) -> String { "p\(p + 1)" }

    /// The prefix that leads from a page back to the site root: "" or "../".
    public static func root(of path: String) -> String {
        // The folders above the page, counted on bytes with no array of parts: ten thousand article pages ask.
        var parts = 0, inPart = false
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") { inPart = false } else if !inPart { inPart = true; parts += 1 }
        }
        let depth = max(parts - 1, 0)
        return depth == 1 ? "../" : String(repeating: "../", count: depth)
    }
}
