import Foundation

/// What earlier builds made of each seed — its ingest, its analysis, its
/// thread verdict and compose digest — kept in `.briefing-cache/` beside the
/// output folder (git ignores it) and, in `watch` and `serve`, in memory
/// between rebuilds.
///
/// An entry's key hashes the tool's version, the seed's name as the pages
/// show it and its bytes, so an edited or renamed seed or a new version of
/// Briefing is never served from it. What also depends on other inputs carries its own
/// check: names hold while the pooled index answers their lookups the same
/// way (`ResolvedNames`); a thread verdict and the digest made with it while
/// the threads' definitions hash to the same `threadsKey`.
public final class ArticleCache: @unchecked Sendable {
    /// Its fields live in one immutable object, replaced whole when one is
    /// set: ingest hands ten thousand entries about, and an entry's two
    /// dozen strings and arrays cost as many retains and releases per copy.
    struct Entry: Codable, Sendable {
        private final class Storage: Sendable {
            let article: Article?
            let warnings: [Diagnostic]
            let skipped: Diagnostic?
            let reading: ArticleReading?
            let names: ResolvedNames?
            let threads: Threaded?

            init(article: Article?, warnings: [Diagnostic], skipped: Diagnostic?, reading: ArticleReading?,
                 names: ResolvedNames?, threads: Threaded?) {
                self.article = article
                self.warnings = warnings
                self.skipped = skipped
                self.reading = reading
                self.names = names
                self.threads = threads
            }
        }
        private var storage: Storage

        init(article: Article? = nil, warnings: [Diagnostic], skipped: Diagnostic? = nil, reading: ArticleReading? = nil,
             names: ResolvedNames? = nil, threads: Threaded? = nil) {
            storage = Storage(article: article, warnings: warnings, skipped: skipped, reading: reading, names: names, threads: threads)
        }

        var article: Article? { storage.article }
        var warnings: [Diagnostic] { storage.warnings }
        var skipped: Diagnostic? { storage.skipped }
        var reading: ArticleReading? {
            get { storage.reading }
            set { storage = Storage(article: article, warnings: warnings, skipped: skipped, reading: newValue, names: names, threads: threads) }
        }
        var names: ResolvedNames? {
            get { storage.names }
            set { storage = Storage(article: article, warnings: warnings, skipped: skipped, reading: reading, names: newValue, threads: threads) }
        }
        var threads: Threaded? {
            get { storage.threads }
            set { storage = Storage(article: article, warnings: warnings, skipped: skipped, reading: reading, names: names, threads: newValue) }
        }

        private enum CodingKeys: String, CodingKey { case article, warnings, skipped, reading, names, threads }
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self.init(article: try c.decodeIfPresent(Article.self, forKey: .article), warnings: try c.decode([Diagnostic].self, forKey: .warnings),
                      skipped: try c.decodeIfPresent(Diagnostic.self, forKey: .skipped),
                      reading: try c.decodeIfPresent(ArticleReading.self, forKey: .reading),
                      names: try c.decodeIfPresent(ResolvedNames.self, forKey: .names),
                      threads: try c.decodeIfPresent(Threaded.self, forKey: .threads))
        }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(article, forKey: .article); try c.encode(warnings, forKey: .warnings)
            try c.encodeIfPresent(skipped, forKey: .skipped); try c.encodeIfPresent(reading, forKey: .reading)
            try c.encodeIfPresent(names, forKey: .names); try c.encodeIfPresent(threads, forKey: .threads)
        }

        /// What ingest made of the seed, its warnings naming it as `path`:
        /// the entry may have been made when the seeds folder was named
        /// another way, and every warning of an entry is about its seed.
        func outcome(at path: String) -> Ingestor.Outcome? {
            if let article { return .article(article, warnings: warnings.map { $0.at(file: path) }) }
            return skipped.map { .skipped($0.at(file: path)) }
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
    static let format = "articles-v15.pack"
    /// Files and folders of earlier formats (of this cache and the page
    /// memo), removed when the cache is saved.
    private static let formerFormats = ["ingest-v1", "articles-v2", "articles-v3", "articles-v4", "articles-v5", "articles-v6.pack", "articles-v7.pack", "articles-v8.pack", "articles-v9.pack", "articles-v10.pack", "articles-v11.pack", "articles-v12.pack", "articles-v13.pack", "articles-v14.pack", "seeds-v1.json", "pages-v1.json"]

    /// `.briefing-cache/<out>`: the pack, the seeds' stamps and the page memo.
    let root: URL
    /// All entries in one file — key, length, entry — read whole: one file
    /// is read far faster than ten thousand small ones, and an entry is
    /// decoded only when asked for. New entries are appended (see `save`).
    let pack: URL
    private let lock = NSLock()
    private var memory: [String: Entry] = [:]
    private var unsaved: Set<String> = []
    /// The pack as mapped, and where each key's entry lies in it.
    private var packed: Pack?
    /// Each seed's stamp and key at the last build, so an untouched seed
    /// need not be read to know its key.
    private var seeds: [String: SeedRecord]?
    /// Fingerprint of the pooled name index every entry's names were last
    /// checked under (see `namesIndex()`); `.some(nil)` when there is none.
    private var trustedIndex: UInt64??

    struct SeedRecord: Codable {
        let path: String
        let stamp: FileStamp
        let key: String
    }

    /// Whether entries read from the pack stay in memory for the next build.
    let keepsDecoded: Bool

    /// The cache for builds into `out`; `keepsDecoded` for a process that
    /// builds again and again (`watch`, `serve`).
    public init(out: String, keepsDecoded: Bool = false) {
        self.keepsDecoded = keepsDecoded
        let outURL = URL(fileURLWithPath: out).standardizedFileURL
        root = outURL.deletingLastPathComponent()
            .appendingPathComponent(".briefing-cache")
            .appendingPathComponent(outURL.lastPathComponent)
        pack = root.appendingPathComponent(Self.format)
    }

    /// The seed's bytes under its name as the pages show it (`sitePath`,
    /// e.g. `seeds/x.txt`), not the path it was read from: the same seeds
    /// named as `seeds` or `/full/path/seeds` share their entries. Only the
    /// warnings name the path as given, and `Pipeline.ingest` renames them.
    static func key(_ seed: SeedFile, version: String = BriefingVersion.string) -> String {
        hex([version, seed.sitePath], seed.bytes)
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

    /// Reads the pack and the seeds' stamps, if not yet read: called while
    /// the seeds folder is listed, so that the two wait on the disk together.
    func preload() {
        lock.withLock {
            _ = readPack()
            _ = readSeeds()
        }
    }

    /// Call with the lock held.
    private func readSeeds() -> [String: SeedRecord] {
        if let seeds { return seeds }
        let records = FileBytes.read(seedsFile.path).flatMap { try? BinaryCoder.read($0) { try $0.codableList(SeedRecord.self) } } ?? []
        let read = Dictionary(records.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        seeds = read
        return read
    }

    private var seedsFile: URL { root.appendingPathComponent("seeds-v1.bin") }
    private var namesIndexFile: URL { root.appendingPathComponent("names-index-v1.bin") }

    /// The fingerprint of the pooled name index under which the names of
    /// every entry in the pack were last found or checked, when this build
    /// of the tool recorded it: a build whose index has the same fingerprint
    /// can take them as they are (`Analyzer.analyse`).
    func namesIndex() -> UInt64? {
        lock.withLock {
            if trustedIndex == nil {
                let record = (try? Data(contentsOf: namesIndexFile)).flatMap { try? BinaryCoder.decode(NamesIndexRecord.self, from: $0) }
                trustedIndex = .some(record.flatMap { $0.tool == BuildIdentity.executable ? $0.fingerprint : nil })
            }
            return trustedIndex!
        }
    }

    /// The executable is part of it: a rebuilt tool may resolve names otherwise.
    private struct NamesIndexRecord: Codable {
        let tool: String
        let fingerprint: UInt64
    }

    /// The cache as this build found it, read with no lock: ten thousand
    /// look-ups and decodes, each taking a lock shared by every core, spent
    /// a tenth of the reading waiting on each other.
    struct Snapshot: @unchecked Sendable {   // immutable copies (copy on write) of the cache's state
        fileprivate let memory: [String: Entry]
        fileprivate let pack: Pack
        fileprivate let seeds: [String: SeedRecord]

        /// The key of the seed at `path` when its file has the stamp it had at the last build.
        func key(path: String, stamp: FileStamp?) -> String? {
            guard let stamp else { return nil }
            return seeds[path].flatMap { $0.stamp == stamp ? $0.key : nil }
        }

        /// The entry of `key`, and whether it was decoded now (not kept in memory).
        func entry(_ key: String) -> (entry: Entry, decoded: Bool)? {
            if let kept = memory[key] { return (kept, false) }
            guard let range = pack.ranges[key], let entry = try? BinaryCoder.decode(Entry.self, from: pack.bytes, in: range, owner: pack.file) else { return nil }
            return (entry, true)
        }
    }

    func snapshot() -> Snapshot {
        lock.withLock {
            Snapshot(memory: memory, pack: readPack(), seeds: readSeeds())
        }
    }

    /// Keeps entries decoded from the pack in memory, for the next build
    /// in this process (`watch`); a single build has no use for them.
    func remember(_ decoded: [(key: String, entry: Entry)]) {
        lock.withLock { for (key, entry) in decoded { memory[key] = entry } }
    }

    func put(_ key: String, _ entry: Entry) {
        lock.withLock {
            memory[key] = entry
            unsaved.insert(key)
        }
    }

    /// Keeps the entries of `keys` and forgets those of seeds that are gone
    /// or changed. The pack is a log: new and remade entries are appended,
    /// and where a key appears twice the later entry counts, so one changed
    /// seed costs one entry's bytes, not a rewrite of ten thousand. Once
    /// entries no longer kept fill half the file, it is written afresh with
    /// only the live ones. Best effort: a cache that cannot be written only
    /// makes the next build slower.
    ///
    /// `namesIndex` is the fingerprint of the name index this build checked
    /// every kept entry's names under. It is withdrawn before the pack is
    /// written and recorded only once the pack is: a pack written in part
    /// must never pass for one checked under that index.
    func save(keeping keys: Set<String>, seeds records: [SeedRecord], namesIndex: UInt64? = nil) {
        let fm = FileManager.default
        try? fm.createDirectory(at: root, withIntermediateDirectories: true)
        for former in Self.formerFormats { try? fm.removeItem(at: root.appendingPathComponent(former)) }
        try? fm.removeItem(at: namesIndexFile)
        let withdrawn = !fm.fileExists(atPath: namesIndexFile.path)
        let stamps = BinaryCoder.Sink()
        stamps.codableList(records)
        PlainFileWrite.replace(stamps.bytes, at: seedsFile.path)
        // New entries are encoded on every core before they are packed.
        let fresh: [(String, Entry)] = lock.withLock { unsaved.filter(keys.contains).sorted().compactMap { key in memory[key].map { (key, $0) } } }
        let made = Parallel.map(fresh) { key, entry in (key, try? BinaryCoder.encode(entry)) }
        lock.withLock {
            seeds = Dictionary(records.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
            memory = memory.filter { keys.contains($0.key) }
            unsaved = []
            let old = readPack()
            // Mapped again by the next build in this process, as written now.
            packed = nil
            let end = old.bytes.count
            var ranges = old.ranges
            let appended = BinaryCoder.Sink()
            for case let (key, data?) in made {
                appended.string(key); appended.varint(UInt64(data.count))
                ranges[key] = end + appended.bytes.count..<end + appended.bytes.count + data.count
                appended.bytes.append(contentsOf: data)
            }
            ranges = ranges.filter { keys.contains($0.key) }
            let live = ranges.values.reduce(0) { $0 + $1.count }
            var written = made.allSatisfy { $0.1 != nil }
            if live * 2 < end + appended.bytes.count {
                written = written && writeWhole(Self.compacted(ranges, old: old.bytes, appended: appended.bytes))
            } else if !appended.bytes.isEmpty {
                written = written && (FileBytes.append(appended.bytes, to: pack.path, endingAt: end)
                                      || writeWhole(Array(old.bytes) + appended.bytes))
            }
            let trusted = written && withdrawn ? namesIndex : nil
            if let trusted, let data = try? BinaryCoder.encode(NamesIndexRecord(tool: BuildIdentity.executable, fingerprint: trusted)),
               PlainFileWrite.replace([UInt8](data), at: namesIndexFile.path) {
                trustedIndex = .some(trusted)
            } else {
                trustedIndex = .some(nil)
            }
        }
    }

    private func writeWhole(_ bytes: [UInt8]) -> Bool {
        PlainFileWrite.replace(bytes, at: pack.path)
    }

    /// Only the entries of `ranges`, in key order, from the pack as it was
    /// (`old`) followed by the entries `appended` to it.
    private static func compacted(_ ranges: [String: Range<Int>], old: UnsafeBufferPointer<UInt8>, appended: [UInt8]) -> [UInt8] {
        let sink = BinaryCoder.Sink()
        for (key, range) in ranges.sorted(by: { $0.key < $1.key }) {
            sink.string(key); sink.varint(UInt64(range.count))
            if range.upperBound <= old.count {
                sink.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: old[range]))
            } else {
                sink.bytes.append(contentsOf: appended[range.lowerBound - old.count..<range.upperBound - old.count])
            }
        }
        return sink.bytes
    }

    /// The pack's entries read whole, mapped, and where each key's entry lies.
    fileprivate struct Pack: @unchecked Sendable {   // the mapping is read-only
        let file: MappedFile?
        /// The entries read whole: a torn end is left out.
        let bytes: UnsafeBufferPointer<UInt8>
        let ranges: [String: Range<Int>]
        static let empty = Pack(file: nil, bytes: UnsafeBufferPointer(start: nil, count: 0), ranges: [:])
    }

    /// The pack, read once. A torn end (a build killed while appending, a
    /// full disk) is ignored: the entries before it still count. Call with
    /// the lock held.
    private func readPack() -> Pack {
        if let packed { return packed }
        var result = Pack.empty
        if let file = MappedFile(path: pack.path) {
            var ranges: [String: Range<Int>] = [:]
            var whole = 0
            let source = BinaryCoder.Source(bytes: file.bytes, range: 0..<file.bytes.count)
            while source.offset < source.end {
                guard let key = try? source.string(), let length = try? source.varint(), Int(length) <= source.end - source.offset else { break }
                ranges[key] = source.offset..<source.offset + Int(length)
                source.offset += Int(length)
                whole = source.offset
            }
            // Only the entries read whole: appends go after them.
            result = Pack(file: file, bytes: UnsafeBufferPointer(rebasing: file.bytes[..<whole]), ranges: ranges)
        }
        packed = result
        return result
    }
}
