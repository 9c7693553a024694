/// What ingest makes of one seed file: clean text and its metadata, each
/// with where it came from, so `briefing check` can explain it.
public struct Article: Hashable, Sendable, Codable {
    public enum TitleSource: String, Sendable, Codable { case headline, lede }
    public enum DateSource: String, Sendable, Codable { case stated, inferred, none }

    public let id: String
    /// The seed's path as given, e.g. `seeds/x.txt`.
    public let file: String
    public var title: String
    public var titleSource: TitleSource
    public var date: CalendarDate?
    public var dateSource: DateSource
    /// Why the date is what it is, in words ("line 2: 'January 19, 2026'").
    public var dateEvidence: String
    public var authors: [String]
    public var outlet: String?
    /// Where the byline and the outlet were read, for `briefing check`.
    public var authorEvidence: String
    public var outletEvidence: String
    /// The article's real paragraphs, in order.
    public var paragraphs: [String]
    /// Lines left out of the text, with the line number and the reason.
    public var dropped: [DroppedLine]

    /// Words in each paragraph, counted once at ingest.
    public var paragraphWords: [Int]

    public init(id: String, file: String, title: String, titleSource: TitleSource, date: CalendarDate?,
                dateSource: DateSource, dateEvidence: String, authors: [String], outlet: String?,
                paragraphs: [String], dropped: [DroppedLine], authorEvidence: String = "", outletEvidence: String = "") {
        self.id = id
        self.file = file
        self.title = title
        self.titleSource = titleSource
        self.date = date
        self.dateSource = dateSource
        self.dateEvidence = dateEvidence
        self.authors = authors
        self.outlet = outlet
        self.authorEvidence = authorEvidence
        self.outletEvidence = outletEvidence
        self.paragraphs = paragraphs
        self.dropped = dropped
        self.paragraphWords = paragraphs.map { Words.count($0) }
    }

    public var author: String? { authors.isEmpty ? nil : ListFormat.and(authors) }
    public var wordCount: Int { paragraphWords.reduce(0, +) }
}

public struct DroppedLine: Hashable, Sendable, Codable {
    public enum Reason: String, Sendable, Codable {
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
