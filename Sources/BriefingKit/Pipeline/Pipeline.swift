import Foundation

/// The build as an ordered list of named steps (as Publish and Zola do):
/// each step prints `[i/n] name` with its time, and passes plain values on.
public enum Pipeline {
    public static let steps = ["config", "ingest", "analyse", "threads", "compose", "render", "publish"]

    public static func build(_ options: BuildOptions, log: BuildLog) throws -> BuildReport {
        var timer = StepTimer(log: log)
        timer.start("config")
        var config = try ConfigLoader.load(path: options.config)
        if let base = options.baseURL {
            guard base.hasPrefix("http://") || base.hasPrefix("https://") else {
                throw BriefingError.config(file: "--base-url", line: nil, message: "must be an absolute http(s) URL such as https://example.org/briefing/")
            }
            config.baseURL = base.hasSuffix("/") ? base : base + "/"
        }
        let templates = try TemplateSet(folder: options.templates)

        timer.start("ingest")
        let (articles, warnings, reused) = try ingest(seeds: options.seeds, cache: options.cache ? IngestCache(out: options.out) : nil,
                                                      log: log)
        if reused > 0 { timer.note("\(reused) seeds unchanged since the last build") }
        var allWarnings = warnings
        if config.baseURL == nil {
            allWarnings.append(Diagnostic(file: options.config, message: "no `base_url` set: feed.xml and sitemap.xml will hold relative URLs",
                                          advice: "Add `base_url: https://…/` to the config or pass --base-url"))
        }
        for w in allWarnings { log.warning(w) }
        if options.strict && !allWarnings.isEmpty { throw BriefingError.strictWarnings(count: allWarnings.count) }

        timer.start("analyse")
        let analysed = Analyzer.analyse(articles, aliases: config.aliases)
        timer.start("threads")
        let assignment = ThreadClassifier.assign(analysed, threads: config.threads)
        timer.start("compose")
        let briefing = Composer.compose(config: config, analysed: analysed, assignment: assignment)
        timer.start("render")
        let site = SiteRenderer.render(briefing, templates: templates, baseURL: config.baseURL) {
            log.progress(step: "[6/\(steps.count)] render", done: $0, total: $1, elapsed: $2)
        }
        timer.start("publish")
        let published = try SiteWriter.publish(site, to: options.out)
        timer.note("\(published.written) files written, \(published.unchanged) unchanged")
        timer.finish()
        return BuildReport(articleCount: articles.count, pageCount: site.paths.count, warnings: allWarnings, briefing: briefing,
                           reusedSeeds: reused, filesWritten: published.written)
    }

    /// Reads and ingests every seed; problems with single files are
    /// warnings. With a cache, a seed whose bytes are unchanged since the last
    /// build is not read again: its result comes from the cache.
    static func ingest(seeds: String, cache: IngestCache? = nil, log: BuildLog? = nil) throws -> ([Article], [Diagnostic], reused: Int) {
        let listing = try SeedSource.read(folder: seeds)
        cache?.prepare()
        let progress = log.map { log in Progress(total: listing.seeds.count) { log.progress(step: "[2/\(steps.count)] ingest", done: $0, total: $1, elapsed: $2) } }
        let results = Parallel.map(listing.seeds, progress: progress) { seed -> (Ingestor.Outcome, String?, Bool) in
            guard let cache else { return (Ingestor.ingest(seed), nil, false) }
            let key = IngestCache.key(seed)
            if let cached = cache.load(key) { return (cached, key, true) }
            let outcome = Ingestor.ingest(seed)
            cache.store(key, outcome)
            return (outcome, key, false)
        }
        cache?.prune(keeping: Set(results.compactMap(\.1)))
        var warnings = listing.problems
        var articles: [Article] = []
        for (outcome, _, _) in results {
            switch outcome {
            case let .article(article, articleWarnings):
                articles.append(article)
                warnings += articleWarnings
            case let .skipped(diagnostic):
                warnings.append(diagnostic)
            }
        }
        return (articles, warnings, results.filter(\.2).count)
    }

    /// `briefing check`: what each seed yields, and why; writes nothing.
    public static func check(seeds: String, config configPath: String, log: BuildLog) throws -> String {
        let config = try ConfigLoader.load(path: configPath)
        let (articles, warnings, _) = try ingest(seeds: seeds)
        for w in warnings { log.warning(w) }
        let analysed = Analyzer.analyse(articles, aliases: config.aliases)
        let assignment = ThreadClassifier.assign(analysed, threads: config.threads)
        return CheckReport.text(analysed: analysed, assignment: assignment, threads: config.threads,
                                originals: DuplicateDetector.originals(articles))
    }
}

extension Pipeline {
    /// `briefing eval`: the pipeline on a labelled corpus, scored against its truth file.
    public static func evaluate(truth: String, seeds: String, config: String) throws -> Evaluator {
        try Evaluator.evaluate(truth: Truth.load(path: truth), seeds: seeds, config: ConfigLoader.load(path: config))
    }
}

/// Times each step and prints `[i/n] step (ms)`.
struct StepTimer {
    let log: BuildLog
    private var current: (name: String, started: DispatchTime)?
    private var index = 0
    private var detail: String?

    init(log: BuildLog) { self.log = log }

    mutating func start(_ name: String) {
        finish()
        index += 1
        current = (name, DispatchTime.now())
    }

    mutating func finish() {
        guard let current else { return }
        let ms = Double(DispatchTime.now().uptimeNanoseconds - current.started.uptimeNanoseconds) / 1_000_000
        log.info("[\(index)/\(Pipeline.steps.count)] \(current.name) \(String(format: "%.0f", ms)) ms" + (detail.map { " (\($0))" } ?? ""))
        self.current = nil
        detail = nil
    }

    /// A word on the current step, printed with its time.
    mutating func note(_ text: String) { detail = text }
}
