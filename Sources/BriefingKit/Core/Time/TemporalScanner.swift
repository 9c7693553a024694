/// Finds date expressions in a piece of text: absolute dates in the usual
/// news formats, year-less days and months, and relative expressions.
/// Resolution against an article's date is `TemporalResolver`'s job.
public enum TemporalScanner {
    static let monthAlternation =
        "Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:tember|t\\.|t|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?"
    static let weekdayAlternation = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

    private static let iso = Pattern(
        "\\b([0-9]{4})[-/]([0-9]{2})[-/]([0-9]{2})(?:[T ][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?\\b")
    private static let monthDayYear = Pattern(
        "\\b(\(monthAlternation))\\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\\s+([0-9]{4})\\b")
    private static let dayMonthYear = Pattern(
        "\\b([0-9]{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(\(monthAlternation)),?\\s+([0-9]{4})\\b")
    private static let dotted = Pattern("(?<![0-9.])([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4})(?![0-9.]*[0-9])")
    private static let slashed = Pattern("(?<![0-9/])([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})(?![0-9/])")
    private static let monthYear = Pattern("\\b(\(monthAlternation))\\s+([0-9]{4})\\b")
    private static let monthDay = Pattern(
        "\\b(\(monthAlternation))\\s+([0-9]{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:%|percent|per cent|-|–|million|billion))")
    private static let dayMonth = Pattern("\\b([0-9]{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(\(monthAlternation))\\b")
    private static let bareMonth = Pattern(
        "\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ee]arly|[Ll]ate|[Mm]id-|[Ee]arlier in|[Ll]ater in|[Ll]ast|[Tt]his|[Nn]ext|[Dd]uring)\\s+(\(monthAlternation))\\b")
    private static let bareYear = Pattern(
        "\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ee]arly|[Ll]ate|[Mm]id-|[Dd]uring|(?:[Ss]ummer|[Ww]inter|[Ss]pring|[Aa]utumn|[Ff]all)(?: of)?)\\s+((?:19|20)[0-9]{2})\\b(?!\\s*(?:%|-))")
    private static let dayWord = Pattern("\\b(yesterday|today|tonight|tomorrow)\\b", caseInsensitive: true)
    private static let weekdayPattern = Pattern("\\b(?:(last|next|this|past)\\s+)?(\(weekdayAlternation))\\b")
    private static let periodPattern = Pattern(
        "\\b(earlier this|later this|this|last|next|past)\\s+(week|month|year)\\b", caseInsensitive: true)

    /// All date expressions in `text`, in order, without overlaps (the
    /// longest, most specific expression wins).
    /// `dayFirst`, when the page's locale is known, reads 03/02/2026 as
    /// 3 February (true) or March 2 (false); unknown, it stays ambiguous.
    ///
    /// Digits are ASCII only (`[0-9]`, not `\d`, which ICU reads as any
    /// script's digits): those are the digits `Int` reads, and a date in
    /// other digits once crashed the build on a parsed number that was not one.
    ///
    /// `daysOnly` runs only the patterns that read a date to the day (and an
    /// ambiguous slashed date): they run first, and what the others find never
    /// displaces what they found, so a caller that wants only those gets the
    /// same mentions of them without the other patterns' cost.
    public static func scan(_ text: String, dayFirst: Bool? = nil, daysOnly: Bool = false) -> [TemporalMention] {
        var found: [(range: Range<String.Index>, kind: TemporalMention.Kind)] = []
        func add(_ m: Pattern.Match, _ kind: TemporalMention.Kind?) {
            guard let kind else { return }
            if found.contains(where: { $0.range.overlaps(m.range) }) { return }
            found.append((m.range, kind))
        }
        // Each pattern runs only when the text holds what it needs (a digit,
        // a month's name, "day", "week"…): most sentences hold no date, and
        // the cues cost one pass instead of fourteen regular expressions.
        let cues = Cues(text)
        if cues.digit {
        if cues.isoLike {
        for m in iso.matches(in: text) {
            add(m, day(Int(m.group(1)!), Int(m.group(2)!), Int(m.group(3)!)))
        }
        }
        if cues.month && cues.year {
        for m in monthDayYear.matches(in: text) {
            add(m, day(Int(m.group(3)!), monthNumber(m.group(1)!), Int(m.group(2)!)))
        }
        for m in dayMonthYear.matches(in: text) {
            add(m, day(Int(m.group(3)!), monthNumber(m.group(2)!), Int(m.group(1)!)))
        }
        }
        if cues.dotted {
        for m in dotted.matches(in: text) {
            add(m, day(Int(m.group(3)!), Int(m.group(2)!), Int(m.group(1)!)))
        }
        }
        if cues.slashed {
        for m in slashed.matches(in: text) {
            guard let a = Int(m.group(1)!), let b = Int(m.group(2)!) else { continue }
            let y = Int(m.group(3)!)
            if a > 12 { add(m, day(y, b, a)) }               // day first: 22/01/2026
            else if b > 12 { add(m, day(y, a, b)) }          // month first: 01/22/2026
            else if a == b { add(m, day(y, a, b)) }
            else if let dayFirst { add(m, dayFirst ? day(y, b, a) : day(y, a, b)) }   // the page's locale says
            else { add(m, .ambiguous) }                       // never guessed silently
        }
        }
        if daysOnly { return sorted(found, in: text) }
        if cues.month {
        if cues.year {
        for m in monthYear.matches(in: text) {
            if let month = monthNumber(m.group(1)!), let y = Int(m.group(2)!), let v = TemporalValue(year: y, month: month) {
                add(m, .absolute(v))
            }
        }
        }
        for m in monthDay.matches(in: text) {
            if let month = monthNumber(m.group(1)!), let d = Int(m.group(2)!), (1...31).contains(d) {
                add(m, .yearless(month: month, day: d))
            }
        }
        for m in dayMonth.matches(in: text) {
            if let month = monthNumber(m.group(2)!), let d = Int(m.group(1)!), (1...31).contains(d) {
                add(m, .yearless(month: month, day: d))
            }
        }
        }
        if cues.year {
        for m in bareYear.matches(in: text) {
            if let y = Int(m.group(1)!), let v = TemporalValue(year: y) { add(m, .absolute(v)) }
        }
        }
        }
        if cues.month {
        for m in bareMonth.matches(in: text) {
            // "last March" and "next March" resolve like a year-less month; the
            // resolver reads "next" as a forward cue.
            if let month = monthNumber(m.group(1)!) { add(m, .yearless(month: month, day: nil)) }
        }
        }
        if cues.period || cues.folds {
        for m in periodPattern.matches(in: text) {
            let which = m.group(1)!.lowercased(), unit = m.group(2)!.lowercased()
            let offset = which == "last" || which == "past" ? -1 : (which == "next" ? 1 : 0)
            let rel: RelativeExpression = unit == "week" ? .week(offset) : unit == "month" ? .month(offset) : .year(offset)
            add(m, .relative(rel))
        }
        }
        if cues.dayWord || cues.folds {
        for m in dayWord.matches(in: text) {
            let w = m.group(1)!.lowercased()
            let offset = w == "yesterday" ? -1 : (w == "tomorrow" ? 1 : 0)
            add(m, .relative(.dayOffset(offset)))
        }
        }
        if cues.weekday {
        for m in weekdayPattern.matches(in: text) {
            let modifier = m.group(1)?.lowercased()
            let name = m.group(2)!
            guard let index = CalendarDate.weekdayNames.firstIndex(of: name) else { continue }
            let direction = modifier == "last" || modifier == "past" ? -1 : (modifier == "next" ? 1 : 0)
            add(m, .relative(.weekday(index + 1, direction: direction)))
        }
        }
        return sorted(found, in: text)
    }

    private static func sorted(_ found: [(range: Range<String.Index>, kind: TemporalMention.Kind)], in text: String) -> [TemporalMention] {
        found.sorted { $0.range.lowerBound < $1.range.lowerBound }
            .map { TemporalMention(text: String(text[$0.range]), kind: $0.kind,
                                   offset: text.distance(from: text.startIndex, to: $0.range.lowerBound)) }
    }

    /// What a text holds that date patterns need.
    private struct Cues {
        var digit = false, month = false, period = false
        /// "yesterday", "today", "tonight" or "tomorrow" in any ASCII case.
        var dayWord = false
        /// A scalar outside ASCII that case-folds to other characters ("ſ" to
        /// "s", "K" to "k"): the case-blind patterns (day words, periods) may
        /// then match where no ASCII word says so, and run whatever the words.
        var folds = false
        /// A capitalised word that may be a weekday's name ("Monday"…"Sunday").
        var weekday = false
        /// Four digits or more in a row (a year); the same followed by `-`
        /// or `/` (an ISO date); a digit, `.` or `/`, and a digit.
        var year = false, isoLike = false, dotted = false, slashed = false

        /// Letters packed one byte each, lower-cased, so a word is compared
        /// as a number; letters are never zero, so words of other lengths differ.
        static func packed(_ word: StaticString) -> UInt64 {
            word.withUTF8Buffer { $0.reduce(0) { $0 << 8 | UInt64($1) } }
        }
        /// Every spelling `monthAlternation` matches as a whole word, less its
        /// full stop; "september" is nine letters, told by its head and tail.
        static let monthWords: Set<UInt64> = Set(["jan", "january", "feb", "february", "mar", "march", "apr", "april", "may",
                                                  "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "oct",
                                                  "october", "nov", "november", "dec", "december"].map { word in
            word.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        })
        static let sep = packed("sep"), ber = packed("ber")
        /// "mon"…"sun": the heads of the weekdays' names, each of which ends in "day".
        static let weekdayHeads: Set<UInt64> = [packed("mon"), packed("tue"), packed("wed"), packed("thu"), packed("fri"), packed("sat"), packed("sun")]
        static let dayTail = packed("day")
        static let dayWords = [packed("today"), packed("tonight"), packed("tomorrow")]
        static let yes = packed("yes")
        static let periodWords = [packed("week"), packed("month"), packed("year")]

        /// One pass over the bytes, with no text made: date words are ASCII,
        /// so letters are read as bytes; a word is its first three letters,
        /// its last three and (up to eight letters) the whole of it.
        init(_ text: String) {
            var length = 0, capital = false
            var digits = 0, previous: UInt8 = 0, beforePrevious: UInt8 = 0, nonASCII = false
            var head: UInt64 = 0, tail: UInt64 = 0, whole: UInt64 = 0
            func check() {
                defer { length = 0; head = 0; tail = 0; whole = 0 }
                guard length >= 3 else { return }
                // The month and weekday patterns are case-sensitive and match whole words.
                if capital && (length <= 8 ? Cues.monthWords.contains(whole) : length == 9 && head == Cues.sep && tail == Cues.ber) { month = true }
                if tail == Cues.dayTail && capital && (6...9).contains(length) && Cues.weekdayHeads.contains(head) { weekday = true }
                if length == 9 && head == Cues.yes && tail == Cues.dayTail { dayWord = true }   // "yesterday"
                guard length <= 8 else { return }
                if Cues.dayWords.contains(whole) { dayWord = true }
                if Cues.periodWords.contains(whole) { period = true }
            }
            func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }
            for byte in text.utf8 {
                defer { beforePrevious = previous; previous = byte }
                if isDigit(byte) {
                    digits += 1
                    if isDigit(beforePrevious) { if previous == UInt8(ascii: ".") { dotted = true } else if previous == UInt8(ascii: "/") { slashed = true } }
                } else {
                    if digits >= 4 { year = true; if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") { isoLike = true } }
                    digits = 0
                }
                switch byte {
                case 48...57: digit = true; check()
                case 65...90, 97...122:
                    let lower = UInt64(byte | 0x20)
                    if length == 0 { capital = byte <= 90 }
                    if length < 3 { head = head << 8 | lower }
                    tail = (tail << 8 | lower) & 0xFF_FFFF
                    if length < 8 { whole = whole << 8 | lower }
                    length += 1
                default:
                    if byte >= 0x80 { nonASCII = true }
                    check()
                }
            }
            check()
            if digits >= 4 { year = true }
            if nonASCII { folds = text.unicodeScalars.contains { !$0.isASCII && $0.properties.changesWhenCaseFolded } }
        }
    }

    private static func day(_ year: Int?, _ month: Int?, _ day: Int?) -> TemporalMention.Kind? {
        guard let year, let month, let day, (1900...2100).contains(year),
              let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return .absolute(TemporalValue(day: date))
    }

    /// "Jan", "Jan.", "January", "Sept." → 1…12.
    static func monthNumber(_ name: String) -> Int? {
        let key = name.lowercased().replacingOccurrences(of: ".", with: "").prefix(3)
        let keys = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        return keys.firstIndex(of: String(key)).map { $0 + 1 }
    }
}
