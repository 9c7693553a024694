import Foundation

/// `briefing.json`, the data export described in CONTRACT.md.
enum BriefingExport {
    static func json(_ b: Briefing) -> Data {
        let threads = b.threads.map { t -> JSONValue in
            .object([
                ("id", .string(t.definition.id)),
                ("title", .string(t.definition.title)),
                ("description", .string(t.definition.description)),
                ("url", .string(t.path)),
                ("markdown", .string(SitePaths.threadMarkdown(t.definition.id))),
                ("articles", .array(t.articleIDs.map { .string($0) })),
                ("events", .array(t.timeline.map(event))),
                ("quotes", .array(t.quotes.map { q in
                    .object([("text", .string(q.text)), ("speaker", .optional(q.speaker)), ("article", .string(q.articleID))])
                })),
            ])
        }
        let articles = b.articles.map { e -> JSONValue in
            let a = e.article
            return .object([
                ("id", .string(a.id)),
                ("file", .string(a.file)),
                ("title", .string(a.title)),
                ("titleSource", .string(a.titleSource.rawValue)),
                ("date", .optional(a.date?.iso)),
                ("dateSource", .string(a.dateSource.rawValue)),
                ("dateEvidence", .string(a.dateEvidence)),
                ("author", .optional(a.author)),
                ("authors", .array(a.authors.map { .string($0) })),
                ("outlet", .optional(a.outlet)),
                ("threads", .array(e.threadIDs.map { .string($0) })),
                ("url", .string(e.path)),
                ("words", .number(a.wordCount)),
                ("duplicateOf", .optional(e.duplicateOf)),
                ("copies", .array(e.copies.map { .string($0) })),
                ("events", .array(e.analysis.events.map { ev in
                    .object([("date", .string(ev.value.iso)), ("granularity", .string(ev.value.granularity.rawValue)),
                             ("text", .string(ev.text)), ("expression", .string(ev.expression)),
                             ("relative", .bool(ev.relative)), ("paragraph", .number(ev.paragraph + 1))])
                })),
                ("quotes", .array(e.analysis.quotes.map { q in
                    .object([("text", .string(q.text)), ("speaker", .optional(q.speaker)), ("paragraph", .number(q.paragraph + 1))])
                })),
                ("entities", .array(e.analysis.entities.map { en in
                    .object([("name", .string(en.name)), ("kind", .string(en.kind.rawValue)),
                             ("role", .optional(en.role)), ("mentions", .number(en.mentions))])
                })),
            ])
        }
        return JSONValue.object([
            ("title", .string(b.config.title)),
            ("description", .string(b.config.description)),
            ("language", .string(b.config.language)),
            ("threads", .array(threads)),
            ("articles", .array(articles)),
            ("unthreaded", .array(b.unthreaded.map { .string($0) })),
            ("timeline", .array(b.timeline.map(event))),
        ]).serializedData()
    }

    private static func event(_ entry: TimelineEntry) -> JSONValue {
        .object([
            ("date", .string(entry.value.iso)),
            ("granularity", .string(entry.value.granularity.rawValue)),
            ("text", .string(entry.text)),
            ("sources", .array(entry.sources.map { .string($0.articleID) })),
            ("threads", .array(entry.threadIDs.map { .string($0) })),
        ])
    }
}
