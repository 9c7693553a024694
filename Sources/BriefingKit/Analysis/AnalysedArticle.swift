/// What analysis adds to an article: its sentences, the people,
/// organisations and places it names, its quotes and its dated events.
public struct AnalysedArticle: Hashable, Sendable {
    public let article: Article
    public let sentences: [Sentence]
    public let entities: [Entity]
    public let quotes: [Quote]
    public let events: [Event]
}

public struct Sentence: Hashable, Sendable, Codable {
    /// Index of the paragraph it stands in (0-based).
    public let paragraph: Int
    /// Position of the sentence in the article (0-based).
    public let position: Int
    public let text: String
}

public struct Entity: Hashable, Sendable, Comparable, Codable {
    public enum Kind: String, Sendable, CaseIterable, Codable { case person, organisation, place }
    public let kind: Kind
    public let name: String
    /// The role the text gives, e.g. "Kremlin spokesperson".
    public let role: String?
    public let mentions: Int

    public static func < (a: Entity, b: Entity) -> Bool {
        (a.kind.rawValue, -a.mentions, a.name) < (b.kind.rawValue, -b.mentions, b.name)
    }
}

public struct Quote: Hashable, Sendable, Codable {
    public let text: String
    /// Full name of the speaker, or nil when the text does not say who spoke.
    public let speaker: String?
    public let paragraph: Int
}

public struct Event: Hashable, Sendable, Codable {
    public let value: TemporalValue
    /// The sentence that reports the event.
    public let text: String
    /// The date expression as written ("on Monday", "January 23").
    public let expression: String
    /// True when the date was resolved against the article's date.
    public let relative: Bool
    public let paragraph: Int
}
