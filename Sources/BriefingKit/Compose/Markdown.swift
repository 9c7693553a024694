/// Writing untrusted text into Markdown so that it stays text: every
/// character that could start markup is backslash-escaped (CommonMark allows
/// escaping any ASCII punctuation), and link targets are our own paths only.
public enum Markdown {
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "&", "!", "$"]
    /// The same characters as bytes, and the line break.
    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "&"),
             UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "\n"): return true
        default: return false
        }
    }

    public static func escape(_ text: String) -> String {
        // Most text has nothing to escape: no special character (all ASCII),
        // no line break, and a first character that cannot start a list.
        if let first = text.utf8.first, first < 0x80, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first),
           !"-+=".utf8.contains(first), !text.utf8.contains(where: isSpecial) {
            return text
        }
        var out = ""
        out.reserveCapacity(text.count + 8)
        for (i, c) in text.enumerated() {
            if special.contains(c) || (i == 0 && (c == "-" || c == "+" || c == "=")) { out.append("\\") }
            out.append(c == "\n" ? " " : c)
        }
        // "1. " at the start would become a list.
        if let dot = out.firstIndex(where: { !$0.isNumber }), dot != out.startIndex,
           out[dot] == "." || out[dot] == ")" {
            out.insert("\\", at: dot)
        }
        return out
    }

    /// A link whose label is escaped text and whose target is a site path we built.
    public static func link(_ label: String, to target: String) -> String {
        "[\(escape(label))](\(target))"
    }
}
