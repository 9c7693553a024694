/// Reads a pasted page as header, body and footer. The body runs from the
/// first to the last line of prose; what stands before it is masthead,
/// menus and headline, what stands after it is comment forms and footers.
/// Short lines inside the body are kept unless they look like furniture.
struct PageLayout {
    private(set) var headline: String?
    private(set) var statedDate: (date: CalendarDate, line: Int, text: String)?
    private(set) var updatedDate: (date: CalendarDate, line: Int, text: String)?
    private(set) var authors: [String] = []
    /// The outlet: named in the byline ("By Jane Doe, Reuters"), else by the
    /// masthead, else by the first domain or copyright line.
    var outlet: String? { bylineOutlet?.name ?? siteNames.first?.name }
    /// Where the outlet was read: "line 3: “MOSCOW HERALD”".
    var outletEvidence: String? { (bylineOutlet ?? siteNames.first).map { "line \($0.line): “\(Self.short($0.text))”" } }
    /// Where the byline was read.
    private(set) var authorEvidence: String?
    private var bylineOutlet: (name: String, line: Int, text: String)?
    private var siteNames: [(name: String, line: Int, text: String)] = []
    private var mastheads: [(line: Int, name: String)] = []
    /// A date line that could be read two ways ("04/02/2026") and was not.
    private(set) var ambiguousDate: (line: Int, text: String)?
    /// The source lines each joined line was made of.
    private var sourceLines: [ClosedRange<Int>] = []
    private(set) var captionDates: [CalendarDate] = []
    private(set) var paragraphs: [String] = []
    private(set) var dropped: [DroppedLine] = []

    /// "Read more: Some other headline", "Watch: …" inside the body is a link,
    /// not text: a label of at most three words, a colon, and no sentence.
    private static let linkLabel = Pattern("^[A-Z]\\p{L}*(?: \\p{L}+){0,2}:\\s+\\S")

    init(lines rawLines: [String]) {
        let (lines, numbers) = PageLayout.joinHardWraps(rawLines)
        sourceLines = numbers.enumerated().map { i, first in first...((i + 1 < numbers.count ? numbers[i + 1] : rawLines.count + 1) - 1) }
        var roles: [LineRole] = []
        var texts: [String] = lines
        let dayFirst = LineClassifier.dayFirst(lines: lines)
        for (i, line) in lines.enumerated() {
            var role = LineClassifier.classify(line, dayFirst: dayFirst)
            if role == .content, ambiguousDate == nil, line.count <= 40,
               TemporalScanner.scan(line).contains(where: { $0.kind == .ambiguous }) {
                ambiguousDate = (numbers[i], line)
            }
            if case let .datedText(date, rest) = role {
                record(date: date, updated: false, line: numbers[i], text: line)
                texts[i] = rest
                role = .content  // the rest of the line is the first paragraph
            }
            roles.append(role)
        }
        let features = texts.map { LineFeatures($0) }
        let body = PageLayout.bodyBounds(roles: roles, features: features)
        var bareBylines: [(line: Int, people: [String])] = []
        let bodyStart = body?.lowerBound, bodyEnd = body?.upperBound

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
        headline = chosen.map { texts[$0] }
        mastheads.removeAll { chosen != nil && ($0.line >= chosen! || texts[$0.line] == headline) }
        for masthead in mastheads { roles[masthead.line] = .siteName(masthead.name) }
        // A footer may name the outlet too ("The Ledger - independent since 1871").
        if let bodyEnd {
            for i in (bodyEnd + 1)..<max(bodyEnd + 1, roles.count) where roles[i] == .content || roles[i] == .boilerplate(.navigation, captionDate: nil) {
                // Buttons ("Post Comment") are no names: a footer masthead has a tagline or "The".
                let styled = texts[i].hasPrefix("The ") || [" - ", " — ", " – ", " | "].contains { texts[i].contains($0) }
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

        var kept: [ParagraphBuilder.KeptLine] = []
        var seen: Set<String> = []
        for i in roles.indices {
            let number = numbers[i]
            let text = texts[i]
            switch roles[i] {
            case .blank:
                continue
            case let .statedDate(date, updated):
                record(date: date, updated: updated, line: number, text: text)
                drop(number, text, .metadata)
            case .datedText:
                continue  // handled above; unreachable after reclassification
            case let .byline(people, outlet):
                recordByline(people, outlet, line: number, text: text)
                drop(number, text, .metadata)
            case let .bylineWithDate(people, outlet, date):
                recordByline(people, outlet, line: number, text: text)
                record(date: date, updated: false, line: number, text: text)
                drop(number, text, .metadata)
            case let .siteName(name):
                siteNames.append((name, number, text))
                drop(number, text, .metadata)
            case let .boilerplate(reason, captionDate):
                if let captionDate { captionDates.append(captionDate) }
                drop(number, text, reason)
            case .content:
                guard let bodyStart, let bodyEnd else { drop(number, text, .navigation); continue }
                if i < bodyStart {
                    drop(number, text, headline == text ? .headline : .navigation)
                } else if i > bodyEnd {
                    drop(number, text, .comments)
                } else if text == headline {
                    drop(number, text, .headline)
                } else if seen.contains(text) {
                    drop(number, text, .repeated)
                } else if !features[i].endsSentence && features[i].wordCount <= 4 {
                    // Labels and prompts ("Share this article"); a paragraph has a sentence.
                    drop(number, text, .navigation)
                } else if !features[i].endsSentence && features[i].wordCount <= 14 && Self.linkLabel.contains(text) {
                    drop(number, text, .link)
                } else {
                    seen.insert(text)
                    kept.append(.init(number: number, text: text))
                }
            }
        }
        paragraphs = ParagraphBuilder.paragraphs(from: kept)
    }

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
        var keys: [Int: Set<String>] = [:]
        for line in prose { keys[line] = Words.contentKeys(features[line].text) }
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
            for other in prose where other != line { others.formUnion(keys[other]!) }
            return keys[line]!.intersection(others).count < sharedWordsToStay
        }
        while let first = prose.first, isLone(first) { prose.removeFirst() }
        while let last = prose.last, isLone(last) { prose.removeLast() }
        guard let first = prose.first, let last = prose.last else { return nil }
        return first...last
    }

    /// A line cut mid-sentence whose next line goes on in lower case is one
    /// line wrapped by hand: join them before judging what they are.
    /// Returns the joined lines and the source line number of each.
    static func joinHardWraps(_ lines: [String]) -> ([String], [Int]) {
        var joined: [String] = []
        var numbers: [Int] = []
        for (i, line) in lines.enumerated() {
            if let last = joined.last, !last.isEmpty, let first = line.first, first.isLowercase,
               let end = last.last, !".!?:;”’\"".contains(end), Words.count(last) >= 6 {
                joined[joined.count - 1] = last.hasSuffix("-") ? last + line : last + " " + line
            } else {
                joined.append(line)
                numbers.append(i + 1)
            }
        }
        return (joined, numbers)
    }

    private mutating func record(date: CalendarDate, updated: Bool, line: Int, text: String) {
        if updated {
            if updatedDate == nil { updatedDate = (date, line, text) }
        } else if statedDate == nil {
            statedDate = (date, line, text)
        }
    }

    private mutating func recordByline(_ people: [String], _ outlet: String?, line: Int, text: String) {
        if authors.isEmpty {
            authors = people
            authorEvidence = "line \(line): “\(Self.short(text))”"
        }
        if bylineOutlet == nil, let outlet { bylineOutlet = (outlet, line, text) }
    }

    static func short(_ text: String) -> String { text.count > 60 ? String(text.prefix(57)) + "…" : text }

    private mutating func drop(_ line: Int, _ text: String, _ reason: DroppedLine.Reason) {
        // A line joined from several source lines drops them all.
        let last = sourceLines.first { $0.lowerBound == line }?.upperBound ?? line
        dropped.append(DroppedLine(line: line, lastLine: last, text: text, reason: reason))
    }
}
