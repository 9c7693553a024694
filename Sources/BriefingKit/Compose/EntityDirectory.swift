/// A person, organisation or place across the whole briefing: the roles the
/// articles give it, where it is named and what it said.
public struct EntityProfile: Sendable {
    public struct Role: Hashable, Sendable {
        public let text: String
        /// How many articles state this role.
        public let articles: Int
    }
    public let kind: Entity.Kind
    public let name: String
    public let slug: String
    /// Roles as stated, the most often stated first.
    public let roles: [Role]
    /// Articles that name it, newest first, with the mentions in each.
    public let appearances: [(articleID: String, mentions: Int)]
    /// Threads of those articles, in config order.
    public let threadIDs: [String]
    /// Quotes attributed to it (people and organisations), article order.
    public let quotes: [KeyQuote]
    public var mentions: Int { appearances.reduce(0) { $0 + $1.mentions } }
    public var path: String { SitePaths.entity(slug) }
}

/// Builds the entity profiles from every article's entities, one profile per
/// kind and name; articles already resolve surnames to full names.
enum EntityDirectory {
    static func profiles(entries: [ArticleEntry], threadOrder: [String]) -> [EntityProfile] {
        struct Key: Hashable { let kind: Entity.Kind; let name: String }
        struct Said: Hashable { let speaker: String; let text: String }
        // Each article's list of threads is numbered once, and a name keeps
        // the numbers of the lists it met: this loop runs over every name of
        // every article, and a number is cheaper to keep than thread ids.
        var combinationOf: [[String]: Int] = [:]
        var combinations: [[String]] = []
        // Each name is looked up once per mention and numbered; what is
        // gathered for it lives in lists under that number (one lookup of a
        // string key, not three).
        var number: [Key: Int] = [:]
        var keys: [Key] = []
        var appearances: [[(String, Int)]] = []
        var roles: [[String: Int]] = []
        // The few thread combinations a name meets: a list, as a set cost a hash per mention.
        var threads: [[Int]] = []
        var quotes: [String: [KeyQuote]] = [:]
        var quoted: Set<Said> = []   // so a quote repeated by copies counts once
        for entry in entries {   // newest first, so appearances are too
            let combination = combinationOf[entry.threadIDs] ?? {
                combinations.append(entry.threadIDs)
                combinationOf[entry.threadIDs] = combinations.count - 1
                return combinations.count - 1
            }()
            for entity in entry.analysis.entities {
                let key = Key(kind: entity.kind, name: entity.name)
                let n = number[key] ?? {
                    keys.append(key); appearances.append([]); roles.append([:]); threads.append([])
                    number[key] = keys.count - 1
                    return keys.count - 1
                }()
                appearances[n].append((entry.id, entity.mentions))
                if let role = entity.role { roles[n][role, default: 0] += 1 }
                if !threads[n].contains(combination) { threads[n].append(combination) }
            }
            for quote in entry.analysis.quotes {
                guard let speaker = quote.speaker else { continue }
                if quoted.insert(Said(speaker: speaker, text: quote.text)).inserted {
                    quotes[speaker, default: []].append(KeyQuote(text: quote.text, speaker: speaker, articleID: entry.id, paragraph: quote.paragraph))
                }
            }
        }
        let order = keys.indices.sorted { (keys[$0].kind.rawValue, keys[$0].name) < (keys[$1].kind.rawValue, keys[$1].name) }
        let slugs = Slug.unique(order.map { keys[$0].name })
        return zip(order, slugs).map { n, slug in
            let key = keys[n]
            let threadIDs = Set(threads[n].flatMap { combinations[$0] })
            let stated = roles[n].map { EntityProfile.Role(text: $0.key, articles: $0.value) }
                .sorted { ($1.articles, $0.text) < ($0.articles, $1.text) }
            return EntityProfile(kind: key.kind, name: key.name, slug: slug, roles: stated,
                                 appearances: appearances[n].map { (articleID: $0.0, mentions: $0.1) },
                                 threadIDs: threadOrder.filter(threadIDs.contains),
                                 quotes: key.kind == .place ? [] : quotes[key.name] ?? [])
        }
    }

    /// Each thread's "who's who" (in the order of `members`, each thread's
    /// member ids): the entities most mentioned in its articles, people
    /// first, then organisations, then places. One pass over the profiles'
    /// appearances serves every thread: a pass per thread looked every
    /// appearance up in that thread's members again.
    static func whoIsWho(members: [[String]], profiles: [EntityProfile], limit: Int = 12) -> [[String]] {
        var threadsOf: [String: [Int]] = [:]
        for (t, ids) in members.enumerated() { for id in ids { threadsOf[id, default: []].append(t) } }
        var ranked = [[(profile: Int, count: Int)]](repeating: [], count: members.count)
        var counts = [Int](repeating: 0, count: members.count)
        for (p, profile) in profiles.enumerated() {
            for t in counts.indices { counts[t] = 0 }
            for appearance in profile.appearances {
                guard let threads = threadsOf[appearance.articleID] else { continue }
                for t in threads { counts[t] += appearance.mentions }
            }
            for (t, count) in counts.enumerated() where count > 0 { ranked[t].append((p, count)) }
        }
        // allCases is person, organisation, place: the order of the block.
        return ranked.map { ranked in
            Entity.Kind.allCases.flatMap { kind in
                ranked.filter { profiles[$0.profile].kind == kind }
                    .sorted { ($1.count, profiles[$0.profile].name) < ($0.count, profiles[$1.profile].name) }
                    .prefix(kind == .person ? limit / 2 : limit / 4).map { profiles[$0.profile].slug }
            }
        }
    }
}
