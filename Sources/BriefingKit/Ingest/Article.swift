/// What ingest makes of one seed file: clean text and its metadata, each
/// with where it came from, so `briefing check` can explain it.
public struct Article: Hashable, Sendable, Codable {
    public enum TitleSource: String, Sendable, Codable { case headline, lede }
    public enum DateSource: String, Sendable, Codable { case stated, inferred, none }

    /// The stored fields, kept in one immutable object (`Storage`): compose
    /// and render hand articles about by the ten thousand, and a struct of
    /// a dozen strings and arrays cost a dozen retains and releases per copy.
    struct Fields: Hashable, Sendable, Codable {
        let id: String
        let file: String
        let title: String
        let titleSource: TitleSource
        let date: CalendarDate?
        let dateSource: DateSource
        let dateEvidence: String
        let authors: [String]
        let outlet: String?
        let authorEvidence: String
        let outletEvidence: String
        /// Left in the cache's pack until asked for (`DeferredList`): a
        /// rebuild reads ten thousand articles and needs the text of only
        /// those whose pages or parts are made again; the paragraphs are
        /// most of an article's bytes.
        let paragraphs: DeferredList<String>
        let dropped: DeferredList<DroppedLine>
        let paragraphWords: [Int]
    }
    private final class Storage: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }
    private let storage: Storage
    /// For the cache's encoding, which writes a list left in the pack as it lies there.
    var fields: Fields { storage.fields }

    public var id: String { storage.fields.id }
    /// The seed's path as given, e.g. `seeds/x.txt`.
    public var file: String { storage.fields.file }
    public var title: String { storage.fields.title }
    public var titleSource: TitleSource { storage.fields.titleSource }
    public var date: CalendarDate? { storage.fields.date }
    public var dateSource: DateSource { storage.fields.dateSource }
    /// Why the date is what it is, in words ("line 2: 'January 19, 2026'").
    public var dateEvidence: String { storage.fields.dateEvidence }
    public var authors: [String] { storage.fields.authors }
    public var outlet: String? { storage.fields.outlet }
    /// Where the byline and the outlet were read, for `briefing check`.
    public var authorEvidence: String { storage.fields.authorEvidence }
    public var outletEvidence: String { storage.fields.outletEvidence }
    /// The article's real paragraphs, in order.
    /// (Never nil: a list left in the pack was checked when it was read.)
    public var paragraphs: [String] { storage.fields.paragraphs.values ?? [] }
    /// Lines left out of the text, with the line number and the reason.
    public var dropped: [DroppedLine] { storage.fields.dropped.values ?? [] }
    /// Words in each paragraph, counted once at ingest.
    public var paragraphWords: [Int] { storage.fields.paragraphWords }

    public init(id: String, file: String, title: String, titleSource: TitleSource, date: CalendarDate?,
                dateSource: DateSource, dateEvidence: String, authors: [String], outlet: String?,
                paragraphs: [String], dropped: [DroppedLine], authorEvidence: String = "", outletEvidence: String = "") {
        self.init(Fields(id: id, file: file, title: title, titleSource: titleSource, date: date, dateSource: dateSource,
                         dateEvidence: dateEvidence, authors: authors, outlet: outlet, authorEvidence: authorEvidence,
                         outletEvidence: outletEvidence, paragraphs: DeferredList(paragraphs), dropped: DeferredList(dropped),
                         paragraphWords: paragraphs.map { Words.count($0) }))
    }

    init(_ fields: Fields) { storage = Storage(fields) }

    public static func == (lhs: Article, rhs: Article) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }
    public func hash(into hasher: inout Hasher) { hasher.combine(storage.fields) }
    /// The same keys as the fields' own: an article encodes as it did as a plain struct.
    public init(from decoder: any Decoder) throws { self.init(try Fields(from: decoder)) }
    public func encode(to encoder: any Encoder) throws { try storage.fields.encode(to: encoder) }

    public var author: String? { authors.isEmpty ? nil : ListFormat.and(authors) }
    public var wordCount: Int { paragraphWords.reduce(0, +) }
}

public struct DroppedLine: Hashable, Sendable, Codable {
    public enum Reason: String, Sendable, Codable, CaseIterable {
        case metadata = "date, byline or site name"
        case headline = "headline"
        case navigation = "site menu or section label"
        case widget = "widget or player prompt"
        case link = "bare link or link list"
        case embed = "social-media embed"
        case caption = "photo caption or credit"
        case comments = "comment form or page footer"
        case repeated = "repeated line"
        case legal = "copyright or legal line"
    }
    public let line: Int
    /// The last source line, when hard-wrapped lines were joined.
    public let lastLine: Int
    public let text: String
    public let reason: Reason

    public init(line: Int, lastLine: Int? = nil, text: String, reason: Reason) {
        self.line = line
        self.lastLine = lastLine ?? line
        self.text = text
        self.reason = reason
    }
}

/// "A", "A and B", "A, B and C".
public enum ListFormat {
    public static func and(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }
}
