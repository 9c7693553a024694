/// Measurements of one line that tell prose from page furniture. On plain
/// text only line-level signals remain (length, sentence shape, stop-word
/// density, capitalisation), as trafilatura's line heuristics use.
struct LineFeatures {
    let text: String
    let wordCount: Int
    let stopWordRatio: Double
    /// Share of the longer words that start with a capital: high for headlines and names.
    let titleCaseRatio: Double
    let endsSentence: Bool
    let endsWithEllipsis: Bool

    init(_ text: String) {
        self.text = text
        var words = 0, stops = 0, significant = 0, capitalised = 0
        // The words' bytes, as `Words.tokens` finds them: no list of
        // substrings made for each of the hundreds of thousands of lines.
        Words.forEachToken(in: text) { bytes in
            words += 1
            guard bytes.allSatisfy({ $0 < 0x80 }) else {
                // Rare: as a Substring, with Characters and Unicode properties.
                let word = Substring(String(decoding: bytes, as: UTF8.self))
                if StopWords.contains(token: word) { stops += 1 }
                let first = bytes[0]
                guard word.count >= 4, first < 0x80 ? (first | 0x20) &- 97 < 26 : word.first!.isLetter else { return }
                significant += 1
                if Words.isCapitalized(word) { capitalised += 1 }
                return
            }
            if StopWords.contains(asciiToken: bytes) { stops += 1 }
            // A word of four letters or more that starts with a letter.
            guard bytes.count >= 4, (bytes[0] | 0x20) &- 97 < 26 else { return }
            significant += 1
            if bytes[0] &- 65 < 26 { capitalised += 1 }
        }
        wordCount = words
        stopWordRatio = words == 0 ? 0 : Double(stops) / Double(words)
        titleCaseRatio = significant == 0 ? 0 : Double(capitalised) / Double(significant)
        var trimmed = Substring(text)
        while let last = trimmed.last, SentenceSplitter.closers.contains(last) { trimmed = trimmed.dropLast() }
        endsWithEllipsis = trimmed.hasSuffix("...") || trimmed.hasSuffix("…")
        endsSentence = !endsWithEllipsis && (trimmed.last.map { ".!?".contains($0) } ?? false)
    }

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
