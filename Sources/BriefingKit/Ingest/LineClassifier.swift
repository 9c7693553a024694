/// Decides what a line is from the line alone (see `LineRole`).
enum LineClassifier {
    private static let url = Pattern("(?:https?://|www\\.)\\S+|\\b(?:pic\\.twitter\\.com|t\\.co|bit\\.ly)/\\S+|\\b[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\b", caseInsensitive: true)
    /// "— Jane Doe (@janedoe) January 19, 2026": how copied tweets end.
    private static let socialAttribution = Pattern("\\(@\\w{1,30}\\)|pic\\.twitter\\.com|\\binstagram\\.com/|\\btiktok\\.com/@", caseInsensitive: true)
    static let domain = Pattern("^(?:https?://)?(?:www\\.)?((?:[a-z0-9-]+\\.)+[a-z]{2,12})/?$", caseInsensitive: true)
    private static let copyright = Pattern("(?:(?:©|\\(c\\)|copyright)\\s*)+(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*([^.|]+?)?\\s*(?:[.|]|$)", caseInsensitive: true)
    /// "Ltd", "Inc.": the legal form after a company's name.
    private static let legalForm = Pattern("[,\\s]+(?:ltd|limited|inc|llc|plc|gmbh|s\\.a|corp)\\.?$", caseInsensitive: true)
    /// A credit at the end of a caption: "Andrew Harnik/Getty Images", "(AP Photo/Jane Doe)".
    private static let credit = Pattern(
        "\\b[A-Z][\\p{L}.'’-]+(?:\\s+[A-Z][\\p{L}.'’-]+)+\\s?/\\s?[A-Z][\\p{L}&.-]*(?:\\s+(?:via\\s+)?[A-Z][\\p{L}&.-]*)*\\)?\\s*\\.?$")
    /// A caption that ends with its credit in brackets: "… on Tuesday. (Photo: Jane Doe/AP)".
    private static let bracketedCredit = Pattern("\\((?:photo|photograph|image|picture|credit|video)s?\\s*(?:credit)?\\s*:[^)]*\\)\\s*\\.?$",
                                                 caseInsensitive: true)
    /// "News | Politics | World", "Home > Middle East > Gaza": a menu or a breadcrumb.
    private static let menuSeparator = Pattern("\\s(?:[|>»•·]|/)\\s")
    /// "Dow +0.4%  S&P 500 +0.6%": a market ticker.
    private static let tickerValue = Pattern("[+−-]\\d+(?:[.,]\\d+)?%")
    /// "Photo: …", "Image source, Getty Images", "Image caption, …", "Video by …:".
    private static let creditLabel = Pattern(
        "^\\(?(?:photo|photograph|image|picture|credit|photo credit|video|illustration)s?\\s*(?:source|caption|credit)?\\s*(?:by)?\\s*[:,]",
        caseInsensitive: true)
    /// A caption ends with the date the picture was taken, and no full stop.
    static let trailingDate = Pattern(
        "(?:\\b(?:\(TemporalScanner.monthAlternation))\\s+\\d{1,2},?\\s+\\d{4}|\\b\\d{1,2}\\s+(?:\(TemporalScanner.monthAlternation))\\s+\\d{4})\\s*$")
    private static let measurement = Pattern("^[-+]?\\d+(?:[.,]\\d+)?\\s*(?:°|º)?\\s*[A-Za-z%]{0,3}$")

    /// `features`, when the caller has them, are `LineFeatures(text)`.
    static func classify(_ text: String, dayFirst: Bool? = nil, features known: LineFeatures? = nil) -> LineRole {
        if text.isEmpty { return .blank }
        if isPlainProse(text) { return .content }
        if let dated = DateLine.parse(text, dayFirst: dayFirst) {
            if let rest = dated.rest { return .datedText(dated.date, rest: rest) }
            return .statedDate(dated.date, updated: dated.updated)
        }
        // Which characters the line holds decides which patterns can match at all.
        let has = Characters(text)
        if let byline = Byline.parse(text, wordCount: known?.wordCount) { return .byline(authors: byline.authors, outlet: byline.outlet) }
        if has.separator, let both = bylineAndDate(text, dayFirst: dayFirst) { return both }
        if !has.space, let m = domain.firstMatch(in: text) { return .siteName(m.group(1)!.lowercased()) }
        if (has.nonASCII || has.r) && (text.containsIgnoringASCIICase("all rights reserved") || text.hasPrefix("©")) {
            if let m = copyright.firstMatch(in: text), let name = m.group(1)?.trimmingWhitespace,
               !name.isEmpty, Words.count(name) <= 6, !name.lowercased().hasPrefix("all rights") {
                let bare = legalForm.firstMatch(in: name).map { String(name[..<$0.range.lowerBound]) } ?? name
                return .siteName(bare)
            }
            return .boilerplate(.legal, captionDate: nil)
        }
        let features = known ?? LineFeatures(text)
        if has.menuSeparator && isMenu(text, features) { return .boilerplate(.navigation, captionDate: nil) }
        if has.percent && tickerValue.matches(in: text).count >= 2 && !features.endsSentence { return .boilerplate(.widget, captionDate: nil) }
        let urls = has.slash || has.at || has.www ? url.matches(in: text) : []
        if (has.slash || has.at) && socialAttribution.contains(text) || urls.count >= 2 {
            return .boilerplate(.embed, captionDate: nil)
        }
        if !urls.isEmpty {
            let remaining = urls.reduce(text) { $0.replacingOccurrences(of: String(text[$1.range]), with: "") }
            if Words.count(remaining) < 6 { return .boilerplate(.link, captionDate: nil) }
        }
        if startsLikeCreditLabel(text) && creditLabel.contains(text) || has.slash && credit.contains(text) || has.paren && bracketedCredit.contains(text) {
            return .boilerplate(.caption, captionDate: nil)
        }
        if has.digit, !features.endsSentence, features.wordCount >= 6, endsWithSpacedYear(text), let m = trailingDate.firstMatch(in: text) {
            let date = TemporalScanner.scan(String(text[m.range])).first.flatMap { mention -> CalendarDate? in
                if case let .absolute(v) = mention.kind, v.granularity == .day { return v.start }
                return nil
            }
            return .boilerplate(.caption, captionDate: date)
        }
        if has.digit && text.utf8.count <= 24 && measurement.contains(text) { return .boilerplate(.widget, captionDate: nil) }
        if features.endsWithEllipsis && features.wordCount <= 8 { return .boilerplate(.widget, captionDate: nil) }
        if Words.isAllCaps(text) && features.wordCount <= 6 { return .boilerplate(.navigation, captionDate: nil) }
        if features.wordCount == 0 { return .boilerplate(.navigation, captionDate: nil) }
        return .content
    }

    /// Whether the line ends with a space, four digits and perhaps spaces,
    /// as every match of `trailingDate` does: checked from the end, so that
    /// the expression (its month names tried at every position) runs only on
    /// lines it can match. Spaces as the expression's `\s` counts them.
    static func endsWithSpacedYear(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.reversed().drop { $0.properties.isWhitespace }.makeIterator()
        for _ in 0..<4 {
            guard let scalar = scalars.next(), scalar.properties.numericType == .decimal else { return false }
        }
        return scalars.next()?.properties.isWhitespace == true
    }

    /// What kinds of character a line holds, from one pass over its bytes.
    struct Characters {
        var digit = false, slash = false, at = false, paren = false, percent = false, space = false
        var nonASCII = false, r = false
        /// A character `bylineSeparator` needs: |, •, ·, — or –.
        var separator = false
        /// A character `menuSeparator` needs: |, >, », •, · or /.
        var menuSeparator = false
        /// "www." in any case: the one kind of link without a slash or an at sign.
        var www = false
        init(_ text: String) {
            var ws = 0
            var previous: UInt8 = 0, beforePrevious: UInt8 = 0
            for byte in text.utf8 {
                defer { beforePrevious = previous; previous = byte }
                switch (beforePrevious, previous, byte) {
                case (0xE2, 0x80, 0xA2), (_, 0xC2, 0xB7): separator = true; menuSeparator = true   // •, ·
                case (0xE2, 0x80, 0x93), (0xE2, 0x80, 0x94): separator = true                     // –, —
                case (_, 0xC2, 0xBB): menuSeparator = true                                         // »
                default: break
                }
                if byte == UInt8(ascii: "w") || byte == UInt8(ascii: "W") { ws += 1 } else {
                    if byte == UInt8(ascii: "."), ws >= 3 { www = true }
                    ws = 0
                }
                switch byte {
                case 48...57: digit = true
                case UInt8(ascii: "/"): slash = true; menuSeparator = true
                case UInt8(ascii: ">"): menuSeparator = true
                case UInt8(ascii: "@"): at = true
                case UInt8(ascii: "("): paren = true
                case UInt8(ascii: "%"): percent = true
                case UInt8(ascii: " "): space = true
                case UInt8(ascii: "|"): separator = true; menuSeparator = true
                case UInt8(ascii: "r"), UInt8(ascii: "R"): r = true
                case 0x80...: nonASCII = true
                default: break
                }
            }
        }
    }

    /// Whether the line starts as every match of `creditLabel` does: with
    /// "p", "i", "c" or "v" in either case, perhaps after "(".
    static func startsLikeCreditLabel(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        guard var first = bytes.next() else { return false }
        if first == UInt8(ascii: "("), let next = bytes.next() { first = next }
        return [UInt8(ascii: "p"), UInt8(ascii: "i"), UInt8(ascii: "c"), UInt8(ascii: "v")].contains(first | 0x20)
    }

    /// A long line with no digit, link, credit or copyright sign near its
    /// start or its end can only be text: none of the rules below can match it, and
    /// skipping them spares a dozen regular expressions on most lines.
    static func isPlainProse(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count > 200 else { return false }
        var checked = 0
        for byte in utf8 {
            if checked == 60 { break }
            checked += 1
            if (48...57).contains(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "@") || byte == UInt8(ascii: "(")
                || byte == UInt8(ascii: "|") || byte == 0xC2 { return false }   // 0xC2: starts ©, «, non-breaking space
        }
        // A caption ends with its date or credit: nothing of the kind at the end either.
        return !text.utf8.suffix(80).contains { (48...57).contains($0) || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: "(") }
    }

    /// A byline and a date in one line, between separators.
    private static func bylineAndDate(_ text: String, dayFirst: Bool?) -> LineRole? {
        let parts = bylineSeparator.split(text).map { $0.trimmingWhitespace }
        guard parts.count >= 2, parts.count <= 4 else { return nil }
        guard let byline = parts.lazy.compactMap({ Byline.parse($0) }).first,
              let dated = parts.lazy.compactMap({ DateLine.parse($0, dayFirst: dayFirst) }).first, dated.rest == nil else { return nil }
        return .bylineWithDate(authors: byline.authors, outlet: byline.outlet, date: dated.date)
    }
    private static let bylineSeparator = Pattern("\\s[|•·]\\s|\\s[—–]\\s")

    /// Three or more short items between separators, and no sentence.
    private static func isMenu(_ text: String, _ features: LineFeatures) -> Bool {
        guard !features.endsSentence else { return false }
        let label = text.firstIndex(of: ":").map { text[text.index(after: $0)...] } ?? Substring(text)
        let items = menuSeparator.split(String(label)).map { Words.count($0) }
        return items.count >= 3 && items.allSatisfy { (1...4).contains($0) }
    }

    /// Whether the page writes dates day first, from the country of the
    /// domain it names (thamescourier.co.uk → true, a .us or .gov site →
    /// false); nil when no line names one or the domain says nothing (.com).
    static func dayFirst(lines: [String]) -> Bool? {
        for line in lines where hasDotBeforeLetter(line) && line.count < 80 {   // the bytes first: most lines have no domain
            for m in domainMention.matches(in: line) {
                let tld = m.group(1)!.lowercased()
                if ["us", "gov", "mil", "edu"].contains(tld) { return false }
                if tld.count == 2 { return true }
            }
        }
        return nil
    }
    /// "x.co": what every domain holds, and most lines do not.
    private static func hasDotBeforeLetter(_ line: String) -> Bool {
        var dot = false
        for byte in line.utf8 {
            if dot && byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { return true }
            dot = byte == UInt8(ascii: ".")
        }
        return false
    }
    private static let domainMention = Pattern("\\b(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.([a-z]{2,3})\\b(?![.@])")
}
