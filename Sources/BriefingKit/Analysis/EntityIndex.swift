import Foundation

/// Names known across the whole set of articles, so that "Zelensky" in one
/// article resolves to "Volodymyr Zelensky" named in full in another.
/// Built in one pass over all name mentions; linear in their number.
struct EntityIndex {
    private(set) var people: [String: String?] = [:]        // full name → role
    private var bySurname: [String: Set<String>] = [:]       // surname → full names
    private var standalone: Set<String> = []                 // single words used on their own
    /// Other spellings → the name to use, from the config.
    var aliases: [String: String] = [:]

    /// Pools each article's names (`NamePool`), in article order.
    init(pools: [NamePool]) {
        // Articles are taken in chunks on every core, then the chunks are
        // merged in article order, which keeps "the first role stated wins".
        let chunkCount = min(pools.count, 4 * ProcessInfo.processInfo.activeProcessorCount)
        let chunks = (0..<chunkCount).map { c in (c * pools.count / chunkCount)..<((c + 1) * pools.count / chunkCount) }
        let found = Parallel.map(chunks) { range in Found(pools[range]) }
        var strong: [String: String?] = [:]
        var weak: Set<String> = []
        for chunk in found {
            for (name, role) in chunk.strongInOrder where strong[name] == nil || strong[name]! == nil { strong[name] = role }
            weak.formUnion(chunk.weak)
            standalone.formUnion(chunk.standalone)
        }
        // A name written without a role counts when its surname is used on its own somewhere.
        for name in weak where strong[name] == nil {
            if let surname = name.split(separator: " ").last, standalone.contains(String(surname)) {
                strong[name] = .some(nil)
            }
        }
        people = strong
        for name in strong.keys {
            if let surname = name.split(separator: " ").last { bySurname[String(surname), default: []].insert(name) }
        }
    }

    /// What one run of articles says about names, in the order it says it.
    private struct Found: Sendable {
        /// Names said with a role or a speech verb, each with its roles in
        /// order (nil for none), so the merge can take the first role stated.
        var strongInOrder: [(String, String?)] = []
        var weak: Set<String> = []
        var standalone: Set<String> = []

        init(_ pools: ArraySlice<NamePool>) {
            for pool in pools {
                for said in pool.strong { strongInOrder.append((said.name, said.role)) }
                weak.formUnion(pool.weak)
                standalone.formUnion(pool.standalone)
            }
        }
    }

    /// A digest of everything `resolve` reads besides the mention: the
    /// people (with their roles) and the aliases; the surname table is made
    /// from the people. Two indexes with the same fingerprint resolve every
    /// mention alike. A sum of each entry's hash, so the order of the
    /// dictionaries does not matter.
    var fingerprint: UInt64 {
        var sum: UInt64 = 0
        for (name, role) in people {
            var entry = WordHash()
            entry.add(1); entry.add(name)
            if let role { entry.add(1); entry.add(role) } else { entry.add(0) }
            sum &+= entry.value
        }
        for (spelling, name) in aliases {
            var entry = WordHash()
            entry.add(2); entry.add(spelling); entry.add(name)
            sum &+= entry.value
        }
        var digest = WordHash()
        digest.add(people.count); digest.add(aliases.count); digest.add(sum)
        return digest.value
    }

    /// Organisation or place from the words alone; nil when it may be a person.
    static func kindIgnoringPeople(_ text: String) -> Entity.Kind? {
        let lower = text.lowercased()
        if Lexicon.places.contains(lower) { return .place }
        // Asked of every name mention: words are cut on the space byte, with no array of Strings made.
        var wordCount = 0
        for word in lower.split(byte: UInt8(ascii: " ")) where !word.isEmpty {
            if Lexicon.organisationWords.contains(String(word)) { return .organisation }
            wordCount += 1
        }
        if wordCount == 1 && Words.isAllCaps(text) && text.count <= 6 && text.allSatisfy(\.isLetter) { return .organisation }
        return nil
    }

    /// What a mention names, with its canonical name; a configured alias
    /// gives way to its name.
    func resolve(_ m: NameMention) -> NameResolution? {
        let text = m.text   // joined once, not once per question
        if let name = aliases[text] {
            let kind = EntityIndex.kindIgnoringPeople(name) ?? .person
            return NameResolution(kind: kind, name: name, role: kind == .person ? m.role ?? people[name] ?? nil : nil)
        }
        guard let found = resolveSpelling(m, text: text) else { return nil }
        return NameResolution(kind: found.kind, name: aliases[found.name] ?? found.name, role: found.role)
    }

    /// `text` is `m.text`.
    private func resolveSpelling(_ m: NameMention, text: String) -> (kind: Entity.Kind, name: String, role: String?)? {
        // "Board" or "Council" alone is a common noun capitalised, not a name.
        if m.words.count == 1 && Lexicon.organisationNouns.contains(text.lowercased()) && !Words.isAllCaps(text) { return nil }
        if let kind = EntityIndex.kindIgnoringPeople(text) {
            guard kind == .place else { return (kind, text, nil) }
            let lower = text.lowercased()
            // A place in capitals ("GAZA (Reuters) —", a headline) is the
            // place written normally, not a second one beside it.
            return (kind, Lexicon.placeAliases[lower] ?? (Words.isAllCaps(text) ? Lexicon.placeName(lower) : text), nil)
        }
        if let role = people[text] { return (.person, text, m.role ?? role) }
        if m.words.count == 1, let names = bySurname[m.words[0]], names.count == 1, let full = names.first {
            return (.person, full, people[full] ?? nil)
        }
        if m.words.count == 1, m.role != nil { return (.person, text, m.role) }
        return nil
    }
}

/// What a name mention stands for: its kind, the name to use and a role.
struct NameResolution: Hashable, Codable {
    let kind: Entity.Kind
    let name: String
    let role: String?
}
