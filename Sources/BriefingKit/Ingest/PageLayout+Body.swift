/// Where a page's text starts and ends.
extension PageLayout {
    /// Shortest prose line that may stand alone as an article's text.
    static let loneParagraphWords = 25
    /// Content words a lone line must share with the rest of the text to stay.
    static let sharedWordsToStay = 2

    /// The body runs from the first to the last line of prose, less what
    /// only looks like prose:
    /// - a short prose line standing alone among furniture at either end that
    ///   shares almost no words with the rest (a cookie banner, a "page not
    ///   found" notice, an aggregator's footer);
    /// - prose above the last byline or date line of the header, when little
    ///   of the text stands there (a banner above the headline).
    static func bodyBounds(roles: [LineRole], features: [LineFeatures]) -> ClosedRange<Int>? {
        var prose = roles.indices.filter { roles[$0] == .content && features[$0].isProse }
        if prose.isEmpty {
            // No sentence-shaped line: a page of short lines, read as it is.
            guard let first = roles.indices.first(where: { roles[$0] == .content && features[$0].wordCount >= 8 }) else { return nil }
            return first...first
        }
        let words = prose.reduce(0) { $0 + features[$1].wordCount }
        let isMetadata: (Int) -> Bool = {
            if case .byline = roles[$0] { return true }
            if case .bylineWithDate = roles[$0] { return true }
            if case .statedDate = roles[$0] { return true }
            return false
        }
        // The last metadata line that still has most of the text after it
        // (an author's bio at the foot of the page does not count).
        let headerMeta = roles.indices.filter(isMetadata).last { meta in
            prose.contains { $0 > meta } && prose.filter { $0 < meta }.reduce(0) { $0 + features[$1].wordCount } * 4 < words
        }
        if let headerMeta { prose.removeAll { $0 < headerMeta } }
        let isProse = Set(prose)
        // Content words of a prose line, found only for the few short lines
        // at either end that the last test below reaches.
        var keys: [Int: Set<String>] = [:]
        func keysOf(_ line: Int) -> Set<String> {
            if let known = keys[line] { return known }
            let found = Words.contentKeys(features[line].text)
            keys[line] = found
            return found
        }
        func isLone(_ line: Int) -> Bool {
            guard features[line].wordCount < loneParagraphWords else { return false }
            let above = roles[..<line].lastIndex { $0 != .blank }
            let below = roles[(line + 1)...].firstIndex { $0 != .blank }
            guard !(above.map(isProse.contains) ?? false) && !(below.map(isProse.contains) ?? false) else { return false }
            // Captions and embeds stand inside articles: text beyond one is still text.
            let inBody: (Int) -> Bool = {
                if case let .boilerplate(reason, _) = roles[$0] { return reason == .caption || reason == .embed }
                return false
            }
            if above.map(inBody) ?? false || below.map(inBody) ?? false { return false }
            // Right under the byline or date line, a short paragraph is the story itself (a brief).
            if let above, isMetadata(above) { return false }
            // A real paragraph cut off by a caption or an advert still talks
            // about what the rest does; a banner or a footer does not.
            // A headline asked as a question, alone at an end, is a link to another story.
            if features[line].text.hasSuffix("?") { return true }
            var others: Set<String> = []
            for other in prose where other != line { others.formUnion(keysOf(other)) }
            return keysOf(line).intersection(others).count < sharedWordsToStay
        }
        while let first = prose.first, isLone(first) { prose.removeFirst() }
        while let last = prose.last, isLone(last) { prose.removeLast() }
        guard let first = prose.first, let last = prose.last else { return nil }
        return first...last
    }
}
