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
    /// Each page is examined within the open output folder, on every core:
    /// ten thousand `stat`s of whole paths on one core took 25 ms of a rebuild.
    func stillPublished(in out: String) -> [String: String] {
        let folder = open(out, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { return [:] }
        defer { close(folder) }
        let unchanged = Parallel.map(pages) { FileStamp(directory: folder, name: $0.path) == $0.stamp }
        var result: [String: String] = [:]
        result.reserveCapacity(pages.count)
        for (page, same) in zip(pages, unchanged) where same { result[page.path] = page.fingerprint }
        return result
    }

    /// Best effort, as for the article cache. A page kept from `previous`
    /// was hard-linked into the new site, so it still has the stamp recorded
    /// then; only the pages made now are asked for theirs: one written
    /// afresh in the staging folder `staged` (a rename to the output keeps
    /// size, time and inode), one found unchanged in the output `out`.
    /// Both lists are in path order, so they are walked side by side:
    /// through dictionaries of 10,000 paths this took 30 ms on one core.
    ///
    /// Made before publish, from the staged files: should publish fail, the
    /// output does not hold them, their stamps do not match, and the next
    /// build makes those pages again.
    static func made(_ site: SiteFiles, out: String, staged: String, previous: PageMemo? = nil) -> PageMemo {
        let before = previous?.pages ?? []
        var b = 0
        let outFolder = out.hasSuffix("/") ? out : out + "/", stagedFolder = staged + "/"
        var pages: [Page] = []
        pages.reserveCapacity(site.fingerprints.count)
        for path in site.paths {   // sorted
            guard let fingerprint = site.fingerprints[path] else { continue }
            while b < before.count && before[b].path < path { b += 1 }
            let kept = b < before.count && before[b].path == path && site.kept.contains(path) ? before[b].stamp : nil
            let stamp = kept ?? FileStamp(path: (site.staged[path] == true ? stagedFolder : outFolder) + path)
            if let stamp { pages.append(Page(path: path, fingerprint: fingerprint, stamp: stamp)) }
        }
        return PageMemo(pages: pages)
    }

    /// Writes the memo into the cache folder.
    func save(in cache: ArticleCache) {
        try? FileManager.default.createDirectory(at: cache.root, withIntermediateDirectories: true)
        let sink = BinaryCoder.Sink()
        sink.codableList(pages)
        PlainFileWrite.replace(sink.bytes, at: Self.file(in: cache).path)
    }
}
