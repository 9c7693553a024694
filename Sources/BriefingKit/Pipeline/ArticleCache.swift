import Foundation

/// What earlier builds made of each seed — its ingest, its analysis and its
/// thread verdict and compose digest — kept in `.briefing-cache/` beside the output folder (git
/// ignores it) and, in `watch` and `serve`, in memory between rebuilds.
///
/// An entry's key hashes the tool's version, the seed's path and its bytes,
/// so an edited seed, a moved seeds folder or a new version of Briefing is
/// never served from it. What also depends on other inputs carries its own
/// check: names hold while the pooled index answers their lookups the same
/// way (`ResolvedNames`); a thread verdict and the digest made with it while
/// the threads' definitions hash to the same `threadsKey`.
public final class ArticleCache: @unchecked Sendable {
    struct Entry: Codable {
        var article: Article?
        var warnings: [Diagnostic]
        var skipped: Diagnostic?
        var reading: ArticleReading?
        var names: ResolvedNames?
        var threads: Threaded?

        /// What ingest made of the seed.
        var outcome: Ingestor.Outcome? {
            if let article { return .article(article, warnings: warnings) }
            return skipped.map { .skipped($0) }
        }
    }

    /// What depends on the threads' definitions too.
    struct Threaded: Codable {
        /// `threadsKey` of the definitions it was made under.
        let key: String
        let verdict: ThreadVerdict
        let digest: ArticleDigest
    }

    /// The entries' folder: a new name whenever `Entry` or `BinaryCoder` changes shape.
    static let format = "articles-v5"
    /// Folders of earlier formats, removed when the cache is saved.
    private static let formerFormats = ["ingest-v1", "articles-v2", "articles-v3", "articles-v4"]

    /// `.briefing-cache/<out>`: this cache's folder and the page memo.
    let root: URL
    let folder: URL
    private let lock = NSLock()
    private var memory: [String: Entry] = [:]
    private var unsaved: Set<String> = []
    /// Each seed's stamp and key at the last build, so an untouched seed
    /// need not be read to know its key.
    private var seeds: [String: SeedRecord]?

    struct SeedRecord: Codable {
        let path: String
        let stamp: FileStamp
        let key: String
    }

    /// The cache for builds into `out`.
    public init(out: String) {
        let outURL = URL(fileURLWithPath: out).standardizedFileURL
        root = outURL.deletingLastPathComponent()
            .appendingPathComponent(".briefing-cache")
            .appendingPathComponent(outURL.lastPathComponent)
        folder = root.appendingPathComponent(Self.format)
    }

    static func key(_ seed: SeedFile, version: String = BriefingVersion.string) -> String {
        hex([version, seed.path], seed.bytes)
    }

    /// Changes with anything in the threads' definitions.
    static func threadsKey(_ threads: [ThreadDefinition]) -> String {
        hex(threads.flatMap { [$0.id, $0.title, $0.description, $0.signals.joined(separator: "\u{1}"), $0.terms.joined(separator: "\u{1}")] })
    }

    private static func hex(_ parts: [String], _ bytes: Data = Data()) -> String {
        var digest = StableDigest()
        for part in parts { digest.add(part) }
        digest.add(bytes)
        return digest.hex
    }

    /// The key of the seed at `path` when its file has the stamp it had at the last build.
    func key(path: String, stamp: FileStamp?) -> String? {
        guard let stamp else { return nil }
        return lock.withLock {
            if seeds == nil {
                let records = (try? Data(contentsOf: seedsFile)).flatMap { try? BinaryCoder.decode([SeedRecord].self, from: $0) } ?? []
                seeds = Dictionary(records.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
            }
            return seeds?[path].flatMap { $0.stamp == stamp ? $0.key : nil }
        }
    }

    private var seedsFile: URL { root.appendingPathComponent("seeds-v1.bin") }

    func entry(_ key: String) -> Entry? {
        if let kept = lock.withLock({ memory[key] }) { return kept }
        guard let data = try? Data(contentsOf: file(key)), let entry = try? BinaryCoder.decode(Entry.self, from: data) else { return nil }
        lock.withLock { memory[key] = entry }
        return entry
    }

    func put(_ key: String, _ entry: Entry) {
        lock.withLock {
            memory[key] = entry
            unsaved.insert(key)
        }
    }

    /// Writes the new entries and forgets those of seeds that are gone or
    /// changed. Best effort: a cache that cannot be written only makes the
    /// next build slower.
    func save(keeping keys: Set<String>, seeds records: [SeedRecord]) {
        let toWrite: [(String, Entry)] = lock.withLock {
            memory = memory.filter { keys.contains($0.key) }
            defer { unsaved = [] }
            return unsaved.sorted().compactMap { key in memory[key].map { (key, $0) } }
        }
        let fm = FileManager.default
        try? fm.createDirectory(at: folder, withIntermediateDirectories: true)
        lock.withLock { seeds = Dictionary(records.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a }) }
        if let data = try? BinaryCoder.encode(records) { try? data.write(to: seedsFile, options: .atomic) }
        for former in Self.formerFormats { try? fm.removeItem(at: root.appendingPathComponent(former)) }
        _ = Parallel.map(toWrite) { key, entry in
            guard let data = try? BinaryCoder.encode(entry) else { return false }
            // Not atomic: a torn entry fails to decode and is made again.
            return (try? data.write(to: file(key))) != nil
        }
        for name in (try? fm.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".bin") {
            if !keys.contains(String(name.dropLast(4))) { try? fm.removeItem(at: folder.appendingPathComponent(name)) }
        }
    }

    private func file(_ key: String) -> URL { folder.appendingPathComponent(key + ".bin") }
}
