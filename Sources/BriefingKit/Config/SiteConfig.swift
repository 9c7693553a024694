/// Everything `briefing.yml` defines: the site and its topic threads.
public struct SiteConfig: Hashable, Sendable {
    public var title: String
    public var description: String
    public var language: String
    /// Absolute URL the site is published at; used only by feed.xml and sitemap.xml.
    public var baseURL: String?
    public var threads: [ThreadDefinition]
    /// Other spellings of a name → the name entity pages use ("Zelenskyy" → "Volodymyr Zelensky").
    public var aliases: [String: String]

    public init(title: String, description: String = "", language: String = "en",
                baseURL: String? = nil, threads: [ThreadDefinition], aliases: [String: String] = [:]) {
        self.aliases = aliases
        self.title = title
        self.description = description
        self.language = language
        self.baseURL = baseURL
        self.threads = threads
    }
}

/// One topic thread: the one place a thread's identity and signals live.
public struct ThreadDefinition: Hashable, Sendable {
    /// Lower-case letters, digits and dashes only, so it is safe as a file name.
    public var id: String
    public var title: String
    public var description: String
    /// Names and phrases that on their own make a paragraph about this thread.
    public var signals: [String]
    /// Words that point at the thread; a paragraph needs two of them (or one with a signal).
    public var terms: [String]

    public init(id: String, title: String, description: String = "",
                signals: [String], terms: [String] = []) {
        self.id = id
        self.title = title
        self.description = description
        self.signals = signals
        self.terms = terms
    }
}
