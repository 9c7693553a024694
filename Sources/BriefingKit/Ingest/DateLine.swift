import Foundation

/// Recognises a line that states when the page was published: the date
/// with at most a label ("Published:", "Updated", "date"), a weekday, a
/// time and a zone around it — as opposed to a date inside a sentence.
enum DateLine {
    private static let label = Pattern(
        "^(?:(first published|published|posted|updated|last updated|last modified|modified|date|dated|on)\\b\\s*:?\\s*(?:on\\s+)?)",
        caseInsensitive: true)
    /// The first words `label` can match: most lines start otherwise.
    private static let labelStarts: Set<String> = ["first", "published", "posted", "updated", "last", "modified", "date", "dated", "on"]
    private static func hasFourDigits(_ line: String) -> Bool {
        var run = 0
        for byte in line.utf8 {
            run = byte &- 48 < 10 ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    /// "|", "•" or "·": what `section` needs.
    private static func hasSeparator(_ line: String) -> Bool {
        var previous: UInt8 = 0
        for byte in line.utf8 {
            if byte == UInt8(ascii: "|") || (previous == 0xE2 && byte == 0x80) || (previous == 0xC2 && byte == 0xB7) { return true }
            previous = byte
        }
        return false
    }
    /// "Opinion | January 23, 2026": a section name before the date.
    private static let section = Pattern("^[A-Z]\\p{L}+(?: [A-Z]?\\p{L}+)?\\s*[|•·]\\s*")
    private static let filler = Pattern(
        "\\b(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\b\\.?|\\b\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?|\\b(?:gmt|utc|bst|cet|cest|eet|eest|wet|west|est|edt|et|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|msk|ist|gst|jst|aest|aedt|z)\\b|\\bat\\b|[|,•·–—-]",
        caseInsensitive: true)

    /// The stated date, whether it is only an "Updated" date, and the text
    /// that follows the date when the line goes on with the article.
    static func parse(_ line: String, dayFirst: Bool? = nil) -> (date: CalendarDate, updated: Bool, rest: String?)? {
        // Every date to the day that the scanner reads has a year of four
        // digits (ISO, with a month's name, dotted or slashed): most lines,
        // numbers and all, have no four digits in a row.
        guard hasFourDigits(line) else { return nil }
        var line = line
        if hasSeparator(line), let m = section.firstMatch(in: line) { line = String(line[m.range.upperBound...]) }
        var body = Substring(line)
        var updated = false
        var labelWord: String?
        if labelStarts.contains(line.prefix { $0.isASCII && $0.isLetter }.lowercased()), let m = label.firstMatch(in: line) {
            let word = (m.group(1) ?? "").lowercased()
            labelWord = word
            updated = word.contains("updated") || word.contains("modified")
            body = line[m.range.upperBound...]
        }
        let text = String(body)
        // A stated date stands at the start of the line (after a label or weekday):
        // scanning only the head keeps long paragraphs cheap.
        let head = String(text.prefix(80))
        let mentions = TemporalScanner.scan(head, dayFirst: dayFirst, daysOnly: true)
        guard let first = mentions.first(where: { if case let .absolute(v) = $0.kind { return v.granularity == .day } else { return false } }),
              case let .absolute(value) = first.kind else { return nil }
        let before = String(text.prefix(first.offset))
        guard residue(before).isEmpty else { return nil }
        let afterStart = text.index(text.startIndex, offsetBy: first.offset + first.text.count)
        let after = String(text[afterStart...])
        let left = residue(after)
        if left.isEmpty { return (value.start, updated, nil) }
        // The date is a prefix of a paragraph: accept it when a label or an ISO
        // date makes clear it is page metadata, not the start of a sentence.
        let isISO = first.text.first?.isNumber == true && first.text.contains("-")
        let isoOrLabelled = isISO || (labelWord != nil && labelWord != "on")
        if isoOrLabelled, Words.count(left) >= 6 {
            let rest = after.drop { $0 == " " || $0 == "|" || $0 == "-" || $0 == "–" || $0 == "—" }
            return (value.start, updated, String(rest))
        }
        return nil
    }

    /// "Updated 2 hours ago", "by admin", "5 min read": trailing metadata on a date line.
    private static let trailingMetadata = Pattern(
        "(?:\\b(?:updated|modified|last updated)\\b.*|\\bby\\s+\\S+(?:\\s+\\S+){0,3}|\\b\\d+\\s+(?:min(?:ute)?s?|hours?|days?)\\s+(?:ago|read)\\b.*)$",
        caseInsensitive: true)

    /// What is left of `text` once weekdays, times, zones, separators and
    /// trailing metadata are removed.
    private static func residue(_ text: String) -> String {
        var s = text
        if let m = trailingMetadata.firstMatch(in: s) { s.removeSubrange(m.range) }
        let text = s
        for m in filler.matches(in: text).reversed() { s.removeSubrange(m.range) }
        return s.trimmingCharacters(in: residueTrimmed)
    }
    /// Made once: a union of character sets made anew per line was a third of `residue`.
    private static let residueTrimmed = CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters)
}
