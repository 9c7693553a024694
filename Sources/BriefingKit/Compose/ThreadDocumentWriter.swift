import Foundation

/// Writes a thread's briefing as Markdown sections. Links are relative to
/// the thread page (threads/<id>.html), where the .md file also lives.
enum ThreadDocumentWriter {
    static func document(definition: ThreadDefinition, articles: [ArticleEntry], summary: [SummaryPoint],
                         timeline: [TimelineEntry], quotes: [KeyQuote], lookup: [String: ArticleEntry]) -> ThreadDocument {
        let root = SitePaths.root(of: SitePaths.thread(definition.id))
        func link(_ id: String, _ paragraph: Int?) -> String {
            guard let entry = lookup[id] else { return "" }
            let anchor = paragraph.map { "#" + SitePaths.paragraphAnchor($0) } ?? ""
            return root + entry.path + anchor
        }
        func label(_ id: String) -> String { lookup[id]?.sourceLabel ?? id }

        var sections: [ThreadDocument.Section] = []
        if !summary.isEmpty {
            let lines = summary.map { "- \(Markdown.escape($0.text)) \(Markdown.link(label($0.articleID), to: link($0.articleID, $0.paragraph)))" }
            sections.append(.init(id: "summary", heading: "Summary", markdown: lines.joined(separator: "\n") + "\n"))
        }
        if !timeline.isEmpty {
            var text = ""
            var current: TemporalValue?
            for entry in timeline {
                if entry.value != current {
                    text += "\n### \(entry.value.label)\n\n"
                    current = entry.value
                }
                let sources = entry.sources.map { Markdown.link(label($0.articleID), to: link($0.articleID, $0.paragraph)) }
                text += "- \(Markdown.escape(entry.text)) \(sources.joined(separator: " "))\n"
            }
            sections.append(.init(id: "timeline", heading: "Timeline", markdown: text.trimmingNewlines + "\n"))
        }
        if !quotes.isEmpty {
            let blocks = quotes.map { q in
                "> “\(Markdown.escape(q.text))”\n>\n> — **\(Markdown.escape(q.speaker ?? "Unattributed"))**, \(Markdown.link(label(q.articleID), to: link(q.articleID, q.paragraph)))\n"
            }
            sections.append(.init(id: "quotes", heading: "Key quotes", markdown: blocks.joined(separator: "\n")))
        }
        let sources = articles.enumerated().map { i, entry -> String in
            let a = entry.article
            var meta: [String] = []
            if let outlet = a.outlet { meta.append(Markdown.escape(outlet)) }
            if let author = a.author { meta.append(Markdown.escape(author)) }
            if let date = a.date { meta.append(date.longForm + (a.dateSource == .inferred ? " (date inferred)" : "")) }
            return "\(i + 1). \(Markdown.link(a.title, to: link(entry.id, nil)))" + (meta.isEmpty ? "" : " — " + meta.joined(separator: " · "))
        }
        sections.append(.init(id: "sources", heading: "Sources",
                              markdown: sources.isEmpty ? "No article in the seeds covers this thread yet.\n" : sources.joined(separator: "\n") + "\n"))
        return ThreadDocument(title: definition.title, lead: Markdown.escape(definition.description), sections: sections)
    }
}
