import Foundation

/// What earlier builds made of each seed — its ingest, its analysis, its
/// thread verdict and compose digest — kept in `.briefing-cache/` beside the
/// output folder (git ignores it) and, in `watch` and `serve`, in memory
/// between rebuilds.
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

    /// The entries' file: a new name whenever `Entry`, `BinaryRecord` or `BinaryCoder` changes shape.
    static let format = "articles-v6.pack"
    /// Files and folders of earlier formats (of this cache and the page
    /// memo), removed when the cache is saved.
    private static let formerFormats = ["ingest-v1", "articles-v2", "articles-v3", "articles-v4", "articles-v5", "seeds-v1.json", "pages-v1.json"]

    /// `.briefing-cache/<out>`: the pack, the seeds' stamps and the page memo.
    let root: URL
    /// All entries in one file — key, length, entry — read whole and
    /// written whole: one file is read and written far faster than ten
    /// thousand small ones, and an entry is decoded only when asked for.
    let pack: URL
    private let lock = NSLock()
    private var memory: [String: Entry] = [:]
    private var unsaved: Set<String> = []
    /// The pack as read, and where each key's entry lies in it.
    private var packed: (bytes: [UInt8], ranges: [String: Range<Int>])?
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
        pack = root.appendingPathComponent(Self.format)
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
        let (kept, bytes, range): (Entry?, [UInt8], Range<Int>?) = lock.withLock {
            if let kept = memory[key] { return (kept, [], nil) }
            let packed = readPack()
            return (nil, packed.bytes, packed.ranges[key])
        }
        if let kept { return kept }
        guard let range, let entry = try? BinaryCoder.decode(Entry.self, from: bytes, in: range) else { return nil }
        lock.withLock { memory[key] = entry }
        return entry
    }

    func put(_ key: String, _ entry: Entry) {
        lock.withLock {
            memory[key] = entry
            unsaved.insert(key)
        }
    }

    /// Keeps the entries of `keys` — new ones encoded, the others copied as
    /// they were packed — and forgets those of seeds that are gone or
    /// changed. Best effort: a cache that cannot be written only makes the
    /// next build slower.
    func save(keeping keys: Set<String>, seeds records: [SeedRecord]) {
        let fm = FileManager.default
        try? fm.createDirectory(at: root, withIntermediateDirectories: true)
        for former in Self.formerFormats { try? fm.removeItem(at: root.appendingPathComponent(former)) }
        if let data = try? BinaryCoder.encode(records) { try? data.write(to: seedsFile, options: .atomic) }
        // New entries are encoded on every core before the pack is put together.
        let fresh: [(String, Entry)] = lock.withLock { unsaved.filter(keys.contains).sorted().compactMap { key in memory[key].map { (key, $0) } } }
        let made = Parallel.map(fresh) { key, entry in (key, try? BinaryCoder.encode(entry)) }
        let encoded = Dictionary(uniqueKeysWithValues: made.compactMap { key, data in data.map { (key, $0) } })
        lock.withLock {
            seeds = Dictionary(records.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
            memory = memory.filter { keys.contains($0.key) }
            let old = readPack()
            guard !unsaved.isEmpty || Set(old.ranges.keys) != keys else { return }
            let sink = BinaryCoder.Sink()
            sink.bytes.reserveCapacity(old.bytes.count)
            var ranges: [String: Range<Int>] = [:]
            for key in keys.sorted() {
                let start: Int
                if !unsaved.contains(key), let range = old.ranges[key] {
                    sink.string(key); sink.varint(UInt64(range.count))
                    start = sink.bytes.count
                    sink.bytes.append(contentsOf: old.bytes[range])
                } else if let data = encoded[key] {
                    sink.string(key); sink.varint(UInt64(data.count))
                    start = sink.bytes.count
                    sink.bytes.append(contentsOf: data)
                } else {
                    continue
                }
                ranges[key] = start..<sink.bytes.count
            }
            unsaved = []
            packed = (sink.bytes, ranges)
            try? Data(sink.bytes).write(to: pack, options: .atomic)
        }
    }

    /// The pack, read once; an unreadable or torn pack counts as empty.
    /// Call with the lock held.
    private func readPack() -> (bytes: [UInt8], ranges: [String: Range<Int>]) {
        if let packed { return packed }
        var result: (bytes: [UInt8], ranges: [String: Range<Int>]) = ([], [:])
        if let data = try? Data(contentsOf: pack) {
            let bytes = [UInt8](data)
            let source = BinaryCoder.Source(bytes: bytes, range: 0..<bytes.count)
            var ranges: [String: Range<Int>] = [:]
            while source.offset < source.end {
                guard let key = try? source.string(), let length = try? source.varint(), Int(length) <= source.end - source.offset else {
                    ranges = [:]
                    break
                }
                ranges[key] = source.offset..<source.offset + Int(length)
                source.offset += Int(length)
            }
            result = (bytes, ranges)
        }
        packed = result
        return result
    }
}
