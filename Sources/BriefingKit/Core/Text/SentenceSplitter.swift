/// Splits a paragraph into sentences. A full stop ends a sentence only when
/// the next word starts one (capital letter, digit or opening quote) and the
/// word before it is not an abbreviation ("Mr.", "Jan.", "U.S."), an initial
/// ("J. Smith") or a number.
public enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt", "sgt",
        "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "vol", "fig", "approx", "dept",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "rev", "hon", "pres",
        "a.m", "p.m", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a", "mt", "ft", "est", "al",
    ]
    static let closers: Set<Character> = ["\"", "”", "’", "'", ")", "]", "»"]
    static let openers: Set<Character> = ["\"", "“", "‘", "'", "(", "[", "«"]

    public static func split(_ text: String) -> [String] {
        let chars = Array(text)
        // Where each Character starts in `text`: a sentence is cut out of the
        // text itself, not rebuilt from its Characters.
        var starts = Array(text.indices)
        starts.append(text.endIndex)
        func appendTrimmed(_ range: Range<Int>, to list: inout [String]) {
            let s = text[starts[range.lowerBound]..<starts[range.upperBound]].trimmingSpaces
            if !s.isEmpty { list.append(s) }
        }
        var sentences: [String] = []
        var start = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "." || c == "!" || c == "?" || c == "…" {
                var end = i + 1
                while end < chars.count && (chars[end] == "." || chars[end] == "!" || chars[end] == "?") { end += 1 }
                while end < chars.count && closers.contains(chars[end]) { end += 1 }
                if end < chars.count && chars[end] == " " && startsSentence(chars, at: end + 1)
                    && !(c == "." && isAbbreviation(chars, dotAt: i)) {
                    appendTrimmed(start..<end, to: &sentences)
                    start = end + 1
                    i = end + 1
                    continue
                }
                i = end
                continue
            }
            i += 1
        }
        if start < chars.count { appendTrimmed(start..<chars.count, to: &sentences) }
        return sentences
    }

    private static func startsSentence(_ chars: [Character], at index: Int) -> Bool {
        var j = index
        while j < chars.count && openers.contains(chars[j]) { j += 1 }
        guard j < chars.count else { return false }
        return chars[j].isUppercase || chars[j].isNumber
    }

    private static func isAbbreviation(_ chars: [Character], dotAt i: Int) -> Bool {
        // The word before the dot, including inner dots ("U.S").
        var j = i - 1
        while j >= 0 && (chars[j].isLetter || chars[j] == ".") { j -= 1 }
        let word = String(chars[(j + 1)..<i])
        if word.isEmpty { return false }
        let letters = word.filter { $0 != "." }
        if letters.count == 1 && letters.first!.isUppercase { return true }  // an initial: "J. Smith"
        if word.contains(".") && word.count <= 6 { return true }              // "U.S", "a.m"
        return abbreviations.contains(word.lowercased())
    }
}
