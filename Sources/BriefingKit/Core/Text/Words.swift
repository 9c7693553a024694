/// Word-level helpers shared by every stage.
public enum Words {
    /// Letters, digits and in-word apostrophes/hyphens; everything else separates words.
    /// Walks Unicode scalars, not Characters: grapheme breaking made this the
    /// hottest function of a build (see docs/ARCHITECTURE.md).
    public static func tokens(_ text: some StringProtocol) -> [Substring] {
        // Walks the UTF-8 bytes, decoding a scalar only where a byte is not
        // ASCII: the scalar view's index steps were most of the cost, and
        // every summary, digest and thread match splits text into words.
        var s = Substring(text)
        let spans: [Range<Int>] = s.withUTF8 { bytes in
            var spans: [Range<Int>] = []
            forEachWord(in: bytes) { spans.append($0) }
            return spans
        }
        let utf8 = s.utf8, base = utf8.startIndex
        return spans.map { span in
            s[utf8.index(base, offsetBy: span.lowerBound)..<utf8.index(base, offsetBy: span.upperBound)]
        }
    }

    /// Each word of `text`, as `tokens` finds them, handed over as its bytes:
    /// no Substring made, so none retains the text, for the passes that only
    /// hash the words (thread matching, content keys, copy shingles).
    static func forEachToken(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            forEachWord(in: bytes) { span in body(UnsafeBufferPointer(rebasing: bytes[span])) }
        }
    }

    /// A word's bytes as a lower-cased string: ASCII lower-cased byte by
    /// byte into the new string, anything else by `lowercased()`.
    static func lowercased(_ word: UnsafeBufferPointer<UInt8>) -> String {
        guard word.allSatisfy({ $0 < 0x80 }) else { return String(decoding: word, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: word.count) { buffer in
            for (i, byte) in word.enumerated() { buffer[i] = byte &- 65 < 26 ? byte | 0x20 : byte }
            return word.count
        }
    }

    /// `tokens(text).count`, with no list made: bylines, menus and links are
    /// told apart by how many words a line has, on every line of every page.
    public static func count(_ text: some StringProtocol) -> Int {
        var s = Substring(text), count = 0
        s.withUTF8 { bytes in forEachWord(in: bytes) { _ in count += 1 } }
        return count
    }

    /// Each word's span of bytes in `bytes`, in order.
    @inline(__always) private static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        var start: Int?
        var i = 0
        while i < bytes.count {
            let (c, next) = scalar(in: bytes, at: i)
            var inWord = isWordScalar(c)
            if !inWord, start != nil, c == "'" || c == "’" || c == "-" || c == "‐",
               next < bytes.count, isWordScalar(scalar(in: bytes, at: next).scalar) {
                inWord = true  // "Trump’s", "son-in-law"
            }
            if inWord {
                if start == nil { start = i }
            } else if let st = start {
                body(st..<i); start = nil
            }
            i = next
        }
        if let st = start { body(st..<bytes.count) }
    }

    /// The scalar whose UTF-8 starts at `i`, and where the next one starts;
    /// the bytes are a Swift string's, so valid UTF-8.
    @inline(__always) static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, next: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), i + 1) }
        let length = b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
        var value = b0 & (0xFF >> UInt32(length + 1))
        for k in 1..<length { value = value << 6 | (UInt32(bytes[i + k]) & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", i + length)
    }

    @inline(__always) static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            let v = c.value
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        let p = c.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    /// `word` lower-cased, its UTF-8 bytes packed into one number, the
    /// first byte lowest; nil when that is longer than eight bytes. An ASCII
    /// word is lower-cased byte by byte, with no string made; any other
    /// through `lowercased()`, whose rules (the Kelvin sign is a "k") it
    /// keeps. Words hold no NUL byte, so no two pack alike.
    static func packedLowercase(_ word: Substring) -> UInt64? {
        var packed: UInt64 = 0, shift: UInt64 = 0
        for byte in word.utf8 {
            guard byte < 0x80 else { return pack(String(word).lowercased()) }
            // Eight ASCII bytes and more: lower-cased, the word is at least as long.
            guard shift < 64 else { return nil }
            packed |= UInt64(byte &- 65 < 26 ? byte | 0x20 : byte) << shift
            shift += 8
        }
        return packed
    }

    private static func pack(_ lowered: String) -> UInt64? {
        guard lowered.utf8.count <= 8 else { return nil }
        var packed: UInt64 = 0, shift: UInt64 = 0
        for byte in lowered.utf8 {
            packed |= UInt64(byte) << shift
            shift += 8
        }
        return packed
    }

    /// Lower-cased content words (no stop words, no possessive 's), for similarity.
    public static func contentKeys(_ text: some StringProtocol) -> Set<String> {
        var keys: Set<String> = []
        for token in tokens(text) {
            var w = token.lowercased()
            if let stripped = withoutPossessive(Substring(w)) { w = stripped }
            guard characterCount(w) >= 3, !StopWords.contains(w), !TemporalWords.contains(w) else { continue }
            keys.insert(stem(w))
        }
        return keys
    }

    /// `WordHash.sortedHashes(of: contentKeys(text))`, with no string made
    /// for an ASCII word: lower-cased, its possessive taken off, looked up
    /// and stemmed as bytes in one buffer. Digests and summaries key every
    /// event and candidate sentence this way.
    static func contentKeyHashes(_ text: String) -> [UInt64] {
        var hashes: [UInt64] = []
        var word: [UInt8] = []
        word.reserveCapacity(32)
        forEachToken(in: text) { token in
            word.removeAll(keepingCapacity: true)
            var ascii = true
            for byte in token {
                if byte >= 0x80 { ascii = false; break }
                word.append(byte &- 65 < 26 ? byte | 0x20 : byte)
            }
            guard ascii else {   // by the rules on strings
                var w = String(decoding: token, as: UTF8.self).lowercased()
                if let stripped = withoutPossessive(Substring(w)) { w = stripped }
                guard characterCount(w) >= 3, !StopWords.contains(w), !TemporalWords.contains(w) else { return }
                var hash = WordHash()
                hash.add(stem(w))
                hashes.append(hash.value)
                return
            }
            word.removeLast(word.withUnsafeBufferPointer(possessiveLength))
            guard word.count >= 3 else { return }
            let hash: UInt64? = word.withUnsafeBytes { bytes in
                if bytes.count <= 8, StopWords.packedWords.contains(pack(bytes)) { return nil }
                if TemporalWords.contains(bytes) { return nil }
                var hash = WordHash()
                hash.add(UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.count - stemmedSuffixLength(bytes))]))
                return hash.value
            }
            if let hash { hashes.append(hash) }
        }
        WordHash.sortDistinct(&hashes)
        return hashes
    }

    /// At most eight bytes, packed as `packedLowercase` packs a word.
    static func pack(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var packed: UInt64 = 0
        for (i, byte) in bytes.enumerated() { packed |= UInt64(byte) << (8 * UInt64(i)) }
        return packed
    }

    /// How many bytes `stem` takes off the lower-case ASCII word `bytes`.
    private static func stemmedSuffixLength(_ bytes: UnsafeRawBufferPointer) -> Int {
        guard let last = bytes.last, last == UInt8(ascii: "s") || last == UInt8(ascii: "g") || last == UInt8(ascii: "d") else { return 0 }
        for suffix in stemSuffixes where bytes.count > suffix.count + 3 && bytes.suffix(suffix.count).elementsEqual(suffix) {
            return suffix.count
        }
        return 0
    }
    private static let stemSuffixes: [[UInt8]] = ["ings", "ing", "ies", "ed", "es", "s"].map { Array($0.utf8) }

    /// "leader’s" → "leader"; nil when the word ends in neither ’s nor 's.
    static func withoutPossessive(_ w: Substring) -> String? {
        guard w.utf8.last == UInt8(ascii: "s") else { return nil }
        // On the contiguous bytes: stepping a UTF-8 view's index back was
        // most of this check, made for every word name finding reads.
        var w = w
        return w.withUTF8 { b in
            let cut = possessiveLength(b)
            return cut == 0 ? nil : String(decoding: UnsafeBufferPointer(rebasing: b[..<(b.count - cut)]), as: UTF8.self)
        }
    }

    /// How many bytes end a word's possessive: 2 for 's, 4 for ’s, else 0.
    static func possessiveLength(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        let n = b.count
        guard n >= 2, b[n - 1] == UInt8(ascii: "s") else { return 0 }
        if b[n - 2] == UInt8(ascii: "'") { return 2 }
        if n >= 4 && b[n - 4] == 0xE2 && b[n - 3] == 0x80 && b[n - 2] == 0x99 { return 4 }   // ’
        return 0
    }

    /// A light suffix-stripping stem so "meeting", "meet" and "meets" agree.
    /// The suffixes are ASCII, so they are compared as bytes, and the word's
    /// length is counted once.
    public static func stem(_ w: String) -> String {
        let bytes = w.utf8
        guard bytes.last == UInt8(ascii: "s") || bytes.last == UInt8(ascii: "g") || bytes.last == UInt8(ascii: "d") else { return w }
        let length = characterCount(w)
        for suffix in ["ings", "ing", "ies", "ed", "es", "s"] where length > suffix.utf8.count + 3 && bytes.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) {
            return String(decoding: bytes.dropLast(suffix.utf8.count), as: UTF8.self)
        }
        return w
    }

    /// `text.count`, without walking graphemes when the text is ASCII
    /// with no CR (CR LF is one Character of two bytes).
    static func characterCount(_ text: some StringProtocol) -> Int {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") } ? text.utf8.count : text.count
    }

    /// Whether the word starts with a capital; an ASCII first byte is a
    /// capital when it is A–Z, told without making a Character.
    public static func isCapitalized(_ word: some StringProtocol) -> Bool {
        guard let byte = word.utf8.first else { return false }
        if byte < 0x80 { return byte &- 65 < 26 }
        return word.first!.isUppercase
    }

    public static func isAllCaps(_ text: some StringProtocol) -> Bool {
        // A lower-case ASCII letter settles it, without making Characters.
        if text.utf8.contains(where: { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) { return false }
        let letters = text.filter { $0.isLetter }
        return letters.count >= 2 && letters.allSatisfy { $0.isUppercase }
    }
}

/// Month, weekday and other calendar words: they say when, not what.
enum TemporalWords {
    static let all: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "yesterday", "today", "tomorrow", "tonight", "week", "month", "year",
        "morning", "evening", "night", "afternoon", "earlier", "later",
    ]
    static func contains(_ w: String) -> Bool { all.contains(w) }

    /// Whether the bytes of a lower-case word are one of `all`: looked up
    /// as two numbers, the first eight bytes and the rest (see `Words.pack`).
    static func contains(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count <= 16 else { return false }
        return packed.contains(Packed(bytes))
    }
    private struct Packed: Hashable {
        let head: UInt64, tail: UInt64
        init(_ bytes: UnsafeRawBufferPointer) {
            head = Words.pack(UnsafeRawBufferPointer(rebasing: bytes.prefix(8)))
            tail = Words.pack(UnsafeRawBufferPointer(rebasing: bytes.dropFirst(8)))
        }
    }
    private static let packed: Set<Packed> = Set(all.map { word in
        Array(word.utf8).withUnsafeBytes { Packed($0) }
    })
}
