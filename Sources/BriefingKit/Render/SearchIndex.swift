/// `search-index.js`: what the search page searches — threads, articles,
/// people, organisations, places and quotes — as one script assignment. A
/// script rather than JSON because a page opened from file:// may load a
/// script but may not fetch a file. Each item is [kind, title, url, detail,
/// more text]; URLs are relative to the site root, as the search page is.
enum SearchIndex {
    static let snippetLength = 240

    static func script(_ b: Briefing) -> String {
        var json = JSONWriter(pretty: false, capacity: 512 * max(b.articles.count, 1))
        json.raw("window.BRIEFING_SEARCH = ")
        json.list { json in
            func add(_ kind: String, _ title: String, _ url: String, _ detail: String, _ text: String) {
                json.strings([kind, title, url, detail, text])
            }
            for thread in b.threads {
                add("Thread", thread.definition.title, thread.path, thread.definition.description,
                    thread.summary.prefix(3).map(\.text).joined(separator: " "))
            }
            for entry in b.articles where entry.duplicateOf == nil {
                let a = entry.article
                let detail = [a.date?.longForm ?? "Date unknown", a.outlet, a.author].compactMap { $0 }.joined(separator: " · ")
                let names = entry.analysis.entities.map(\.name)
                let threads = entry.threadIDs.compactMap { b.thread($0)?.definition.title }
                add("Article", a.title, entry.path, detail,
                    ([snippet(a.paragraphs.first ?? "")] + names + threads).joined(separator: " "))
            }
            for profile in b.entities {
                let kind = PageContext.kindLabels[profile.kind]!.one
                add(kind, profile.name, profile.path, profile.roles.first?.text ?? "",
                    profile.roles.dropFirst().map(\.text).joined(separator: " "))
            }
            for entry in b.articles where entry.duplicateOf == nil {
                for quote in entry.analysis.quotes where quote.speaker != nil {
                    add("Quote", "“" + snippet(quote.text) + "”", entry.path + "#" + SitePaths.paragraphAnchor(quote.paragraph),
                        quote.speaker! + " · " + entry.article.title, "")
                }
            }
        }
        json.raw(";\n")
        return String(decoding: json.bytes, as: UTF8.self)
    }

    /// The first `snippetLength` characters, cut at a space. Characters
    /// (grapheme clusters, slow to count) are counted only as far as the
    /// cut, not over the whole paragraph.
    static func snippet(_ text: String) -> String {
        guard text.utf8.count > snippetLength,
              let end = text.index(text.startIndex, offsetBy: snippetLength, limitedBy: text.endIndex),
              end < text.endIndex else { return text }
        let cut = text[..<end]
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
    }
}
