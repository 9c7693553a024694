/// The lines before and after the text: which one is the headline, which
/// name the outlet (a masthead, a footer's name line) and which the writer
/// (a line of names after the headline, used only when no line says "By").
extension PageLayout {
    /// Turns header and footer lines into their roles; returns the headline.
    static func readHeader(roles: inout [LineRole], texts: [String], features: [LineFeatures],
                           body: ClosedRange<Int>?) -> String? {
        let bodyStart = body?.lowerBound, bodyEnd = body?.upperBound
        var mastheads: [(line: Int, name: String)] = []
        var bareBylines: [(line: Int, people: [String])] = []
        // The header: mastheads name the outlet; the headline is a
        // headline-shaped line (one the page repeats wins, then the longest);
        // a line of names after it is the byline.
        var headerCandidates: [Int] = []
        if let bodyStart {
            for i in 0..<bodyStart where roles[i] == .content || roles[i] == .boilerplate(.navigation, captionDate: nil) {
                if let name = Masthead.outlet(texts[i]) { mastheads.append((i, name)) }
                if roles[i] == .content && features[i].isHeadlineLike { headerCandidates.append(i) }
            }
        }
        let notMastheads = headerCandidates.filter { i in !mastheads.contains { $0.line == i } }
        if !notMastheads.isEmpty { headerCandidates = notMastheads }
        let counts = Dictionary(grouping: headerCandidates, by: { texts[$0] }).mapValues(\.count)
        let chosen = headerCandidates.max { a, b in
            let ka = (counts[texts[a]]!, features[a].wordCount, -a), kb = (counts[texts[b]]!, features[b].wordCount, -b)
            return ka < kb
        }
        let headline = chosen.map { texts[$0] }
        mastheads.removeAll { chosen != nil && ($0.line >= chosen! || texts[$0.line] == headline) }
        for masthead in mastheads { roles[masthead.line] = .siteName(masthead.name) }
        // A footer may name the outlet too ("The Ledger - independent since 1871").
        if let bodyEnd {
            for i in (bodyEnd + 1)..<max(bodyEnd + 1, roles.count) where roles[i] == .content || roles[i] == .boilerplate(.navigation, captionDate: nil) {
                // Buttons ("Post Comment") are no names: a footer masthead has a tagline or "The".
                let styled = texts[i].hasPrefix("The ") || texts[i].containsBytes(" - ") || texts[i].containsBytes(" — ")
                    || texts[i].containsBytes(" – ") || texts[i].containsBytes(" | ")
                if styled, let name = Masthead.outlet(texts[i]) { roles[i] = .siteName(name) }
            }
        }

        if let bodyStart {
            for i in 0..<bodyStart where roles[i] == .content && texts[i] != headline {
                // "Jane Smith" over "Europe correspondent": a byline without "By".
                if i + 1 < bodyStart, roles[i + 1] == .content, let name = Byline.nameOverRole(name: texts[i], role: texts[i + 1]) {
                    roles[i] = .byline(authors: [name], outlet: nil)
                    roles[i + 1] = .boilerplate(.metadata, captionDate: nil)
                } else if chosen.map({ i > $0 }) ?? true, let people = Masthead.people(texts[i]) {
                    bareBylines.append((i, people))
                }
            }
        }
        // A line of names is the byline only when no line says "By …".
        let hasByline = roles.contains {
            switch $0 { case .byline, .bylineWithDate: return true; default: return false }
        }
        if !hasByline, let first = bareBylines.first { roles[first.line] = .byline(authors: first.people, outlet: nil) }
        return headline
    }
}
