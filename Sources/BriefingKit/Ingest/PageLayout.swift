/// Reads a pasted page as header, body and footer. The body runs from the
/// first to the last line of prose; what stands before it is masthead,
/// menus and headline, what stands after it is comment forms and footers.
/// Short lines inside the body are kept unless they look like furniture.
struct PageLayout {
    private(set) var headline: String?
    private(set) var statedDate: (date: CalendarDate, line: Int, text: String)?
    private(set) var updatedDate: (date: CalendarDate, line: Int, text: String)?
    private(set) var authors: [String] = []
    private(set) var outlet: String?
    private(set) var captionDates: [CalendarDate] = []
    private(set) var paragraphs: [String] = []
    private(set) var dropped: [DroppedLine] = []

    /// "Read more: Some Other Headline" inside the body is a link, not text.
    private static let linkLabel = Pattern("^[A-Z][\\p{L} ]{1,24}:\\s+\\S")

    init(lines rawLines: [String]) {
        let (lines, numbers) = PageLayout.joinHardWraps(rawLines)
        var roles: [LineRole] = []
        var texts: [String] = lines
        for (i, line) in lines.enumerated() {
            var role = LineClassifier.classify(line)
            if case let .datedText(date, rest) = role {
                record(date: date, updated: false, line: numbers[i], text: line)
                texts[i] = rest
                role = .content  // the rest of the line is the first paragraph
            }
            roles.append(role)
        }
        let features = texts.map { LineFeatures($0) }
        let proseIndices = roles.indices.filter { roles[$0] == .content && features[$0].isProse }
        let bodyStart = proseIndices.first ?? roles.indices.first { roles[$0] == .content && features[$0].wordCount >= 8 }
        let bodyEnd = proseIndices.last ?? bodyStart

        // The headline: in the header, a headline-shaped line; one the page repeats wins, then the longest.
        var headerCandidates: [Int] = []
        if let bodyStart {
            headerCandidates = (0..<bodyStart).filter { roles[$0] == .content && features[$0].isHeadlineLike }
        }
        let counts = Dictionary(grouping: headerCandidates, by: { texts[$0] }).mapValues(\.count)
        let chosen = headerCandidates.max { a, b in
            let ka = (counts[texts[a]]!, features[a].wordCount, -a), kb = (counts[texts[b]]!, features[b].wordCount, -b)
            return ka < kb
        }
        headline = chosen.map { texts[$0] }

        // "Jane Smith" over "Europe correspondent": a byline without "By".
        if let bodyStart {
            for i in 0..<max(0, bodyStart - 1) where roles[i] == .content && roles[i + 1] == .content {
                if let name = Byline.nameOverRole(name: texts[i], role: texts[i + 1]) {
                    roles[i] = .byline(authors: [name], outlet: nil)
                    roles[i + 1] = .boilerplate(.metadata, captionDate: nil)
                    break
                }
            }
        }

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
            case let .byline(people, bylineOutlet):
                if authors.isEmpty { authors = people }
                if outlet == nil { outlet = bylineOutlet }
                drop(number, text, .metadata)
            case let .siteName(name):
                if outlet == nil { outlet = name }
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
                } else if !features[i].endsSentence && features[i].wordCount <= 14 && features[i].titleCaseRatio >= 0.75
                            && Self.linkLabel.contains(text) {
                    drop(number, text, .link)
                } else {
                    seen.insert(text)
                    kept.append(.init(number: number, text: text))
                }
            }
        }
        paragraphs = ParagraphBuilder.paragraphs(from: kept)
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

    private mutating func drop(_ line: Int, _ text: String, _ reason: DroppedLine.Reason) {
        dropped.append(DroppedLine(line: line, text: text, reason: reason))
    }
}
