/// Lines in a page's header that name the page or its writer without a
/// label: the masthead ("MOSCOW HERALD", "The Meridian", "Eurasia Briefing —
/// analysis for decision makers") and a bare byline ("Hannah Becker, Davos",
/// "Jennifer Rankin and Pjotr Sauer"). Only their place tells them apart from
/// a headline or a menu, so `PageLayout` asks only about header lines.
enum Masthead {
    /// Nouns newspapers name themselves with: part of the language of
    /// mastheads, as stop words are of sentences.
    static let nouns: Set<String> = [
        "times", "post", "herald", "observer", "daily", "news", "journal", "gazette", "tribune", "review",
        "monitor", "ledger", "courier", "dispatch", "wire", "chronicle", "telegraph", "express", "mail",
        "insider", "today", "weekly", "online", "briefing", "report", "press", "media", "magazine", "digest",
        "bulletin", "standard", "mirror", "star", "globe", "register", "record", "examiner", "inquirer",
        "independent", "guardian", "terrace", "agency", "network", "radio", "tv", "television",
    ]
    /// Words of page furniture that no name is made of ("Related Articles", "Most Read").
    static let furniture: Set<String> = [
        "related", "articles", "article", "stories", "story", "topics", "more", "most", "latest", "popular",
        "trending", "video", "videos", "watch", "read", "share", "comments", "newsletter", "subscribe", "sign",
        "menu", "search", "home", "opinion", "analysis", "live", "updates", "photos", "gallery", "advertisement",
    ]
    private static let particles: Set<String> = ["of", "the", "and", "&", "de", "la", "le", "el", "al", "van", "von", "der", "bin", "da", "del"]
    private static let tagline = Pattern("\\s+(?:[—–|]|-)\\s+")

    /// The outlet a masthead line names, or nil.
    static func outlet(_ line: String) -> String? {
        // The tagline's dashes and bar: without one, the line is one part.
        let parts = line.containsBytes("-") || line.containsBytes("|") || line.containsBytes("—") || line.containsBytes("–")
            ? tagline.split(line) : [line]
        let name = parts[0].trimmingWhitespace
        let words = Words.tokens(name)
        guard (1...5).contains(words.count), name.count <= 48, !name.contains(where: \.isNumber),
              words.allSatisfy({ Words.isCapitalized($0) || particles.contains($0.lowercased()) }),
              !name.hasSuffix(":") else { return nil }
        let lower = words.map { $0.lowercased() }
        // "FOR IMMEDIATE RELEASE" is a phrase, not a name.
        guard !lower.contains(where: { StopWords.contains($0) && !particles.contains($0) }) else { return nil }
        // One word alone ("News", "World") is a menu item unless set as a logo with a tagline.
        let isMasthead = words.count == 1 ? parts.count > 1 && Words.isAllCaps(name)
            : lower.contains(where: nouns.contains) || Words.isAllCaps(name) || lower.first == "the"
        guard isMasthead else { return nil }
        return Words.isAllCaps(name) ? name.capitalized : name
    }

    /// People named on a line of their own: "Omar Haddad", "Hannah Becker,
    /// Davos", "Claire Fontaine in Paris", "Jennifer Rankin and Pjotr Sauer".
    static func people(_ line: String) -> [String]? {
        guard line.count <= 80, !line.contains(where: \.isNumber), !line.hasSuffix(".") else { return nil }
        var text = line
        // A place after the names: ", Davos" or " in Paris".
        if let comma = text.lastIndex(of: ","), placeLike(text[text.index(after: comma)...]) { text = String(text[..<comma]) }
        if let range = text.range(of: " in ", options: .backwards), placeLike(text[range.upperBound...]) {
            text = String(text[..<range.lowerBound])
        }
        let names = text.replacingOccurrences(of: " & ", with: " and ").components(separatedBy: " and ")
            .map { $0.trimmingWhitespace }
        var people: [String] = []
        for name in names {
            let words = Words.tokens(name)
            guard (2...4).contains(words.count),
                  words.allSatisfy({ Words.isCapitalized($0) || particles.contains($0.lowercased()) }),
                  Words.isCapitalized(words[0]),
                  !words.contains(where: { nouns.contains($0.lowercased()) || furniture.contains($0.lowercased()) }),
                  !words.contains(where: { Lexicon.organisationWords.contains($0.lowercased()) }) else { return nil }
            people.append(Words.isAllCaps(name) ? name.capitalized : name)
        }
        return people.isEmpty ? nil : people
    }

    private static func placeLike(_ text: Substring) -> Bool {
        let words = Words.tokens(text)
        return (1...3).contains(words.count) && words.allSatisfy { Words.isCapitalized($0) }
    }
}
