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

    public static func split(_ text: String) -> [String] { split(text, byCharacters: false) }

    /// `byCharacters: true` always reads by Characters (for tests).
    static func split(_ text: String, byCharacters: Bool) -> [String] {
        // Read by Unicode scalars where every Character of the text is one
        // scalar (no combining mark, joiner, CR LF…): the same cuts, without
        // breaking the whole text into graphemes and comparing Characters,
        // which was most of the splitter's time. Otherwise by Characters.
        if !byCharacters, let (scalars, offsets) = standAloneScalars(text) {
            return split(text, units: scalars, offsets: offsets)
        }
        let utf8 = text.utf8
        var offsets = text.indices.map { utf8.distance(from: utf8.startIndex, to: $0) }
        offsets.append(utf8.count)
        return split(text, units: Array(text), offsets: offsets)
    }

    /// The text's scalars and where each starts in its UTF-8 (and where the
    /// text ends), decoded in one pass over the bytes; nil when a scalar does
    /// not stand alone or the text holds a carriage return.
    static func standAloneScalars(_ text: String) -> (scalars: [Unicode.Scalar], offsets: [Int])? {
        var text = text
        return text.withUTF8 { bytes -> (scalars: [Unicode.Scalar], offsets: [Int])? in
            var scalars: [Unicode.Scalar] = [], offsets: [Int] = []
            scalars.reserveCapacity(bytes.count)
            offsets.reserveCapacity(bytes.count + 1)
            var i = 0
            while i < bytes.count {
                let (scalar, next) = Words.scalar(in: bytes, at: i)
                guard scalar != "\r", standsAlone(scalar) else { return nil }
                scalars.append(scalar)
                offsets.append(i)
                i = next
            }
            offsets.append(bytes.count)
            return (scalars, offsets)
        }
    }

    /// A scalar that is a Character by itself whatever stands beside it
    /// (its grapheme break property is Other or Control): ASCII, and the
    /// blocks of Latin letters, Greek, Cyrillic letters, punctuation,
    /// currency and CJK ideographs, which hold no combining marks. Any
    /// other scalar sends the text the slow, sure way.
    private static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x80, 0xA0...0x2FF, 0x370...0x3FF, 0x400...0x482, 0x48A...0x52F,
             0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2100...0x214F, 0x4E00...0x9FFF: true
        default: false
        }
    }

    /// The splitting itself, on Characters or on scalars that are each a Character.
    /// `offsets` gives where each unit starts in the text's UTF-8, then where it ends.
    private static func split<Unit: SplitterUnit>(_ text: String, units chars: [Unit], offsets: [Int]) -> [String] {
        let utf8 = text.utf8
        func appendTrimmed(_ range: Range<Int>, to list: inout [String]) {
            let s = text[utf8.index(utf8.startIndex, offsetBy: offsets[range.lowerBound])..<utf8.index(utf8.startIndex, offsetBy: offsets[range.upperBound])].trimmingSpaces
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
                while end < chars.count && Unit.closers.contains(chars[end]) { end += 1 }
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

    private static func startsSentence<Unit: SplitterUnit>(_ chars: [Unit], at index: Int) -> Bool {
        var j = index
        while j < chars.count && Unit.openers.contains(chars[j]) { j += 1 }
        guard j < chars.count else { return false }
        return chars[j].isUppercase || chars[j].isNumber
    }

    private static func isAbbreviation<Unit: SplitterUnit>(_ chars: [Unit], dotAt i: Int) -> Bool {
        // The word before the dot, including inner dots ("U.S").
        var j = i - 1
        while j >= 0 && (chars[j].isLetter || chars[j] == ".") { j -= 1 }
        if j + 1 == i { return false }
        if let answer = asciiAbbreviation(chars[(j + 1)..<i]) { return answer }
        let word = Unit.string(chars[(j + 1)..<i])
        let letters = word.filter { $0 != "." }
        if letters.count == 1 && letters.first!.isUppercase { return true }  // an initial: "J. Smith"
        // The word is letters and full stops, so a full stop is the byte alone (no NSString search).
        if word.utf8.contains(UInt8(ascii: ".")) && word.count <= 6 { return true }   // "U.S", "a.m"
        return abbreviations.contains(word.lowercased())
    }

    /// `abbreviations` lower-cased and packed (`Words.packedLowercase`).
    private static let packedAbbreviations = Set(abbreviations.map { Words.packedLowercase(Substring($0))! })

    /// `isAbbreviation`'s answer for a word of ASCII letters and full stops,
    /// read as bytes with no string made: most full stops end a sentence
    /// after an ordinary word. Nil for any other word.
    private static func asciiAbbreviation<Unit: SplitterUnit>(_ word: ArraySlice<Unit>) -> Bool? {
        var packed: UInt64 = 0, shift: UInt64 = 0
        var letters = 0, dots = 0, upperInitial = false
        for unit in word {
            guard let byte = unit.asciiByte else { return nil }
            if byte == UInt8(ascii: ".") { dots += 1 } else { letters += 1; upperInitial = byte &- 65 < 26 }
            if shift < 64 { packed |= UInt64(byte &- 65 < 26 ? byte | 0x20 : byte) << shift }
            shift += 8
        }
        if letters == 1 && upperInitial { return true }          // an initial: "J. Smith"
        if dots > 0 && word.count <= 6 { return true }           // "U.S", "a.m"
        return shift <= 64 && packedAbbreviations.contains(packed)
    }
}

/// What the splitter reads a text as: Characters, or scalars where each is one.
private protocol SplitterUnit: Hashable, ExpressibleByUnicodeScalarLiteral {
    static var closers: Set<Self> { get }
    static var openers: Set<Self> { get }
    var isUppercase: Bool { get }
    var isNumber: Bool { get }
    var isLetter: Bool { get }
    /// The unit's byte when it is ASCII, else nil.
    var asciiByte: UInt8? { get }
    static func string(_ units: ArraySlice<Self>) -> String
}

extension Character: SplitterUnit {
    static var closers: Set<Character> { SentenceSplitter.closers }
    static var openers: Set<Character> { SentenceSplitter.openers }
    static func string(_ units: ArraySlice<Character>) -> String { String(units) }
    var asciiByte: UInt8? { isASCII && utf8.count == 1 ? utf8.first : nil }
}

/// A scalar read as the Character it is alone: ASCII by its value, the rest
/// through `Character`, so the answers are the Character's.
extension Unicode.Scalar: SplitterUnit {
    private static let closerScalars = Set(SentenceSplitter.closers.map { $0.unicodeScalars.first! })
    private static let openerScalars = Set(SentenceSplitter.openers.map { $0.unicodeScalars.first! })
    static var closers: Set<Unicode.Scalar> { closerScalars }
    static var openers: Set<Unicode.Scalar> { openerScalars }
    var isUppercase: Bool { isASCII ? value &- 65 < 26 : Character(self).isUppercase }
    var isNumber: Bool { isASCII ? value &- 48 < 10 : Character(self).isNumber }
    var isLetter: Bool { isASCII ? (value | 0x20) &- 97 < 26 : Character(self).isLetter }
    var asciiByte: UInt8? { isASCII ? UInt8(value) : nil }
    static func string(_ units: ArraySlice<Unicode.Scalar>) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: units)
        return String(text)
    }
}
