import Foundation

/// What each page of the published site was rendered from (its
/// fingerprint) and the stamp its file had when published, kept in the
/// cache folder. A page whose file still has that stamp, and whose
/// fingerprint comes out the same, is not rendered again. A file changed or
/// removed by hand has another stamp, so it is made afresh.
struct PageMemo {
    struct Page: Codable {
        let path: String
        let fingerprint: String
        let stamp: FileStamp
    }
    var pages: [Page] = []

    static func file(in cache: ArticleCache) -> URL { cache.root.appendingPathComponent("pages-v2.bin") }

    static func load(from cache: ArticleCache) -> PageMemo {
        guard let bytes = FileBytes.read(file(in: cache).path),
              let pages = try? BinaryCoder.read(bytes, { try $0.codableList(Page.self) }) else { return PageMemo() }
        return PageMemo(pages: pages)
    }

    /// Fingerprint of each page still published as it was written.
    func stillPublished(in out: String) -> [String: String] {
        let now = SiteWriter.stamps(of: pages.map(\.path), in: out)
        var result: [String: String] = [:]
        for page in pages where now[page.path] == page.stamp { result[page.path] = page.fingerprint }
        return result
    }

    /// Best effort, as for the article cache. A page kept from `previous`
    /// was hard-linked into the new site, so it still has the stamp recorded
    /// then; only the pages written afresh are asked for theirs.
    static func record(_ site: SiteFiles, publishedIn out: String, cache: ArticleCache, previous: PageMemo? = nil) {
        let recorded = Dictionary(previous?.pages.map { ($0.path, $0.stamp) } ?? [], uniquingKeysWith: { a, _ in a })
        var stamps = SiteWriter.stamps(of: site.fingerprints.keys.filter { !site.kept.contains($0) || recorded[$0] == nil }, in: out)
        for path in site.kept { if stamps[path] == nil, let stamp = recorded[path] { stamps[path] = stamp } }
        // `site.paths` is sorted already.
        let pages = site.paths.compactMap { path in
            site.fingerprints[path].flatMap { fingerprint in stamps[path].map { Page(path: path, fingerprint: fingerprint, stamp: $0) } }
        }
        try? FileManager.default.createDirectory(at: cache.root, withIntermediateDirectories: true)
        let sink = BinaryCoder.Sink()
        sink.codableList(pages)
        try? Data(sink.bytes).write(to: file(in: cache), options: .atomic)
    }
}
