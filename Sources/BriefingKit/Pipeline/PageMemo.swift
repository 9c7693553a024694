import Foundation

/// What each page of the published site was rendered from (its
/// fingerprint) and the stamp its file had when published, kept in the
/// cache folder. A page whose file still has that stamp, and whose
/// fingerprint comes out the same, is not rendered again. A file changed or
/// removed by hand has another stamp, so it is made afresh.
struct PageMemo: Codable {
    struct Page: Codable {
        let fingerprint: String
        let stamp: FileStamp
    }
    var pages: [String: Page] = [:]

    static func file(in cache: ArticleCache) -> URL { cache.root.appendingPathComponent("pages-v1.json") }

    static func load(from cache: ArticleCache) -> PageMemo {
        guard let data = try? Data(contentsOf: file(in: cache)),
              let memo = try? JSONDecoder().decode(PageMemo.self, from: data) else { return PageMemo() }
        return memo
    }

    /// Fingerprint of each page still published as it was written.
    func stillPublished(in out: String) -> [String: String] {
        let now = SiteWriter.stamps(of: pages.keys, in: out)
        var result: [String: String] = [:]
        for (path, page) in pages where now[path] == page.stamp { result[path] = page.fingerprint }
        return result
    }

    /// Best effort, as for the article cache.
    static func record(_ site: SiteFiles, publishedIn out: String, cache: ArticleCache) {
        let stamps = SiteWriter.stamps(of: site.fingerprints.keys, in: out)
        var memo = PageMemo()
        for (path, fingerprint) in site.fingerprints {
            if let stamp = stamps[path] { memo.pages[path] = Page(fingerprint: fingerprint, stamp: stamp) }
        }
        guard let data = try? JSONEncoder().encode(memo) else { return }
        try? FileManager.default.createDirectory(at: cache.root, withIntermediateDirectories: true)
        try? data.write(to: file(in: cache), options: .atomic)
    }
}
