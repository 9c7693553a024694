/// Resolves date expressions against an anchor (the article's date), in the
/// manner of HeidelTime's news rules: weekdays go to the nearest past day
/// unless the sentence looks ahead; year-less dates take the year that puts
/// them nearest the anchor; granularity is kept.
public enum TemporalResolver {
    /// Words that make a bare weekday point forward ("will meet on Friday").
    static let futureCue = Pattern(
        "\\b(will|shall|scheduled|planned|plans? to|expected to|set to|due to|due in|is due|are due|to be held|upcoming|ahead of|next|takes place|take place|is to|are to|begins|starts|opens)\\b",
        caseInsensitive: true)

    /// `futureCue.contains(text)`. Most sentences hold none of its words,
    /// and an ASCII text holding none of `FutureCueWords` cannot match, so
    /// the expression runs only on the others. Outside ASCII it always runs:
    /// ICU folds case beyond ASCII ("ſhall" matches "shall").
    static func looksAhead(_ text: String) -> Bool {
        FutureCueWords.mayHoldCue(text) && futureCue.contains(text)
    }

    public static func resolve(_ mention: TemporalMention, anchor: CalendarDate?, sentence: String) -> TemporalValue? {
        // Only a cue written before the expression points it ahead: in "Speaking
        // on Wednesday, he said they will decide", Wednesday is past.
        let lead = String(sentence.prefix(mention.offset + mention.text.count))
        switch mention.kind {
        case let .absolute(value):
            return value
        case .ambiguous:
            return nil
        case let .yearless(month, day):
            guard let anchor else { return nil }
            return resolveYearless(month: month, day: day, anchor: anchor, forward: looksAhead(lead))
        case let .relative(expression):
            guard let anchor else { return nil }
            return resolveRelative(expression, anchor: anchor, lead: lead)
        }
    }

    static func resolveYearless(month: Int, day: Int?, anchor: CalendarDate, forward: Bool) -> TemporalValue? {
        // Try the anchor's year and its neighbours; keep the candidate nearest the
        // anchor, preferring the past unless the sentence looks ahead.
        var best: (TemporalValue, Int)?
        for year in [anchor.year - 1, anchor.year, anchor.year + 1] {
            let value: TemporalValue?
            if let day {
                value = CalendarDate(year: year, month: month, day: day).map { TemporalValue(day: $0) }
            } else {
                value = TemporalValue(year: year, month: month)
            }
            guard let value else { continue }
            var distance = value.start.dayNumber - anchor.dayNumber
            if day == nil && anchor.year == year && anchor.month == month { distance = 0 }
            // Past dates cost their distance; future ones cost more unless the text looks ahead.
            let cost = distance <= 0 ? -distance : (forward ? distance : distance * 3 + 30)
            if best == nil || cost < best!.1 { best = (value, cost) }
        }
        return best?.0
    }

    static func resolveRelative(_ expression: RelativeExpression, anchor: CalendarDate, lead: String) -> TemporalValue? {
        switch expression {
        case let .dayOffset(days):
            return TemporalValue(day: anchor.adding(days: days))
        case let .weekday(weekday, direction):
            let forward = direction > 0 || (direction == 0 && looksAhead(lead))
            var delta = weekday - anchor.weekday
            if forward {
                if delta < 0 || (direction > 0 && delta == 0) { delta += 7 }
            } else {
                if delta > 0 || (direction < 0 && delta == 0) { delta -= 7 }
            }
            return TemporalValue(day: anchor.adding(days: delta))
        case let .week(offset):
            return TemporalValue(weekContaining: anchor.adding(days: offset * 7))
        case let .month(offset):
            var month = anchor.month + offset, year = anchor.year
            if month < 1 { month += 12; year -= 1 }
            if month > 12 { month -= 12; year += 1 }
            return TemporalValue(year: year, month: month)
        case let .year(offset):
            return TemporalValue(year: anchor.year + offset)
        }
    }
}
