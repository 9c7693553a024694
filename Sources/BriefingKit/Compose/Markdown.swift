/// Writing untrusted text into Markdown so that it stays text: every
/// character that could start markup is backslash-escaped (CommonMark allows
/// escaping any ASCII punctuation), and link targets are our own paths only.
public enum Markdown {
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "&", "!", "$"]

    public static func escape(_ text: String) -> String {
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
