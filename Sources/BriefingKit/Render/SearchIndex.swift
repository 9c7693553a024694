/// `search-index.js`: what the search page searches — threads, articles,
/// people, organisations, places and quotes — as one script assignment. A
/// script rather than JSON because a page opened from file:// may load a
/// script but may not fetch a file. Each item is [kind, title, url, detail,
/// more text]; URLs are relative to the site root, as the search page is.
enum SearchIndex {
    static let snippetLength = 240

    /// With `fragments` and each article's `ArticleFragmentKey` (`keys`),
    /// the items of an article whose inputs are unchanged are copied from
    /// the last build (see `FragmentMemo`). Bytes, not text: the file is
    /// megabytes, and a `String` of it was checked as UTF-8 once more.
    /// The items copied are spliced in from the memo (`SplicedBytes`).
    /// `keys` has the same indices as `b.articles` (`ArticleFragmentKey.all`).
    static func script(_ b: Briefing, fragments: FragmentMemo? = nil, keys: [UInt64?] = []) -> SplicedBytes {
        var json = JSONWriter(pretty: false, capacity: 512 * max(b.articles.count, 1))
        json.raw("window.BRIEFING_SEARCH = ")
        json.list { json in
            for thread in b.threads {
                add(&json, "Thread", thread.definition.title, thread.path, thread.definition.description,
                    thread.summary.prefix(3).map(\.text).joined(separator: " "))
            }
            let shown = b.articles.indices.filter { b.articles[$0].duplicateOf == nil }
            /// Items written apart, or copied from the last build.
            func items(of index: Int, _ kind: String, _ fill: @escaping (inout JSONWriter) -> Void) {
                let make = { [depth = json.depth] in JSONWriter.fragment(pretty: false, depth: depth, fill) }
                if let fragments, index < keys.count, let key = keys[index] {
                    let entry = b.articles[index]
                    let bytes = fragments.bytes(id: kind + entry.id, key: key, make: make)
                    if !bytes.isEmpty { json.member(borrowing: bytes) }
                } else {
                    let bytes = make()
                    if !bytes.isEmpty { json.member(written: bytes) }
                }
            }
            for index in shown {
                let entry = b.articles[index]
                items(of: index, "a:") { json in
                    let threads = ArticleFragmentKey.threadTitles(entry, in: b)
                    let a = entry.article
                    let detail = [a.date?.longForm ?? "Date unknown", a.outlet, a.author].compactMap { $0 }.joined(separator: " · ")
                    let names = entry.analysis.entities.map(\.name)
                    add(&json, "Article", a.title, entry.path, detail,
                        ([snippet(a.paragraphs.first ?? "")] + names + threads).joined(separator: " "))
                }
            }
            for profile in b.entities {
                let kind = PageContext.kindLabels[profile.kind]!.one
                add(&json, kind, profile.name, profile.path, profile.roles.first?.text ?? "",
                    profile.roles.dropFirst().map(\.text).joined(separator: " "))
            }
            for index in shown {
                let entry = b.articles[index]
                items(of: index, "q:") { json in
                    for quote in entry.analysis.quotes where quote.speaker != nil {
                        add(&json, "Quote", "“" + snippet(quote.text) + "”", entry.path + "#" + SitePaths.paragraphAnchor(quote.paragraph),
                            quote.speaker! + " · " + entry.article.title, "")
                    }
                }
            }
        }
        json.raw(";\n")
        return json.spliced
    }

    private static func add(_ json: inout JSONWriter, _ kind: String, _ title: String, _ url: String, _ detail: String, _ text: String) {
        json.strings([kind, title, url, detail, text])
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
