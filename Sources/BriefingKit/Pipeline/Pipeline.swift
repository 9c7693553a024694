import Foundation

/// The build as an ordered list of named steps (as Publish and Zola do):
/// each step prints `[i/n] name` with its time, and passes plain values on.
public enum Pipeline {
    public static let steps = ["config", "ingest", "analyse", "threads", "compose", "render", "publish"]

    public static func build(_ options: BuildOptions, log: BuildLog) throws -> BuildReport {
        var timer = StepTimer(log: log)
        timer.start("config")
        let cache = options.cache ? (options.memo ?? ArticleCache(out: options.out)) : nil
        // The cache's pack is mapped and its seed stamps read while the config and templates are.
        if let cache { DispatchQueue.global().async { Trace.measure("ingest.pack") { cache.preload() } } }
        var config = try ConfigLoader.load(path: options.config)
        if let base = options.baseURL {
            guard base.hasPrefix("http://") || base.hasPrefix("https://") else {
                throw BriefingError.config(file: "--base-url", line: nil, message: "must be an absolute http(s) URL such as https://example.org/briefing/")
            }
            config.baseURL = base.hasSuffix("/") ? base : base + "/"
        }
        // Parsed on another core while the seeds are read; a bad template still stops the build before render.
        let templatesLoaded = Eventually { [folder = options.templates] in Result { try TemplateSet(folder: folder) } }

        timer.start("ingest")
        let ingested = try ingest(seeds: options.seeds, cache: cache, log: log)
        let articles = ingested.articles
        if ingested.reused > 0 { timer.note("\(ingested.reused) seeds unchanged since the last build") }
        var allWarnings = ingested.warnings
        if config.baseURL == nil {
            allWarnings.append(Diagnostic(file: options.config, message: "no `base_url` set: feed.xml and sitemap.xml will hold relative URLs",
                                          advice: "Add `base_url: https://…/` to the config or pass --base-url"))
        }
        log.warnings(allWarnings)
        if options.strict && !allWarnings.isEmpty { throw BriefingError.strictWarnings(count: allWarnings.count) }

        // Analysis leaves a core idle for much of its time (the names are
        // pooled on one): what render reuses from earlier builds, the
        // published site's files, the copy search and the slugs are found meanwhile.
        let renderMemos = cache.map { cache in Eventually { [out = options.out] in RenderMemos(cache: cache, out: out) } }
        let publishedListing = Eventually { [out = options.out] in SiteStaging.listPublished(out) }
        // The copy search and the slugs need the articles alone.
        let threadsKey = ArticleCache.threadsKey(config.threads)
        let seedKeys = Dictionary(zip(articles.map(\.id), ingested.keys), uniquingKeysWith: { first, _ in first })
        let composedParts = cache.map { FragmentMemo(file: $0.root.appendingPathComponent("compose-v1.bin")) }
        let reuse = composedParts.map { ComposeReuse(parts: $0, seedKeys: seedKeys, threadsKey: threadsKey) }
        // A signature depends on the article alone, so a cached digest's holds whatever the threads.
        let signatures = Parallel.map(Array(articles.indices)) { i in
            ingested.cached[i]?.threads?.digest.signature ?? DuplicateDetector.signature(of: articles[i])
        }
        // So does a title's slug.
        let slugBases = Parallel.map(Array(articles.indices)) { i in
            ingested.cached[i]?.threads?.digest.slugBase ?? Slug.make(articles[i].title)
        }
        let copies = Eventually { Trace.measure("compose.duplicates") { Composer.copies(articles, signatures: signatures, reuse: reuse) } }
        let slugs = Eventually { Trace.measure("compose.slugs") { Composer.slugs(articles, bases: slugBases, reuse: reuse) } }

        timer.start("analyse")
        let (analysis, namesIndex) = Analyzer.analyse(articles, aliases: config.aliases,
                                                      earlier: ingested.cached.indices.map { i in
                                                          ingested.cached[i].map { Analyzer.Earlier(reading: $0.reading, names: $0.names) }
                                                      },
                                                      trusted: cache?.namesIndex())
        let redone = analysis.filter(\.recomputed).count
        if redone < articles.count { timer.note("\(articles.count - redone) of \(articles.count) articles as in the last build") }
        let analysed = analysis.map(\.analysed)
        timer.start("threads")
        // By index: iterating the entries copied each whole, on one core.
        let earlier = ingested.cached.indices.map { i in
            // Made from the same text under the same threads: the verdict and digest hold.
            ingested.cached[i]?.threads.flatMap { $0.key == threadsKey && !analysis[i].recomputed ? $0 : nil }
        }
        let (assignment, verdicts) = ThreadClassifier.assign(articles, threads: config.threads, earlier: earlier.map { $0?.verdict })
        timer.start("compose")
        let digests = Trace.measure("compose.digests") { Composer.digests(of: analysed, threads: config.threads, assignment: assignment,
                                       earlier: earlier.map { $0?.digest }, signatures: signatures, slugBases: slugBases) }
        var cacheSaved: Eventually<Void>?
        // A rebuild in `watch` uses the cache again: it must be saved by then, whatever happens below.
        defer { _ = cacheSaved?.value }
        if let cache {
            for i in articles.indices where earlier[i] == nil || analysis[i].recomputed {
                var entry = ingested.cached[i] ?? ArticleCache.Entry(article: articles[i], warnings: ingested.articleWarnings[i])
                entry.reading = analysis[i].reading
                entry.names = analysis[i].names
                entry.threads = ArticleCache.Threaded(key: threadsKey, verdict: verdicts[i], digest: digests[i])
                cache.put(ingested.keys[i], entry)
            }
            // Saved while compose runs, which never reads the cache.
            cacheSaved = Eventually { [keys = Set(ingested.allKeys), records = ingested.seedRecords] in
                Trace.measure("cache.save") { cache.save(keeping: keys, seeds: records, namesIndex: namesIndex) }
            }
        }
        let briefing = Trace.measure("compose.all") {
            Composer.compose(config: config, analysed: analysed, assignment: assignment, digests: digests, reuse: reuse,
                             originals: copies.value, slugs: slugs.value)
        }
        composedParts?.save()
        timer.start("render")
        let templates = try templatesLoaded.value.get()
        let memos = renderMemos?.value
        let published = memos?.published
        // Pages go to the staging folder as they are made (see `SiteStaging`);
        // the output itself changes only in the publish step.
        let staging = try SiteStaging(out: options.out, listed: .some(publishedListing.value))
        let site = SiteRenderer.render(briefing, templates: templates, baseURL: config.baseURL, published: published,
                                       seedKeys: seedKeys, staging: staging, exportFragments: memos?.exportFragments,
                                       searchFragments: memos?.searchFragments, partials: memos?.partials) {
            log.progress(step: "[6/\(steps.count)] render", done: $0, total: $1, elapsed: $2)
        }
        if !site.kept.isEmpty { timer.note("\(site.kept.count) of \(site.fingerprints.count) pages as published") }
        // Pages only: the sitemap has a fingerprint too, but it is no page.
        let rendered = site.paths.filter { $0.hasSuffix(".html") && (published == nil || !site.kept.contains($0)) }.count
        timer.start("publish")
        // The parts' memos hold for the next build whatever publish does, and
        // the page memo is made from the staged files: saved on the other cores meanwhile.
        let saving = cache.flatMap { cache in memos.map { memos in
            let pages = PageMemo.made(site, out: options.out, staged: staging.folder, previous: memos.pages)
            return [Eventually { pages.save(in: cache) }]
                + [memos.exportFragments, memos.searchFragments, memos.partials].map { memo in Eventually { memo.save() } }
        } }
        defer { saving?.forEach { _ = $0.value } }
        let outcome = try SiteWriter.publish(site, staged: staging)
        timer.note("\(outcome.written) files written, \(outcome.unchanged) unchanged")
        timer.finish()
        options.leftovers.dispose([ingested, analysis, digests, briefing, site, cache as Any, renderMemos as Any, earlier,
                                   seedKeys, assignment, verdicts, staging, signatures, slugBases])
        return BuildReport(articleCount: articles.count, pageCount: site.paths.count, warnings: allWarnings, briefing: briefing,
                           reusedSeeds: ingested.reused, analysedAgain: redone, filesWritten: outcome.written, pagesRendered: rendered)
    }

    /// The articles of a seeds folder, with what the cache held for each.
    struct Ingested {
        var articles: [Article] = []
        var articleWarnings: [[Diagnostic]] = []
        /// Cache key and cached entry of each article (same indices as `articles`).
        var keys: [String] = []
        var cached: [ArticleCache.Entry?] = []
        /// Keys of every seed, skipped ones included.
        var allKeys: [String] = []
        /// Stamp and key of every seed that could be read.
        var seedRecords: [ArticleCache.SeedRecord] = []
        var warnings: [Diagnostic] = []
        var reused = 0
    }

    /// What became of one seed. A struct, not a tuple: copies of a tuple
    /// went through the runtime's generic value witnesses, field by field.
    struct SeedResult {
        var outcome: Ingestor.Outcome
        var key: String?
        var cached: ArticleCache.Entry?
        /// Read from the cache's pack in this build, not kept in memory.
        var decoded = false
        var unreadable = false
    }

    /// Reads and ingests every seed; problems with single files are
    /// warnings. With a cache, a seed whose bytes are unchanged since the last
    /// build is not ingested again: its result comes from the cache.
    static func ingest(seeds: String, cache: ArticleCache? = nil, log: BuildLog? = nil) throws -> Ingested {
        let preloading = DispatchGroup()
        // At once, unless `build` started it already (`preload` reads once).
        if let cache { DispatchQueue.global().async(group: preloading) { cache.preload() } }
        let listing = try Trace.measure("ingest.list") { try SeedSource.list(folder: seeds) }
        preloading.wait()
        let known = cache?.snapshot()
        let progress = log.map { log in Progress(total: listing.count) { log.progress(step: "[2/\(steps.count)] ingest", done: $0, total: $1, elapsed: $2) } }
        let results = Trace.measure("ingest.map") { Parallel.map(listing, progress: progress) { listed -> SeedResult in
            func fromCache(_ key: String) -> SeedResult? {
                guard let found = known?.entry(key), let outcome = found.entry.outcome(at: listed.path) else { return nil }
                return SeedResult(outcome: outcome, key: key, cached: found.entry, decoded: found.decoded)
            }
            // A seed whose file is untouched since the last build is not even read.
            if let key = known?.key(path: listed.path, stamp: listed.stamp), let result = fromCache(key) { return result }
            let seed: SeedFile
            switch SeedSource.read(listed) {
            case let .success(read): seed = read
            case let .failure(problem): return SeedResult(outcome: .skipped(problem), unreadable: true)
            }
            let key = ArticleCache.key(seed)
            if let result = fromCache(key) { return result }
            let outcome = Ingestor.ingest(seed)
            if case let .skipped(diagnostic) = outcome { cache?.put(key, ArticleCache.Entry(warnings: [], skipped: diagnostic)) }
            return SeedResult(outcome: outcome, key: key)
        } }
        // One pass over the results. A cache entry keeps its fields in one
        // object, so a copy of a result costs a few retains, no more.
        var ingested = Ingested()
        ingested.articles.reserveCapacity(results.count)
        ingested.articleWarnings.reserveCapacity(results.count)
        ingested.keys.reserveCapacity(results.count)
        ingested.cached.reserveCapacity(results.count)
        let remembers = cache?.keepsDecoded == true
        var decoded: [(key: String, entry: ArticleCache.Entry)] = []
        // Unreadable files first, as they were listed; then each seed's warnings.
        var seedWarnings: [Diagnostic] = []
        for (i, result) in results.enumerated() {
            if let key = result.key {
                ingested.allKeys.append(key)
                if let stamp = listing[i].stamp { ingested.seedRecords.append(ArticleCache.SeedRecord(path: listing[i].path, stamp: stamp, key: key)) }
                if remembers, result.decoded, let entry = result.cached { decoded.append((key, entry)) }
            }
            if result.cached != nil { ingested.reused += 1 }
            switch result.outcome {
            case let .skipped(problem) where result.unreadable:
                ingested.warnings.append(problem)
            case let .skipped(diagnostic):
                seedWarnings.append(diagnostic)
            case let .article(article, articleWarnings):
                ingested.articles.append(article)
                ingested.articleWarnings.append(articleWarnings)
                ingested.keys.append(result.key!)
                ingested.cached.append(result.cached)
                seedWarnings += articleWarnings
            }
        }
        ingested.warnings += seedWarnings
        if let cache, remembers { cache.remember(decoded) }
        return ingested
    }

    /// `briefing check`: what each seed yields, and why; writes nothing.
    public static func check(seeds: String, config configPath: String, log: BuildLog) throws -> String {
        let config = try ConfigLoader.load(path: configPath)
        let ingested = try ingest(seeds: seeds)
        let articles = ingested.articles
        for w in ingested.warnings { log.warning(w) }
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
        Trace.mark("step " + name)
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
