import Foundation

/// Reads author lines: "By Jane Doe", "By: Jane Doe", "By Jane Doe and John
/// Roe", "By Jane Doe, Reuters", "Jane Doe | Staff Writer", "Story by …".
enum Byline {
    private static let prefixed = Pattern(
        "^(?:by|story by|written by|words by|reporting by|reported by|text by|authors?)\\s*:?\\s+(.+)$", caseInsensitive: true)
    /// "Live team", "Guardian staff", "agencies": a desk rather than a person.
    private static let groupWords: Set<String> = ["team", "staff", "desk", "agencies", "reporters", "correspondents", "newsroom"]
    private static let roleSuffix = Pattern(
        "^(.+?)\\s*(?:[|,–—-]|\\bis an?\\b)\\s*((?:senior |chief |special |contributing |political |foreign |staff |deputy |associate )*(?:staff writer|writer|reporter|correspondent|editor|columnist|contributor|journalist|bureau chief|analyst))\\b.*$",
        caseInsensitive: true)
    private static let roleWords: Set<String> = [
        "staff", "writer", "reporter", "correspondent", "editor", "columnist", "contributor",
        "journalist", "senior", "chief", "special", "contributing", "political", "foreign", "bureau",
        "in", "for", "the",
    ]

    private static let roleLine = Pattern(
        "^(?:[A-Z][\\p{L}]+\\s+){0,3}(?:senior |chief |special |contributing |political |foreign |staff |deputy |associate )*(?:staff writer|writer|reporter|correspondent|editor|columnist|contributor|journalist|bureau chief|analyst)s?$",
        caseInsensitive: true)

    /// A person's name on one line and their job on the next.
    static func nameOverRole(name: String, role: String) -> String? {
        guard roleLine.contains(role), let parsed = names(in: name), parsed.outlet == nil,
              parsed.authors.count == 1, parsed.authors[0] == name else { return nil }
        return name
    }

    /// `wordCount`, when the caller has it, is `Words.count(line)`.
    static func parse(_ line: String, wordCount: Int? = nil) -> (authors: [String], outlet: String?)? {
        guard !line.containsBytes("/"), !line.containsBytes("@"), (wordCount ?? Words.count(line)) <= 14 else { return nil }
        // Each pattern runs only on lines with the words it needs: most lines
        // are neither. Looked for on the bytes, no lower-cased copy made:
        // the words are ASCII, and none has a "k" (the Kelvin sign lower-cases to one).
        if startsWithPrefixWord(line), let m = prefixed.firstMatch(in: line) {
            return names(in: m.group(1)!)
        }
        if roleCues.contains(where: { line.containsIgnoringASCIICase($0) }), let m = roleSuffix.firstMatch(in: line),
           let people = names(in: m.group(1)!), people.outlet == nil {
            return people
        }
        return nil
    }
    /// Whether the line starts with one of `prefixWords`: the ASCII
    /// letters it starts with, lower-cased, as a word. When a letter is
    /// followed by a byte that is not ASCII (perhaps an accent on it), the
    /// word is the letters that stand as ASCII Characters, as `lowercased()`
    /// gives them. Read on the line's bytes, and a word made only when it
    /// has the length of one of `prefixWords`: every line of every page asks.
    private static func startsWithPrefixWord(_ line: String) -> Bool {
        let fast = line.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var n = 0, packed: UInt64 = 0
            while n < bytes.count, bytes[n] &- 65 < 26 || bytes[n] &- 97 < 26 {
                if n < 8 { packed |= UInt64(bytes[n] | 0x20) << (8 * UInt64(n)) }
                n += 1
            }
            // A line that starts with a character outside ASCII (a quote mark, a
            // dash) starts with no ASCII letter, even lower-cased: only the
            // Kelvin sign lower-cases into ASCII ("k"), and no prefix word has one.
            if n < bytes.count, bytes[n] >= 0x80 { return n == 0 ? false : nil }
            if n == 9 { return bytes[..<9].elementsEqual("reporting".utf8) { $0 | 0x20 == $1 } }
            return n >= 2 && n <= 8 && packedPrefixWords.contains(packed)
        }
        if let fast, let answer = fast { return answer }
        return prefixWords.contains(String(line.lowercased().prefix { $0.isASCII && $0.isLetter }))
    }
    /// `prefixWords` of up to eight letters, packed as `Words.packedLowercase` packs them; the ninth is "reporting".
    private static let packedPrefixWords = Set(prefixWords.filter { $0.utf8.count <= 8 }.map { Words.packedLowercase(Substring($0))! })

    /// The first words `prefixed` can match (of 2 to 9 letters), and a word every match of `roleSuffix` holds.
    private static let prefixWords: Set<String> = ["by", "story", "written", "words", "reporting", "reported", "text", "author", "authors"]
    private static let roleCues: [StaticString] = ["writer", "reporter", "correspondent", "editor", "columnist", "contributor", "journalist", "chief", "analyst"]

    /// Splits "Jane Doe and John Roe, Reuters" into people and an outlet.
    private static func names(in text: String) -> (authors: [String], outlet: String?)? {
        var authors: [String] = []
        var outlet: String?
        let trimmed = text.replacingOccurrences(of: " & ", with: " and ")
        let parts = trimmed.components(separatedBy: ",")
            .flatMap { $0.components(separatedBy: " and ") }
            .flatMap { $0.components(separatedBy: "|") }
            .map { $0.trimmingWhitespace }
            .filter { !$0.isEmpty }
        for var rawPart in parts {
            // "REBECCA STONE Associated Press": a name in capitals, then the agency.
            let tokens = Words.tokens(rawPart)
            let capsRun = tokens.prefix { Words.isAllCaps($0) && $0.count > 1 }.count
            if capsRun >= 2 && capsRun < tokens.count, let cut = rawPart.range(of: String(tokens[capsRun])) {
                if outlet == nil { outlet = rawPart[cut.lowerBound...].trimmingWhitespace }
                rawPart = String(rawPart[..<cut.lowerBound]).trimmingWhitespace
            }
            // "JANE DOE" is a name set in capitals: read it as "Jane Doe".
            let part = Words.isAllCaps(rawPart) && Words.tokens(rawPart).count >= 2 ? rawPart.capitalized : rawPart
            let words = Words.tokens(part)
            if let last = words.last, groupWords.contains(last.lowercased()), words.count <= 3, Words.isCapitalized(words[0]) {
                authors.append(part)
                continue
            }
            if words.allSatisfy({ roleWords.contains($0.lowercased()) }) { continue }
            guard words.allSatisfy({ Words.isCapitalized($0) || ["de", "van", "von", "bin", "al", "da", "del", "der", "le", "la"].contains($0.lowercased()) }) else {
                return nil
            }
            if words.count >= 2 && words.count <= 4 && !Words.isAllCaps(part) {
                authors.append(part)
            } else if words.count >= 1 && outlet == nil && !authors.isEmpty {
                outlet = part
            } else {
                return nil
            }
        }
        return authors.isEmpty ? nil : (authors, outlet)
    }
}
