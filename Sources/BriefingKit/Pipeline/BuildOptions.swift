/// What `briefing build` was asked to do (see CONTRACT.md for the flags).
public struct BuildOptions: Sendable {
    public var seeds: String
    public var out: String
    public var config: String
    public var templates: String
    /// Overrides `base_url` from the config.
    public var baseURL: String?
    public var strict: Bool
    /// Reuse what earlier builds made of unchanged seeds (see `ArticleCache`).
    public var cache: Bool
    /// The cache to use instead of reading it from disk afresh: `watch` and
    /// `serve` keep one in memory across their rebuilds.
    public var memo: ArticleCache?
    /// When the memory of what the build made is freed: `build` leaves it
    /// to the exiting process, `watch` and `serve` free it in the background.
    public var leftovers = Leftovers.freedAtOnce

    public init(seeds: String = "seeds", out: String = "site", config: String = "briefing.yml",
                templates: String = "templates", baseURL: String? = nil, strict: Bool = false, cache: Bool = true) {
        self.cache = cache
        self.seeds = seeds
        self.out = out
        self.config = config
        self.templates = templates
        self.baseURL = baseURL
        self.strict = strict
    }
}

/// Where the pipeline reports progress and problems.
public protocol BuildLog: Sendable {
    func info(_ message: String)
    func warning(_ diagnostic: Diagnostic)
    /// Many warnings at once, in order; a log that writes may write them in one go.
    func warnings(_ diagnostics: [Diagnostic])
    /// How far a long step has come; `elapsed` is in seconds.
    func progress(step: String, done: Int, total: Int, elapsed: Double)
}

extension BuildLog {
    public func warnings(_ diagnostics: [Diagnostic]) { for d in diagnostics { warning(d) } }
    public func progress(step: String, done: Int, total: Int, elapsed: Double) {}
}

/// A log that keeps everything, for tests.
public final class MemoryLog: BuildLog, @unchecked Sendable {
    public private(set) var messages: [String] = []
    public private(set) var warnings: [Diagnostic] = []
    public init() {}
    public func info(_ message: String) { messages.append(message) }
    public func warning(_ diagnostic: Diagnostic) { warnings.append(diagnostic) }
}

public struct BuildReport: Sendable {
    public let articleCount: Int
    public let pageCount: Int
    public let warnings: [Diagnostic]
    public let briefing: Briefing
    /// Seeds whose ingest came from the cache, unchanged since the last build.
    public var reusedSeeds: Int = 0
    /// Articles whose analysis was made again (new, changed, or a name they use now resolves differently).
    public var analysedAgain: Int = 0
    /// Files whose bytes changed, so were written; the rest were kept as they were.
    public var filesWritten: Int = 0
    /// Pages rendered through the templates; the rest were as published.
    public var pagesRendered: Int = 0
}
