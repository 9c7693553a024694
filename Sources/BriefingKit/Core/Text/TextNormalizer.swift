/// Makes pasted text uniform before anything reads it: one kind of line
/// break, no byte-order mark, no invisible characters, single spaces.
public enum TextNormalizer {
    public static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasSpace = false
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var previousCR = false
        for s in scalars {
            switch s {
            case "\r":
                out.append("\n"); lastWasSpace = false; previousCR = true; continue
            case "\n":
                if !previousCR { out.append("\n") }
                lastWasSpace = false
            case "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}":
                break  // zero-width characters and soft hyphens carry nothing
            case " ", "\t", "\u{00A0}", "\u{2002}", "\u{2003}", "\u{2009}", "\u{202F}", "\u{3000}":
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            default:
                if s.value < 0x20 || (0x7F...0x9F).contains(s.value) { break }  // other control characters
                out.append(s); lastWasSpace = false
            }
            previousCR = false
        }
        return String(out)
    }

    /// Lines with surrounding spaces removed, keeping empty lines (they separate paragraphs).
    public static func lines(_ text: String) -> [String] {
        text.split(byte: UInt8(ascii: "\n")).map { $0.trimmingSpaces }
    }
}
