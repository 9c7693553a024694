/// Turns the kept lines of a page into paragraphs.
enum ParagraphBuilder {
    struct KeptLine { let number: Int; let text: String }

    /// Each kept line is a paragraph (hard-wrapped lines were joined before,
    /// by `PageLayout.joinHardWraps`); quotes broken over lines are rejoined.
    static func paragraphs(from lines: [KeptLine]) -> [String] {
        mergeOpenQuotes(lines.map(\.text))
    }

    /// Copy-pasting often breaks a quotation over several lines. A paragraph
    /// that opens a quote and does not close it is joined with the following
    /// ones (at most three) when they close it.
    static func mergeOpenQuotes(_ paragraphs: [String]) -> [String] {
        var result: [String] = []
        var i = 0
        while i < paragraphs.count {
            var current = paragraphs[i]
            var j = i + 1
            if QuoteBalance.openQuote(in: current) != nil {
                var candidate = current
                var k = i + 1
                while k < paragraphs.count && k <= i + 3 {
                    candidate += " " + paragraphs[k]
                    if QuoteBalance.openQuote(in: candidate) == nil {
                        current = candidate
                        j = k + 1
                        break
                    }
                    k += 1
                }
            }
            result.append(current)
            i = j
        }
        return result
    }
}

/// Tells whether a text leaves a quotation open. The right single quote is
/// also the apostrophe, so it closes a quote only when not inside a word.
public enum QuoteBalance {
    /// The opening mark of a quote left open at the end of `text`, if any.
    public static func openQuote(in text: String) -> Character? {
        // Most sentences hold no quotation mark of any kind: " (22) or E2 80 98…9D.
        var marks = false
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte == 0x22 || (previous == (0xE2, 0x80) && (0x98...0x9D).contains(byte)) { marks = true; break }
            previous = (previous.1, byte)
        }
        guard marks else { return nil }
        // Marks are compared as scalar values: comparing Characters with
        // non-ASCII literals normalised both sides on every character. A
        // Character is one of these marks only when it is that one scalar.
        // Where every scalar is a Character by itself (as in most text), the
        // scalars are read as they are, with no text broken into Characters.
        var open: UInt32?
        if let scalars = SentenceSplitter.standAloneScalars(text)?.scalars {
            for (i, scalar) in scalars.enumerated() {
                step(&open, scalar.value) {
                    (i + 1 < scalars.count && Character(scalars[i + 1]).isLetter, i > 0 && Character(scalars[i - 1]).isLetter)
                }
            }
            return open.flatMap(Unicode.Scalar.init).map(Character.init)
        }
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            guard let scalar = c.loneScalar else { continue }
            step(&open, scalar.value) { (i + 1 < chars.count && chars[i + 1].isLetter, i > 0 && chars[i - 1].isLetter) }
        }
        return open.flatMap(Unicode.Scalar.init).map(Character.init)
    }

    /// The open mark after one more mark, `value`; `letters` tells whether
    /// a letter stands after and before it (asked only of ’).
    private static func step(_ open: inout UInt32?, _ value: UInt32, letters: () -> (next: Bool, previous: Bool)) {
        switch value {
        case 0x201C: open = 0x201C                       // “
        case 0x201D: if open == 0x201C { open = nil }    // ”
        case 0x2018: if open == nil { open = 0x2018 }    // ‘
        case 0x2019:                                     // ’, also the apostrophe
            guard open == 0x2018 else { break }
            let (nextIsLetter, prevIsLetter) = letters()
            if !(prevIsLetter && nextIsLetter) { open = nil }
        case 0x22: open = open == 0x22 ? nil : (open == nil ? 0x22 : open)
        default: break
        }
    }
}
