/// The page name of each article, made to stay put. It comes from the
/// title; when several articles share a title (a wire story run by several
/// outlets, a page saved twice), the earliest published keeps the plain
/// slug and each later one adds its own id, which comes from its file name.
/// Numbering them -2, -3 … in order instead renamed every later namesake's
/// page, and broke every link to it, whenever one of them came or went:
/// removing one seed of the 10,000-article benchmark moved 400 pages.
/// Now a new article renames no other page unless it is older than the
/// holder of the plain slug, and a removed one renames at most the next
/// oldest, which takes the plain slug over.
enum ArticleSlugs {
    /// Slugs for `articles`, in the same order. `bases`, when the caller
    /// has them, are `Slug.make` of each title (kept in `ArticleDigest`).
    static func make(_ articles: [Article], bases known: [String]? = nil) -> [String] {
        // Read once: comparing through `articles[i]` copied whole articles.
        let ids = articles.map(\.id)
        let days = articles.map { $0.date?.dayNumber ?? Int.max }   // undated last
        // Each title's slug on every core: most of the work, and the rest waits for it.
        let bases = known ?? Parallel.map(articles) { Slug.make($0.title) }
        var groups: [String: [Int]] = [:]
        for (i, base) in bases.enumerated() { groups[base, default: []].append(i) }
        var slugs = bases
        var later: [Int] = []
        for (_, members) in groups where members.count > 1 {
            let oldest = members.min { (days[$0], ids[$0]) < (days[$1], ids[$1]) }!
            later += members.filter { $0 != oldest }
        }
        guard !later.isEmpty else { return slugs }
        // Room for every slug from the start: growing rehashed all the titles' slugs.
        var used = Set<String>(minimumCapacity: bases.count + later.count)
        for base in bases { used.insert(base) }
        // By id, so the rare clash below is settled the same way every build
        // (by place when the articles come in id order, as compose gives them).
        let inIDOrder = zip(ids, ids.dropFirst()).allSatisfy { $0 < $1 }
        for i in inIDOrder ? later.sorted() : later.sorted(by: { ids[$0] < ids[$1] }) {
            let stem = bases[i] + "-" + Slug.make(ids[i], maxLength: 40)
            var candidate = stem, n = 1
            // The first slug not yet taken is taken: one lookup each.
            while !used.insert(candidate).inserted { n += 1; candidate = "\(stem)-\(n)" }
            slugs[i] = candidate
        }
        return slugs
    }
}
