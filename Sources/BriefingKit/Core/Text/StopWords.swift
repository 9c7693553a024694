/// English function words. A line made of them reads as a sentence; a line
/// without any reads as a menu, a name or a label.
public enum StopWords {
    static let all: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
        "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
        "can", "could", "did", "do", "does", "doing", "down", "during", "each", "even", "few", "for",
        "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
        "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just",
        "may", "me", "might", "more", "most", "must", "my", "no", "nor", "not", "now", "of", "off", "on",
        "once", "only", "or", "other", "our", "ours", "out", "over", "own", "said", "same", "says", "she",
        "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there",
        "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "upon", "us",
        "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why",
        "will", "with", "would", "you", "your", "yours", "amid", "among", "across", "since", "without",
        "within", "yet", "still", "already", "whether", "per", "via", "s", "t", "who’s", "it’s",
    ]
    public static func contains(_ word: String) -> Bool { all.contains(word) }

    /// Whether `token`, in any case, is a stop word: looked up by its
    /// lower-cased bytes packed into one number (`Words.packedLowercase`),
    /// so no string is made for it. Every stop word is at most eight bytes.
    static func contains(token: Substring) -> Bool {
        guard let packed = Words.packedLowercase(token) else { return false }
        return packedWords.contains(packed)
    }
    /// `contains(token:)` for a word of ASCII bytes.
    static func contains(asciiToken bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= 8 else { return false }
        var packed: UInt64 = 0, shift: UInt64 = 0
        for byte in bytes {
            packed |= UInt64(byte &- 65 < 26 ? byte | 0x20 : byte) << shift
            shift += 8
        }
        return packedWords.contains(packed)
    }
    static let packedWords = Set(all.map { Words.packedLowercase(Substring($0))! })
}
