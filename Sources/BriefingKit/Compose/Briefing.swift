/// The composed briefing: everything the render stage needs, as plain values.
/// A class of constants, not a struct: render's ten thousand jobs each took
/// a copy of its dozen arrays and tables, one retain and release apiece.
public final class Briefing: Sendable {
    public let config: SiteConfig
    /// Articles newest first (ties by id).
    public let articles: [ArticleEntry]
    public let threads: [ThreadBriefing]
    /// Ids of articles that fit no configured thread.
    public let unthreaded: [String]
    /// Every dated event across all articles, merged, oldest first.
    public let timeline: [TimelineEntry]
    /// People, organisations and places, by kind then name.
    public let entities: [EntityProfile]
    /// Outlets A–Z, articles without one last.
    public let sources: [SourceProfile]
    /// Articles by month, newest first.
    public let archive: [ArchiveMonth]
    private let articleIndex: [String: Int]
    private let entityIndex: [String: Int]
    private let speakerIndex: [String: Int]
    private let nameIndex: [EntityName: Int]
    /// A profile's kind and name, as a key that needs no string put together.
    private struct EntityName: Hashable { let kind: Entity.Kind; let name: String }

    public init(config: SiteConfig, articles: [ArticleEntry], threads: [ThreadBriefing], unthreaded: [String],
                timeline: [TimelineEntry], entities: [EntityProfile], sources: [SourceProfile]) {
        self.config = config
        self.articles = articles
        self.threads = threads
        self.unthreaded = unthreaded
        self.timeline = timeline
        self.entities = entities
        self.sources = sources
        archive = ArchiveMonth.months(of: articles)
        articleIndex = Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($1.id, $0) })
        entityIndex = Dictionary(uniqueKeysWithValues: entities.enumerated().map { ($1.slug, $0) })
        nameIndex = Dictionary(uniqueKeysWithValues: entities.enumerated().map { (EntityName(kind: $1.kind, name: $1.name), $0) })
        speakerIndex = Dictionary(entities.enumerated().filter { $1.kind != .place }.map { ($1.name, $0) },
                                  uniquingKeysWith: { first, _ in first })
    }

    public func article(_ id: String) -> ArticleEntry? { articleIndex[id].map { articles[$0] } }
    public func entity(slug: String) -> EntityProfile? { entityIndex[slug].map { entities[$0] } }
    public func thread(_ id: String) -> ThreadBriefing? { threads.first { $0.definition.id == id } }
    /// The profile an article's entity belongs to.
    public func profile(of entity: Entity) -> EntityProfile? { profileIndex(of: entity).map { entities[$0] } }
    /// Where in `entities` the profile an article's entity belongs to is.
    public func profileIndex(of entity: Entity) -> Int? { nameIndex[EntityName(kind: entity.kind, name: entity.name)] }
    /// The profile of a person or organisation by name (quote speakers).
    public func speaker(named name: String) -> EntityProfile? { speakerIndex(named: name).map { entities[$0] } }
    /// Where in `entities` the profile of a speaker is.
    public func speakerIndex(named name: String) -> Int? { speakerIndex[name] }
}

/// An analysed article with its place in the site.
public struct ArticleEntry: Sendable {
    /// The fields live in one immutable object, as `AnalysedArticle`'s do:
    /// compose and render copy and sort ten thousand entries, and six
    /// strings and arrays cost six retains and releases per copy.
    private final class Storage: Sendable {
        let analysis: AnalysedArticle
        let slug: String
        let threadIDs: [String]
        let duplicateOf: String?
        let copies: [String]
        let sourceLabel: String
        let path: String

        init(analysis: AnalysedArticle, slug: String, threadIDs: [String], duplicateOf: String?, copies: [String]) {
            self.analysis = analysis
            self.slug = slug
            self.threadIDs = threadIDs
            self.duplicateOf = duplicateOf
            self.copies = copies
            sourceLabel = ArticleEntry.sourceLabel(of: analysis.article)
            path = SitePaths.article(slug)
        }
    }
    private let storage: Storage

    public var analysis: AnalysedArticle { storage.analysis }
    public var slug: String { storage.slug }
    public var threadIDs: [String] { storage.threadIDs }
    /// The article this one copies (a syndicated or re-saved page), which is
    /// shown in its place.
    public var duplicateOf: String? { storage.duplicateOf }
    /// Ids of this article's copies, when it is the one shown.
    public var copies: [String] { storage.copies }
    /// How to name the article as a source: its outlet, else its author, else
    /// the start of its title (short enough for a source tag). Made once:
    /// the timeline names ten thousand reports by it, on every build.
    public var sourceLabel: String { storage.sourceLabel }

    init(analysis: AnalysedArticle, slug: String, threadIDs: [String], duplicateOf: String? = nil, copies: [String] = []) {
        storage = Storage(analysis: analysis, slug: slug, threadIDs: threadIDs, duplicateOf: duplicateOf, copies: copies)
    }

    public var id: String { analysis.article.id }
    public var article: Article { analysis.article }
    /// Made once: render asks for it a dozen times per article.
    public var path: String { storage.path }

    static func sourceLabel(of article: Article) -> String {
        if let name = article.outlet ?? article.author { return name }
        let words = article.title.split(separator: " ")
        var label = ""
        for word in words {
            if label.count + word.count > 28 { return label + "…" }
            label += (label.isEmpty ? "" : " ") + word
        }
        return label
    }
}

public struct ThreadBriefing: Sendable {
    public let definition: ThreadDefinition
    /// Member articles, newest first.
    public let articleIDs: [String]
    public let summary: [SummaryPoint]
    public let timeline: [TimelineEntry]
    public let quotes: [KeyQuote]
    public let document: ThreadDocument
    /// Slugs of the entities most named in the thread, people first.
    public let whoIsWho: [String]
    public var path: String { SitePaths.thread(definition.id) }
}

/// A sentence of a summary and the paragraph it came from.
public struct SummaryPoint: Hashable, Sendable, Codable {
    public let text: String
    public let articleID: String
    public let paragraph: Int
}

/// One event on a timeline; the same event told by several articles is one entry.
public struct TimelineEntry: Hashable, Sendable {
    public let value: TemporalValue
    public let text: String
    /// Every article (and paragraph) that reports it, first reporter first.
    public let sources: [EventSource]
    public let threadIDs: [String]
}

public struct EventSource: Hashable, Sendable {
    public let articleID: String
    public let paragraph: Int
}

public struct KeyQuote: Hashable, Sendable {
    public let text: String
    public let speaker: String?
    public let articleID: String
    public let paragraph: Int
}

/// A thread's briefing as Markdown, in sections so the page can give each its anchor.
public struct ThreadDocument: Sendable {
    public struct Section: Sendable {
        public let id: String
        public let heading: String
        public let markdown: String
    }
    public let title: String
    public let lead: String
    public let sections: [Section]

    /// The whole document, as written beside the page (threads/<id>.md).
    public var markdown: String {
        var text = "# \(Markdown.escape(title))\n\n"
        if !lead.isEmpty { text += lead + "\n\n" }
        for section in sections { text += "## \(section.heading)\n\n\(section.markdown)\n" }
        return text
    }
}
