/// A fragment of every phrase `TemporalResolver.futureCue` matches: a text
/// that holds none of them, in any ASCII case, holds no cue. Fragments, not
/// the phrases: "plan" covers "planned", "plan to" and "plans to", "take"
/// both "take place" and "takes place".
enum FutureCueWords {
    static let fragments = ["will", "shall", "schedul", "plan", "expected to", "set to", "due", "to be held",
                            "upcoming", "ahead of", "next", "take", "is to", "are to", "begins", "starts", "opens"]

    /// The fragments by their first byte, lower-cased.
    private static let byFirstByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 128)
        for fragment in fragments { table[Int(fragment.utf8.first!)].append(Array(fragment.utf8)) }
        return table
    }()

    /// False when `text` holds no fragment in any ASCII case and nothing
    /// outside ASCII that case-folds to other characters: then it holds no
    /// cue. True otherwise, when only the expression can tell.
    /// One pass over the bytes, trying only the fragments that start with
    /// each byte (`containsIgnoringASCIICase` would pass once per fragment).
    static func mayHoldCue(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for i in bytes.indices {
                let byte = bytes[i]
                if byte >= 0x80 {
                    // A scalar that case-folds to itself (’, “, é, –) matches no
                    // letter of the cue, so it only stands between words; one
                    // that folds to something else ("ſ" to "s", "ﬆ" to "st")
                    // might, and leaves the answer to the expression.
                    if byte >= 0xC0, Words.scalar(in: bytes, at: i).scalar.properties.changesWhenCaseFolded { return true }
                    continue
                }
                for fragment in byFirstByte[Int(lower(byte))] where fragment.count <= bytes.count - i {
                    var j = 1
                    while j < fragment.count, lower(bytes[i + j]) == fragment[j] { j += 1 }
                    if j == fragment.count { return true }
                }
            }
            return false
        }
    }

    @inline(__always) private static func lower(_ byte: UInt8) -> UInt8 { byte &- 65 < 26 ? byte | 0x20 : byte }
}
