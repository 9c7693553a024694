import Foundation

/// What ingest made of each seed, kept between builds in `.briefing-cache/`
/// beside the output folder (git ignores it). An entry's key is a hash of the
/// tool's version, the seed's path and its bytes, so an edited seed, a moved
/// seeds folder or a new version of Briefing is never served from the cache;
/// ingest reads no configuration, so nothing else can make an entry stale.
struct IngestCache: Sendable {
    let folder: URL

    /// The cache for builds into `out`.
    init(out: String) {
        let outURL = URL(fileURLWithPath: out).standardizedFileURL
        folder = outURL.deletingLastPathComponent()
            .appendingPathComponent(".briefing-cache")
            .appendingPathComponent(outURL.lastPathComponent)
            .appendingPathComponent("ingest-v1")
    }

    private struct Entry: Codable {
        var article: Article?
        var warnings: [Diagnostic]
        var skipped: Diagnostic?
    }

    static func key(_ seed: SeedFile, version: String = BriefingVersion.string) -> String {
        var a = StableHash(), b = StableHash(seed: 0x84222325cbf29ce4)
        for part in [version, seed.path] { a.add(part); b.add(part) }
        a.add(seed.bytes); b.add(seed.bytes)
        return [a.value, b.value].map { value in
            let hex = String(UInt64(bitPattern: Int64(value)), radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    func load(_ key: String) -> Ingestor.Outcome? {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(key + ".json")),
              let entry = try? JSONDecoder().decode(Entry.self, from: data) else { return nil }
        if let article = entry.article { return .article(article, warnings: entry.warnings) }
        return entry.skipped.map { .skipped($0) }
    }

    /// Best effort: a cache that cannot be written only makes the next build slower.
    func store(_ key: String, _ outcome: Ingestor.Outcome) {
        let entry: Entry = switch outcome {
        case let .article(article, warnings): Entry(article: article, warnings: warnings, skipped: nil)
        case let .skipped(diagnostic): Entry(article: nil, warnings: [], skipped: diagnostic)
        }
        guard let data = try? JSONEncoder().encode(entry) else { return }
        try? data.write(to: folder.appendingPathComponent(key + ".json"), options: .atomic)
    }

    func prepare() { try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }

    /// Forgets entries of seeds that are gone or changed.
    func prune(keeping keys: Set<String>) {
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".json") {
            if !keys.contains(String(name.dropLast(5))) { try? fm.removeItem(at: folder.appendingPathComponent(name)) }
        }
    }
}
