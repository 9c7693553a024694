import Foundation

/// The ASCII characters in Unicode's punctuation categories (P*).
private let asciiPunctuation = Set("!\"#%&'()*,-./:;?@[\\]_{}".utf8)

extension StringProtocol {
    /// Without leading and trailing spaces and tabs. Text is normalised
    /// first (every white space becomes a plain space), so this is all the
    /// trimming hot paths need — without Foundation's bridge to NSString.
    var trimmingSpaces: String { trimmingScalars { $0 == " " || $0 == "\t" } }

    /// Without leading and trailing line breaks: Foundation's
    /// `CharacterSet.newlines` (U+000A–U+000D, U+0085, U+2028, U+2029).
    var trimmingNewlines: String {
        trimmingScalars { (0x0A...0x0D).contains($0.value) || $0.value == 0x85 || $0.value == 0x2028 || $0.value == 0x2029 }
    }

    /// Without leading and trailing white space as Foundation's
    /// `CharacterSet.whitespaces` has it (space, tab, the Unicode spaces
    /// and U+200B), with no bridge to NSString: for lines and clauses that
    /// ingest and quote finding trim by the thousand.
    var trimmingWhitespace: String {
        trimmingScalars { scalar in
            switch scalar.value {
            case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
            default: false
            }
        }
    }

    /// Without leading and trailing punctuation as Foundation's
    /// `CharacterSet.punctuationCharacters` has it: ASCII by a table, any
    /// other scalar by the set itself, so the two agree everywhere.
    var trimmingPunctuation: String {
        trimmingScalars { scalar in
            if scalar.isASCII { return asciiPunctuation.contains(UInt8(scalar.value)) }
            return CharacterSet.punctuationCharacters.contains(scalar)
        }
    }

    private func trimmingScalars(_ trimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !trimmed($0) }),
              let last = scalars.lastIndex(where: { !trimmed($0) }) else { return "" }
        // Scalar boundaries are valid bounds for a slice: copied in one piece.
        return String(self[first..<scalars.index(after: last)])
    }
}
