import Foundation

/// File-name-safe slugs: ASCII letters, digits and dashes only, so no slug
/// can name a path outside the output folder.
public enum Slug {
    public static func make(_ text: String, maxLength: Int = 60) -> String {
        // Fold diacritics ("Orbán" → "orban") before dropping non-ASCII.
        // Neither ASCII nor the curly quotes and dashes of most headlines
        // (General Punctuation) have anything to fold.
        let nothingToFold = text.unicodeScalars.allSatisfy { $0.isASCII || (0x2000...0x206F).contains($0.value) }
        var slug = nothingToFold ? bytePath(text) : scalarPath(Diacritics.stripped(text))
        if slug.utf8.count > maxLength {   // ASCII: bytes are characters
            let cut = slug.prefix(maxLength)
            slug = cut.contains("-") ? String(cut[..<cut.lastIndex(of: "-")!]) : String(cut)
        }
        return slug.isEmpty ? "untitled" : slug
    }

    /// Letters and digits, lower-cased, runs of anything else made one dash;
    /// apostrophes are dropped ("Trump’s" → "trumps").
    static func scalarPath(_ text: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            let isAlnum = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            if isAlnum {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingDash = false
            } else if scalar != "’" && scalar != "'" {
                pendingDash = true
            }
        }
        return slug
    }

    /// `scalarPath` for text of ASCII and General Punctuation only, on its
    /// bytes: through Unicode scalars and String appends, the slugs of ten
    /// thousand headlines took 70–85 ms of a rebuild. Every General Punctuation character is three
    /// bytes, E2 80–81 xx; of them only ’ (E2 80 99) is dropped rather than
    /// made a dash.
    static func bytePath(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingDash = false
        var skip = 0
        let utf8 = Array(text.utf8)
        for (i, byte) in utf8.enumerated() {
            if skip > 0 { skip -= 1; continue }
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                out.append(byte | 0x20)   // the lower-case bit; digits have it already
                pendingDash = false
            case UInt8(ascii: "'"):
                break
            case 0x80...:
                skip = 2
                let isApostrophe = i + 2 < utf8.count && byte == 0xE2 && utf8[i + 1] == 0x80 && utf8[i + 2] == 0x99
                if !isApostrophe { pendingDash = true }
            default:
                pendingDash = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Slugs for `texts`, made unique with -2, -3 … in the given order.
    public static func unique(_ texts: [String]) -> [String] {
        var used: Set<String> = []
        // The next number to try for each base: the numbers below it are
        // taken, so the thousandth copy of a title does not try 999 first.
        var next: [String: Int] = [:]
        return texts.map { text in
            let base = make(text)
            var candidate = base
            var n = next[base] ?? 1
            if n > 1 { candidate = "\(base)-\(n)" }
            while used.contains(candidate) { n += 1; candidate = "\(base)-\(n)" }
            next[base] = n
            used.insert(candidate)
            return candidate
        }
    }
}
