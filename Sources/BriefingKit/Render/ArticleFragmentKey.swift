/// What an article's record in `briefing.json` and its items in
/// `search-index.js` are made from beyond its seed's bytes, as one hash
/// made once per build for both: each made its own, and the two made a
/// fifth of a rebuild's render CPU at 10,000 articles.
///
/// `seedKey` stands for the seed's bytes with the tool's version (the
/// article, its events); the rest is what comes from outside the seed: its
/// place in the site, its threads and their titles, its original and
/// copies, and the names and quotes resolved across the corpus. The running
/// executable stands for the code that writes them.
enum ArticleFragmentKey {
    /// `base` is `base()`, the same for every article of a build.
    static func of(_ e: ArticleEntry, seedKey: String, threadTitles: [String], base: UInt64) -> UInt64 {
        var digest = WordHash(seed: base)
        digest.add(seedKey)
        digest.add(e.path)
        digest.add(e.threadIDs.count)
        for id in e.threadIDs { digest.add(id) }
        digest.add(threadTitles.count)
        for title in threadTitles { digest.add(title) }
        digest.add(e.duplicateOf == nil ? 0 : 1)
        if let original = e.duplicateOf { digest.add(original) }
        digest.add(e.copies.count)
        for id in e.copies { digest.add(id) }
        // A quote's words and place follow from the seed; its speaker does not.
        digest.add(e.analysis.quotes.count)
        for q in e.analysis.quotes {
            digest.add(q.speaker == nil ? 0 : 1)
            if let speaker = q.speaker { digest.add(speaker) }
        }
        digest.add(e.analysis.entities.count)
        for en in e.analysis.entities {
            digest.add(en.name)
            digest.add(en.kind.rawValue)
            digest.add(en.role == nil ? 0 : 1)
            if let role = en.role { digest.add(role) }
            digest.add(en.mentions)
        }
        return digest.value
    }

    /// The key of each article (same indices as `b.articles`; nil for one
    /// with no seed key), on every core. A list, not a table by id: render
    /// looks each up from the article's place, without hashing its id again.
    static func all(_ b: Briefing, seedKeys: [String: String]) -> [UInt64?] {
        let base = base()
        // Looked up by id in a table made once: each article searched the threads and made a list.
        let titles = Dictionary(b.threads.map { ($0.definition.id, $0.definition.title) }, uniquingKeysWith: { first, _ in first })
        return Parallel.map(b.articles) { entry -> UInt64? in
            seedKeys[entry.id].map { of(entry, seedKey: $0, threadTitles: entry.threadIDs.compactMap { titles[$0] }, base: base) }
        }
    }

    /// What every article's key starts from: the kind of key and the running executable.
    static func base() -> UInt64 {
        var digest = WordHash()
        digest.add("article-fragments")
        digest.add(BuildIdentity.executable)
        return digest.value
    }

    /// The titles of the article's threads, as the search index shows them.
    static func threadTitles(_ entry: ArticleEntry, in b: Briefing) -> [String] {
        entry.threadIDs.compactMap { b.thread($0)?.definition.title }
    }
}
