import Foundation

/// `briefing.json`, the data export described in CONTRACT.md.
enum BriefingExport {
    /// With `fragments` and each article's `ArticleFragmentKey` (`keys`), an
    /// article's record is copied from the last build when nothing it is
    /// made from has changed.
    /// The records copied are spliced in from the memo (`SplicedBytes`).
    /// `keys` has the same indices as `b.articles` (`ArticleFragmentKey.all`).
    static func json(_ b: Briefing, fragments: FragmentMemo? = nil, keys: [UInt64?] = []) -> SplicedBytes {
        var json = JSONWriter(capacity: 4_096 * max(b.articles.count, 1))
        json.object { json in
            json.field("title", b.config.title)
            json.field("description", b.config.description)
            json.field("language", b.config.language)
            json.field("threads", objects: b.threads) { json, t in
                json.field("id", t.definition.id)
                json.field("title", t.definition.title)
                json.field("description", t.definition.description)
                json.field("url", t.path)
                json.field("markdown", SitePaths.threadMarkdown(t.definition.id))
                json.field("articles", strings: t.articleIDs)
                json.field("events", objects: t.timeline, event)
                json.field("quotes", objects: t.quotes) { json, q in
                    json.field("text", q.text)
                    json.field("speaker", q.speaker)
                    json.field("article", q.articleID)
                }
            }
            json.field("articles", list: { json in
                for (index, entry) in b.articles.enumerated() {
                    let make = { [depth = json.depth] in JSONWriter.fragment(depth: depth) { $0.object { article(&$0, entry) } } }
                    if let fragments, index < keys.count, let key = keys[index] {
                        json.member(borrowing: fragments.bytes(id: entry.id, key: key, make: make))
                    } else {
                        json.member(written: make())
                    }
                }
            })
            json.field("unthreaded", strings: b.unthreaded)
            json.field("timeline", objects: b.timeline, event)
        }
        json.raw("\n")
        return json.spliced
    }

    private static func article(_ json: inout JSONWriter, _ e: ArticleEntry) {
        let a = e.article
        json.field("id", a.id)
        json.field("file", a.file)
        json.field("title", a.title)
        json.field("titleSource", a.titleSource.rawValue)
        json.field("date", a.date?.iso)
        json.field("dateSource", a.dateSource.rawValue)
        json.field("dateEvidence", a.dateEvidence)
        json.field("author", a.author)
        json.field("authors", strings: a.authors)
        json.field("outlet", a.outlet)
        json.field("threads", strings: e.threadIDs)
        json.field("url", e.path)
        json.field("words", a.wordCount)
        json.field("duplicateOf", e.duplicateOf)
        json.field("copies", strings: e.copies)
        json.field("events", objects: e.analysis.events) { json, ev in
            json.field("date", ev.value.iso)
            json.field("granularity", ev.value.granularity.rawValue)
            json.field("text", ev.text)
            json.field("expression", ev.expression)
            json.field("relative", ev.relative)
            json.field("paragraph", ev.paragraph + 1)
        }
        json.field("quotes", objects: e.analysis.quotes) { json, q in
            json.field("text", q.text)
            json.field("speaker", q.speaker)
            json.field("paragraph", q.paragraph + 1)
        }
        json.field("entities", objects: e.analysis.entities) { json, en in
            json.field("name", en.name)
            json.field("kind", en.kind.rawValue)
            json.field("role", en.role)
            json.field("mentions", en.mentions)
        }
    }

    private static func event(_ json: inout JSONWriter, _ entry: TimelineEntry) {
        json.field("date", entry.value.iso)
        json.field("granularity", entry.value.granularity.rawValue)
        json.field("text", entry.text)
        json.field("sources", strings: entry.sources.lazy.map(\.articleID))
        json.field("threads", strings: entry.threadIDs)
    }
}
