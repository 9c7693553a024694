/// A run of capitalised words in a sentence that may name someone or something.
struct NameMention: Hashable, Codable {
    var words: [String]
    /// Role words written before the name ("Kremlin spokesperson").
    var role: String?
    /// Character offset of the first word in the sentence.
    var offset: Int
    /// The word right after the run, lower-cased (to see "Peskov said"); nil after punctuation.
    var nextWord: String?
    /// Written with a possessive: "Zelensky’s".
    var possessive = false

    /// Used the way a name is used — before punctuation, a verb or a
    /// function word, or as a possessive — rather than as an adjective
    /// before a noun ("European leaders").
    var standsAsName: Bool {
        if possessive { return true }
        guard let next = nextWord else { return false }
        return Lexicon.speechVerbs.contains(next) || NameMention.verbsAfterNames.contains(next)
    }

    static let verbsAfterNames: Set<String> = [
        "has", "had", "have", "is", "was", "were", "are", "will", "would", "could", "can", "did", "does",
        "may", "might", "must", "should", "who", "also", "himself", "herself", "met", "meets", "visited",
    ]

    var text: String { words.joined(separator: " ") }
}

/// Finds capitalised runs and splits off the role words in front of a name:
/// "Russian President Vladimir Putin" → role "Russian President", name "Vladimir Putin".
/// A word as written between spaces, less the punctuation around it.
struct WordPiece: Equatable {
    /// Characters before the word: quote marks, brackets, dashes.
    var leading = 0
    var core: Substring
    /// A comma, full stop, closing quote or the like right after the word.
    var trailingBreak = false
    /// An opening quote or bracket before the word.
    var quoteBreak = false
    /// Characters in the whole piece.
    var characters: Int

    /// `bytes: false` reads even ASCII by Characters (for tests).
    init(_ raw: Substring, bytes readAsBytes: Bool = true) {
        // Most words are printable ASCII, where a byte is a Character and a
        // letter is a-z or A-Z: read them as bytes, not through grapheme
        // breaking and Unicode properties.
        if readAsBytes, let piece = Self.printableASCII(raw) {
            self = piece
            return
        }
        let leadingText = raw.prefix { !$0.isLetter && !$0.isNumber }
        leading = leadingText.count
        var core = raw.dropFirst(leading)
        while let last = core.last, !last.isLetter && !last.isNumber {
            if ",;:.!?)”\"—–".contains(last) { trailingBreak = true }
            core = core.dropLast()   // a possessive ’ or ' goes too, or a closing quote
        }
        self.core = core
        quoteBreak = leadingText.contains { "“‘\"(".contains($0) }
        characters = Words.characterCount(raw)
    }
}

extension WordPiece {
    private init(leading: Int, core: Substring, trailingBreak: Bool, quoteBreak: Bool, characters: Int) {
        self.leading = leading
        self.core = core
        self.trailingBreak = trailingBreak
        self.quoteBreak = quoteBreak
        self.characters = characters
    }

    /// The piece read byte by byte, when every byte is printable ASCII:
    /// offsets into the contiguous bytes, not steps of a UTF-8 view's index.
    private static func printableASCII(_ raw: Substring) -> WordPiece? {
        raw.utf8.withContiguousStorageIfAvailable { bytes -> WordPiece? in
            guard let (start, end, quoteBreak, trailingBreak) = asciiBounds(bytes) else { return nil }
            let utf8 = raw.utf8
            let core = raw[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
            return WordPiece(leading: start, core: core, trailingBreak: trailingBreak, quoteBreak: quoteBreak, characters: bytes.count)
        } ?? nil
    }

    /// Where the word of a piece starts and ends when every byte is
    /// printable ASCII, and which punctuation stands around it; nil otherwise.
    fileprivate static func asciiBounds(_ bytes: UnsafeBufferPointer<UInt8>) -> (start: Int, end: Int, quoteBreak: Bool, trailingBreak: Bool)? {
        guard bytes.allSatisfy({ $0 &- 0x21 < 0x5E }) else { return nil }   // 0x21...0x7E
        func isWordByte(_ b: UInt8) -> Bool { b &- 0x30 < 10 || b &- 0x41 < 26 || b &- 0x61 < 26 }
        var start = 0, end = bytes.count, quoteBreak = false, trailingBreak = false
        while start != end, !isWordByte(bytes[start]) {
            if bytes[start] == UInt8(ascii: "\"") || bytes[start] == UInt8(ascii: "(") { quoteBreak = true }
            start += 1
        }
        while end != start, !isWordByte(bytes[end - 1]) {
            switch bytes[end - 1] {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "!"),
                 UInt8(ascii: "?"), UInt8(ascii: ")"), UInt8(ascii: "\""): trailingBreak = true
            default: break
            }
            end -= 1
        }
        return (start, end, quoteBreak, trailingBreak)
    }
}

extension WordPiece {
    /// What name finding reads of one piece of a sentence between spaces.
    struct Read {
        var leading: Int
        /// The core, less a possessive ending.
        var word: String
        /// `word.lowercased()`.
        var lower: String
        var trailingBreak: Bool
        var quoteBreak: Bool
        var characters: Int
        /// The core ended in "’s" or "'s", taken off `word`.
        var possessive: Bool
    }

    /// The pieces of a sentence between single spaces, each read as
    /// `WordPiece` reads it, then less its possessive ending
    /// (`Words.withoutPossessive`). A piece of printable ASCII, as most are,
    /// is read on the sentence's bytes, and only its word made as a string:
    /// no Substring per piece, each of which retained and released the
    /// sentence's storage. An iterator, not a closure, so that name
    /// finding's loop captures none of its variables (a closure that did
    /// made each access to them a checked one).
    struct Pieces {
        private let sentence: String
        private let bytes: UnsafeBufferPointer<UInt8>
        private var start = 0

        /// `bytes` are the sentence's UTF-8, valid while this is used.
        init(_ sentence: String, bytes: UnsafeBufferPointer<UInt8>) {
            self.sentence = sentence
            self.bytes = bytes
        }

        mutating func next() -> Read? {
            guard start <= bytes.count else { return nil }
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: " ") { end += 1 }
            defer { start = end + 1 }
            if let read = printableASCII(UnsafeBufferPointer(rebasing: bytes[start..<end])) { return read }
            let utf8 = sentence.utf8
            let piece = WordPiece(sentence[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
            let withoutPossessive = Words.withoutPossessive(piece.core)
            let word = withoutPossessive ?? String(piece.core)
            return Read(leading: piece.leading, word: word, lower: word.lowercased(), trailingBreak: piece.trailingBreak,
                        quoteBreak: piece.quoteBreak, characters: piece.characters, possessive: withoutPossessive != nil)
        }
    }

    /// `printableASCII` on bytes, with the possessive taken off.
    private static func printableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Read? {
        guard let (start, end, quoteBreak, trailingBreak) = asciiBounds(bytes) else { return nil }
        let core = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let cut = core.last == UInt8(ascii: "s") ? Words.possessiveLength(core) : 0
        let wordBytes = UnsafeBufferPointer(rebasing: core[..<(core.count - cut)])
        let word = String(decoding: wordBytes, as: UTF8.self)
        // ASCII: lower-cased byte by byte, and only when a letter is upper-case.
        let lower = wordBytes.contains(where: { $0 &- 65 < 26 }) ? Words.lowercased(wordBytes) : word
        return Read(leading: start, word: word, lower: lower,
                    trailingBreak: trailingBreak, quoteBreak: quoteBreak, characters: bytes.count, possessive: cut != 0)
    }
}

enum NameMentionFinder {
    private static let connectors: Set<String> = ["of", "the", "de", "van", "von", "bin", "al", "da", "del", "der", "for"]

    static func mentions(in sentence: String) -> [NameMention] {
        var text = sentence
        return text.withUTF8 { mentions(in: sentence, bytes: $0) }
    }

    /// `bytes` are the sentence's UTF-8.
    private static func mentions(in sentence: String, bytes: UnsafeBufferPointer<UInt8>) -> [NameMention] {
        var results: [NameMention] = []
        // Each word with its lower-cased form, made once (`WordPiece.Read.lower`).
        var run: [(word: String, lower: String, offset: Int)] = []
        var lowerRole: [String] = []   // lower-case role words just before the run
        var recentLower: [(word: String, lower: String)] = []
        var recentCaps: [String] = []
        var pendingRole: [String] = []   // "Russian President," + name after the comma
        var lastPossessive = false
        func flush(next: String?) {
            defer { run.removeAll() }
            while let last = run.last, connectors.contains(last.lower) { run.removeLast() }
            while let first = run.first, Lexicon.notNames.contains(first.lower) { run.removeFirst() }
            guard !run.isEmpty else { return }
            var words = run.map(\.word), lowers = run.map(\.lower)
            var roleWords = lowerRole.isEmpty ? pendingRole : lowerRole
            pendingRole = []
            if let last = lowers.last, Lexicon.roleHeads.contains(last) {
                pendingRole = roleWords + words   // a role with no name yet: the name may follow a comma
                return
            }
            // Split off leading role words inside the run.
            if let lastRole = lowers.lastIndex(where: Lexicon.roleHeads.contains), lastRole < words.count - 1 {
                roleWords += Array(words[...lastRole])
                words = Array(words[(lastRole + 1)...])
                lowers = Array(lowers[(lastRole + 1)...])
                // "Secretary of State Marco Rubio": the office goes on past "of";
                // the name is the last two words.
                if let first = lowers.first, connectors.contains(first), words.count > 2 {
                    roleWords += Array(words[..<(words.count - 2)])
                    words = Array(words.suffix(2))
                    lowers = Array(lowers.suffix(2))
                }
            }
            let offset = run[run.count - words.count].offset
            // "Sen. Lisa Murkowski of Alaska": where a person is from is not their name.
            // (Lower-casing maps each scalar alone, so the words' lower-cased forms join into the joined words' one.)
            if let of = lowers.firstIndex(of: "of"), of >= 2, of < words.count - 1,
               Lexicon.places.contains(lowers[(of + 1)...].joined(separator: " ")) || (!roleWords.isEmpty && words.count - of <= 3) {
                words = Array(words[..<of])
            }
            let role = roleWords.isEmpty ? nil : roleWords.joined(separator: " ")
            results.append(NameMention(words: words, role: role, offset: offset, nextWord: next, possessive: lastPossessive))
        }
        var offset = 0
        var pieces = WordPiece.Pieces(sentence, bytes: bytes)
        while let piece = pieces.next() {
            defer { offset += piece.characters + 1 }
            var trailingBreak = piece.trailingBreak
            let word = piece.word, lower = piece.lower
            lastPossessive = piece.possessive
            if piece.possessive { trailingBreak = true }  // "Putin’s Russia" is two names
            if piece.quoteBreak, !run.isEmpty { flush(next: nil); lowerRole = [] }
            guard !word.isEmpty else { continue }
            let capitalised = Words.isCapitalized(word)
            if !capitalised && run.isEmpty { pendingRole = [] }
            if capitalised || (!run.isEmpty && connectors.contains(lower)) {
                if run.isEmpty {
                    let role = recentLower.reversed().prefix { Lexicon.roles.contains($0.lower) || $0.word.first!.isUppercase }.reversed()
                    if role.allSatisfy({ !Lexicon.roleHeads.contains($0.lower) }) {
                        lowerRole = []
                    } else {
                        lowerRole = role.map(\.word)
                        // "Kremlin spokesperson": keep a capitalised word written just before a role word.
                        if lowerRole.count == recentLower.count { lowerRole = recentCaps + lowerRole }
                        if lowerRole.first.map({ Lexicon.notNames.contains($0.lowercased()) }) ?? false { lowerRole.removeFirst() }
                    }
                }
                run.append((word, lower, offset + piece.leading))
                if trailingBreak { flush(next: nil); lowerRole = []; recentLower = []; recentCaps = [] }
            } else {
                if !run.isEmpty {
                    recentCaps = run.map(\.word)
                    flush(next: lower)
                    lowerRole = []
                    recentLower = []
                }
                recentLower.append((word, lower))
                if recentLower.count > 3 { recentLower.removeFirst() }
                if trailingBreak { recentLower = []; recentCaps = [] }
            }
        }
        if !run.isEmpty { flush(next: nil) }
        guard !results.isEmpty else { return results }
        // Without CR, an ASCII sentence's Characters are its bytes.
        let bytewise = bytes.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") }
        return results.map { withAppositiveRole($0, in: sentence, bytewise: bytewise) }
    }

    /// "Kirill Dmitriev, a special envoy for Putin," gives Dmitriev a role too.
    /// `bytewise`: each Character of the sentence is one byte, so the
    /// mention's offset is counted in bytes, with no walk over Characters.
    private static func withAppositiveRole(_ m: NameMention, in sentence: String, bytewise: Bool) -> NameMention {
        guard m.role == nil, m.words.count >= 2, m.nextWord == nil else { return m }
        let rest: Substring
        if bytewise {
            let utf8 = sentence.utf8
            rest = sentence[utf8.index(utf8.startIndex, offsetBy: min(m.offset + m.text.utf8.count, utf8.count))...]
        } else {
            let start = sentence.index(sentence.startIndex, offsetBy: m.offset, limitedBy: sentence.endIndex) ?? sentence.endIndex
            rest = sentence[start...].dropFirst(m.text.count)
        }
        guard rest.hasPrefix(", ") else { return m }
        let phrase = rest.dropFirst(2).prefix { !",;:.()“”\"—–".contains($0) }
        var words = phrase.split(separator: " ").map(String.init)
        guard words.count <= 8, let head = words.lastIndex(where: { Lexicon.roleHeads.contains($0.lowercased()) }) else { return m }
        words = Array(words[...head])
        if let first = words.first, ["a", "an", "the"].contains(first.lowercased()) { words.removeFirst() }
        var result = m
        result.role = words.joined(separator: " ")
        return result
    }
}
