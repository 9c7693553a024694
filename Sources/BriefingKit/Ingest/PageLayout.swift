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
        // Measured once per line, for the classifier and the layout alike.
        var features = lines.map { LineFeatures($0) }
        for (i, line) in lines.enumerated() {
            var role = LineClassifier.classify(line, dayFirst: dayFirst, features: features[i])
            if role == .content, ambiguousDate == nil, line.utf8.count <= 40 || line.count <= 40,   // Characters counted only when the bytes do not tell
               TemporalScanner.scan(line, daysOnly: true).contains(where: { $0.kind == .ambiguous }) {
                ambiguousDate = (numbers[i], line)
            }
            if case let .datedText(date, rest) = role {
                record(date: date, updated: false, line: numbers[i], text: line)
                texts[i] = rest
                features[i] = LineFeatures(rest)
                role = .content  // the rest of the line is the first paragraph
            }
            roles.append(role)
        }
        let body = PageLayout.bodyBounds(roles: roles, features: features)
        let bodyStart = body?.lowerBound, bodyEnd = body?.upperBound

        headline = PageLayout.readHeader(roles: &roles, texts: texts, features: features, body: body)

        var kept: [ParagraphBuilder.KeptLine] = []
        var seen: Set<HashedOnce> = []
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
                } else {
                    // The paragraph is hashed once, for the check and the insertion.
                    let key = HashedOnce(text)
                    if seen.contains(key) {
                        drop(number, text, .repeated)
                    } else if !features[i].endsSentence && features[i].wordCount <= 4 {
                        // Labels and prompts ("Share this article"); a paragraph has a sentence.
                        drop(number, text, .navigation)
                    } else if !features[i].endsSentence && features[i].wordCount <= 14 && Self.linkLabel.contains(text) {
                        drop(number, text, .link)
                    } else {
                        seen.insert(key)
                        kept.append(.init(number: number, text: text))
                    }
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
