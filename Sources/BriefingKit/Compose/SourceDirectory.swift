/// One outlet and what the briefing holds from it. Articles that name no
/// outlet share one profile whose `name` is nil, so none is left out.
public struct SourceProfile: Sendable {
    public let name: String?
    /// Anchor on the sources page.
    public let anchor: String
    /// Newest first.
    public let articleIDs: [String]
    /// Threads its articles belong to, in config order.
    public let threadIDs: [String]
    public let authors: [String]
}

enum SourceDirectory {
    static func profiles(entries: [ArticleEntry], threadOrder: [String]) -> [SourceProfile] {
        var groups: [String: [ArticleEntry]] = [:]
        for entry in entries { groups[entry.article.outlet ?? "", default: []].append(entry) }
        // Named outlets A–Z (case-insensitive), the unnamed group last.
        let names = groups.keys.filter { !$0.isEmpty }.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
            + (groups[""] == nil ? [] : [""])
        let anchors = Slug.unique(names.map { $0.isEmpty ? "outlet-not-stated" : "outlet-" + $0 })
        return zip(names, anchors).map { name, anchor in
            let items = groups[name]!
            let threads = Set(items.flatMap(\.threadIDs))
            var authors: [String] = []
            for author in items.flatMap(\.article.authors) where !authors.contains(author) { authors.append(author) }
            return SourceProfile(name: name.isEmpty ? nil : name, anchor: anchor, articleIDs: items.map(\.id),
                                 threadIDs: threadOrder.filter(threads.contains), authors: authors.sorted())
        }
    }
}
