import Foundation

// Searching and splitting text on ASCII bytes, for hot paths where
// Foundation's bridge to NSString or Swift's grapheme breaking cost more
// than the work itself.

extension String {
    /// Whether the text holds `needle` byte for byte — no Unicode
    /// equivalence, no bridge to NSString, whose search took a tenth of
    /// ingest's byline checks. For ASCII needles on hot paths.
    func containsBytes(_ needle: StaticString) -> Bool {
        var text = self
        return text.withUTF8 { haystack in
            needle.withUTF8Buffer { needle in
                guard !needle.isEmpty else { return true }
                guard haystack.count >= needle.count else { return false }
                let first = needle[0]
                for start in 0...(haystack.count - needle.count) where haystack[start] == first {
                    if memcmp(haystack.baseAddress! + start, needle.baseAddress!, needle.count) == 0 { return true }
                }
                return false
            }
        }
    }

    /// As `containsBytes`, with ASCII letters matched in either case: the
    /// needle is lower-case ASCII. For the phrases a line is tested for on
    /// every line of every page, where a case-insensitive regular expression
    /// cost a bridge to NSString per line.
    func containsIgnoringASCIICase(_ needle: StaticString) -> Bool {
        var text = self
        return text.withUTF8 { haystack in
            needle.withUTF8Buffer { needle in
                guard !needle.isEmpty else { return true }
                guard haystack.count >= needle.count else { return false }
                // The first byte in either case, checked before the rest is compared.
                let first = needle[0], firstUpper = first &- 97 < 26 ? first & ~0x20 : first
                for start in 0...(haystack.count - needle.count) where haystack[start] == first || haystack[start] == firstUpper {
                    var k = 1
                    while k < needle.count, haystack[start + k] &- 65 < 26 ? haystack[start + k] | 0x20 == needle[k] : haystack[start + k] == needle[k] {
                        k += 1
                    }
                    if k == needle.count { return true }
                }
                return false
            }
        }
    }
}

extension String {
    /// The pieces between `separator` bytes (an ASCII character), empty
    /// pieces kept. Like `split(separator:omittingEmptySubsequences: false)`
    /// but without grapheme breaking, which made splitting every sentence
    /// into words a tenth of name finding. The two differ only where a
    /// combining mark follows the separator (then a Character holds both);
    /// here the mark starts the next piece.
    func split(byte separator: UInt8) -> [Substring] {
        var pieces: [Substring] = []
        var start = startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let next = utf8.index(after: index)
            if utf8[index] == separator {
                pieces.append(self[start..<index])
                start = next
            }
            index = next
        }
        pieces.append(self[start...])
        return pieces
    }
}
