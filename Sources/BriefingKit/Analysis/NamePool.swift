/// What one article's name mentions add to the pooled `EntityIndex`: the
/// names said with a role or a speech verb, in order, each with its role;
/// the names said without either; the single words that stand as names.
/// A function of the article's mentions alone, so it is kept in the cache
/// with the article's reading: a rebuild pools 10,000 articles' names from
/// these short lists instead of going through their mentions again (half a
/// million at 10,000 articles, each joined, lower-cased and looked up).
struct NamePool: Hashable, Codable, Sendable {
    struct Strong: Hashable, Codable, Sendable {
        let name: String
        let role: String?
    }
    private(set) var strong: [Strong] = []
    private(set) var weak: [String] = []
    private(set) var standalone: [String] = []

    init(strong: [Strong], weak: [String], standalone: [String]) {
        self.strong = strong
        self.weak = weak
        self.standalone = standalone
    }

    init(mentions: [NameMention]) {
        var weakSeen: Set<String> = [], standaloneSeen: Set<String> = []
        for m in mentions {
            if m.words.count == 1 && m.standsAsName, standaloneSeen.insert(m.words[0]).inserted { standalone.append(m.words[0]) }
            guard (2...4).contains(m.words.count) else { continue }
            let text = m.text   // joined once, not at every use
            guard EntityIndex.kindIgnoringPeople(text) == nil else { continue }
            if m.role != nil || Lexicon.speechVerbs.contains(m.nextWord ?? "") {
                strong.append(Strong(name: text, role: m.role))
            } else if weakSeen.insert(text).inserted {
                weak.append(text)
            }
        }
    }
}
