/// Resolves an article's names through the pooled `EntityIndex` and notes
/// every lookup with its answer. The index is the only thing outside the
/// article that its entities and quotes depend on, so when a later build's
/// index answers every noted lookup the same way, they still hold and need
/// not be found again (see `ResolvedNames`).
final class NameResolver {
    let index: EntityIndex
    private(set) var lookups: [NameLookup] = []
    /// Each lookup's answer: the index reads only a mention's words and
    /// role, and an article names the same people again and again.
    private var answers: [NameLookup.Key: NameResolution?] = [:]

    init(_ index: EntityIndex) { self.index = index }

    func resolve(_ m: NameMention) -> NameResolution? {
        let key = NameLookup.Key(words: m.words, role: m.role)
        if let known = answers[key] { return known }
        let answer = index.resolve(m)
        answers[key] = .some(answer)
        lookups.append(NameLookup(key: key, answer: answer))
        return answer
    }
}

struct NameLookup: Hashable, Codable {
    /// What `EntityIndex.resolve` reads of a mention: its words and role.
    struct Key: Hashable, Codable {
        let words: [String]
        let role: String?
        var mention: NameMention { NameMention(words: words, role: role, offset: 0, nextWord: nil) }
    }
    let key: Key
    let answer: NameResolution?
}

/// An article's entities and quotes with the lookups they were found with.
struct ResolvedNames: Hashable, Codable {
    let entities: [Entity]
    let quotes: [Quote]
    /// Read from the cache only when the pooled index changed (`DeferredList`).
    let lookupList: DeferredList<NameLookup>
    /// Nil when the cache's copy cannot be read: the names are found again.
    var lookups: [NameLookup]? { lookupList.values }

    init(entities: [Entity], quotes: [Quote], lookups: [NameLookup]) {
        self.init(entities: entities, quotes: quotes, lookupList: DeferredList(lookups))
    }

    init(entities: [Entity], quotes: [Quote], lookupList: DeferredList<NameLookup>) {
        self.entities = entities
        self.quotes = quotes
        self.lookupList = lookupList
    }

    /// Whether `lookups` (this entry's, decoded once by the caller) are
    /// answered as they were, given the index's `answers` to every lookup.
    static func hold(_ lookups: [NameLookup]?, given answers: [NameLookup.Key: NameResolution?]) -> Bool {
        lookups?.allSatisfy { lookup in answers[lookup.key].map { $0 == lookup.answer } ?? false } ?? false
    }
}
