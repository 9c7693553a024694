import Foundation

/// What earlier builds left in the cache folder for render to reuse: each
/// published page's fingerprint while its file is as written, and the
/// articles' parts of the export and of the search index, and the parts
/// of long list pages rendered through their partials (`PartialCache`).
struct RenderMemos: @unchecked Sendable {   // the fragment memos are used by one render job each
    let pages: PageMemo
    let published: [String: String]
    let exportFragments: FragmentMemo
    let searchFragments: FragmentMemo
    let partials: FragmentMemo

    init(cache: ArticleCache, out: String) {
        pages = PageMemo.load(from: cache)
        published = pages.stillPublished(in: out)
        exportFragments = FragmentMemo(file: cache.root.appendingPathComponent("export-v1.bin"))
        searchFragments = FragmentMemo(file: cache.root.appendingPathComponent("search-v1.bin"))
        partials = FragmentMemo(file: cache.root.appendingPathComponent("partials-v1.bin"), keepsUnasked: true)
    }
}
