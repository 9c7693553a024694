/// Measurements of one line that tell prose from page furniture. On plain
/// text only line-level signals remain (length, sentence shape, stop-word
/// density, capitalisation), as trafilatura's line heuristics use.
struct LineFeatures {
    let text: String
    let words: [Substring]
    let stopWordRatio: Double
    /// Share of the longer words that start with a capital: high for headlines and names.
    let titleCaseRatio: Double
    let endsSentence: Bool
    let endsWithEllipsis: Bool

    init(_ text: String) {
        self.text = text
        words = Words.tokens(text)
        var stops = 0, significant = 0, capitalised = 0
        for word in words {
            if StopWords.contains(token: word) { stops += 1 }
            // A word of four letters or more that starts with a letter; an ASCII
            // first byte answers both questions without making a Character.
            guard Words.characterCount(word) >= 4 else { continue }
            let first = word.utf8.first!
            guard first < 0x80 ? (first | 0x20) &- 97 < 26 : word.first!.isLetter else { continue }
            significant += 1
            if Words.isCapitalized(word) { capitalised += 1 }
        }
        stopWordRatio = words.isEmpty ? 0 : Double(stops) / Double(words.count)
        titleCaseRatio = significant == 0 ? 0 : Double(capitalised) / Double(significant)
        var trimmed = Substring(text)
        while let last = trimmed.last, SentenceSplitter.closers.contains(last) { trimmed = trimmed.dropLast() }
        endsWithEllipsis = trimmed.hasSuffix("...") || trimmed.hasSuffix("…")
        endsSentence = !endsWithEllipsis && (trimmed.last.map { ".!?".contains($0) } ?? false)
    }

    var wordCount: Int { words.count }

    /// Reads as running text: a sentence-shaped line with function words.
    var isProse: Bool {
        guard wordCount >= 8, stopWordRatio >= 0.12 else { return false }
        if endsSentence { return true }
        return wordCount >= 20 && titleCaseRatio < 0.6
    }

    /// Could be a headline: several words, no final full stop, mostly capitalised or short.
    var isHeadlineLike: Bool {
        guard (3...30).contains(wordCount), text.count <= 220, !endsWithEllipsis else { return false }
        if text.hasSuffix(".") { return false }
        // A headline is one sentence: a line with a sentence break inside is a banner or a paragraph.
        if SentenceSplitter.split(text).count > 1 { return false }
        return !Words.isAllCaps(text)
    }
}
