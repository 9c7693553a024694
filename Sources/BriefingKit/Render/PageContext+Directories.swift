import Foundation

/// Pages that list across the briefing: people, organisations and places,
/// one page per entity, the sources, and search with its A–Z index.
extension PageContext {
    /// Longest list of articles an entity or outlet page shows; the rest are
    /// counted and found through search, so no page grows with the corpus.
    static let listLimit = 60

    static let kindLabels: [Entity.Kind: (one: String, many: String)] = [
        .person: ("Person", "People"), .organisation: ("Organisation", "Organisations"), .place: ("Place", "Places"),
    ]

    func entities() -> [String: Any] {
        var c = common(path: SitePaths.entities, title: "People, organisations and places")
        c["groups"] = Entity.Kind.allCases.compactMap { kind -> [String: Any]? in
            let items = briefing.entities.filter { $0.kind == kind }
            guard !items.isEmpty else { return nil }
            return ["label": Self.kindLabels[kind]!.many, "id": kind.rawValue, "count": items.count,
                    "items": items.map { entityItem($0, root: "") }]
        }
        c["has_entities"] = !briefing.entities.isEmpty
        return c
    }

    func entity(_ profile: EntityProfile) -> [String: Any] {
        var c = common(path: profile.path, title: profile.name)
        let root = SitePaths.root(of: profile.path)
        c["name"] = profile.name
        c["kind"] = Self.kindLabels[profile.kind]!.one
        c["roles"] = profile.roles.map { ["text": $0.text, "articles": $0.articles, "plural": $0.articles != 1] }
        c["has_roles"] = !profile.roles.isEmpty
        c["threads"] = threadLinks(profile.threadIDs, root: root)
        c["has_threads"] = !profile.threadIDs.isEmpty
        c["mentions"] = profile.mentions
        c["article_count"] = profile.appearances.count
        c["plural"] = profile.appearances.count != 1
        c["articles"] = profile.appearances.prefix(Self.listLimit).compactMap { appearance -> Any? in
            briefing.article(appearance.articleID).map { articleItem($0, root: root, extra: ["mentions": appearance.mentions]) }
        }
        c["quotes"] = profile.quotes.prefix(Self.listLimit).compactMap { quote -> [String: Any]? in
            guard let entry = briefing.article(quote.articleID) else { return nil }
            var item: [String: Any] = ["text": quote.text, "article_title": entry.article.title,
                                       "url": root + entry.path + "#" + SitePaths.paragraphAnchor(quote.paragraph)]
            item["date_label"] = entry.article.date?.longForm
            item["date_iso"] = entry.article.date?.iso
            return item
        }
        c["has_quotes"] = !profile.quotes.isEmpty
        c["more_articles"] = profile.appearances.count > Self.listLimit ? profile.appearances.count - Self.listLimit : nil
        c["search_name"] = root + SitePaths.search + "?q=" + (profile.name.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? "")
        return c
    }

    func sources() -> [String: Any] {
        var c = common(path: SitePaths.sources, title: "Sources")
        c["sources"] = briefing.sources.map { source -> [String: Any] in
            var item: [String: Any] = [
                "name": source.name ?? "Outlet not stated", "named": source.name != nil, "anchor": source.anchor,
                "count": source.articleIDs.count, "plural": source.articleIDs.count != 1,
                "articles": source.articleIDs.prefix(Self.listLimit).compactMap(briefing.article).map { articleItem($0) },
                "threads": threadLinks(source.threadIDs, root: ""), "has_threads": !source.threadIDs.isEmpty,
            ]
            item["authors"] = source.authors.isEmpty ? nil : source.authors.prefix(12).joined(separator: ", ")
                + (source.authors.count > 12 ? " and \(source.authors.count - 12) others" : "")
            item["more_articles"] = source.articleIDs.count > Self.listLimit ? source.articleIDs.count - Self.listLimit : nil
            return item
        }
        c["source_count"] = briefing.sources.filter { $0.name != nil }.count
        return c
    }

    /// The search page; its A–Z index of threads and entities, and the
    /// archive's months, are what a reader without JavaScript gets.
    func search() -> [String: Any] {
        var c = common(path: SitePaths.search, title: "Search")
        c["index_script"] = SitePaths.searchIndex
        c["search_script"] = SitePaths.searchScript
        var entries: [(key: String, title: String, url: String, kind: String)] = []
        for thread in briefing.threads { entries.append((Self.sortKey(thread.definition.title), thread.definition.title, thread.path, "Thread")) }
        for profile in briefing.entities { entries.append((Self.sortKey(profile.name), profile.name, profile.path, Self.kindLabels[profile.kind]!.one)) }
        entries.sort { ($0.key, $0.kind, $0.url) < ($1.key, $1.kind, $1.url) }
        var letters: [(letter: String, items: [[String: Any]])] = []
        for e in entries {
            let first = e.key.first.map(String.init) ?? "#"
            let letter = ("a"..."z").contains(first) ? first.uppercased() : "#"
            let item: [String: Any] = ["title": e.title, "url": e.url, "kind": e.kind]
            if letters.last?.letter == letter { letters[letters.count - 1].items.append(item) }
            else { letters.append((letter, [item])) }
        }
        c["months"] = archiveMonths()
        c["letters"] = letters.map { ["letter": $0.letter, "anchor": $0.letter == "#" ? "az-other" : "az-" + $0.letter.lowercased(),
                                      "items": $0.items] }
        return c
    }

    func entityItem(_ profile: EntityProfile, root: String) -> [String: Any] {
        var item: [String: Any] = ["name": profile.name, "url": root + profile.path,
                                   "article_count": profile.appearances.count, "plural": profile.appearances.count != 1]
        item["role"] = profile.roles.first?.text
        return item
    }

    /// Lower-case, diacritics folded, leading quote marks and "the " dropped.
    private static func sortKey(_ title: String) -> String {
        var key = Diacritics.stripped(title).lowercased()
        key = String(key.drop { !$0.isLetter && !$0.isNumber })
        if key.hasPrefix("the ") { key.removeFirst(4) }
        return key
    }
}
