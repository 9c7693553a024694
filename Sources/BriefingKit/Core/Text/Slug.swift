import Foundation

/// File-name-safe slugs: ASCII letters, digits and dashes only, so no slug
/// can name a path outside the output folder.
public enum Slug {
    public static func make(_ text: String, maxLength: Int = 60) -> String {
        // Fold diacritics ("Orbán" → "orban") before dropping non-ASCII.
        // ICU's transform is slow, and neither ASCII nor the curly quotes and
        // dashes of most headlines (General Punctuation) have anything to fold.
        let nothingToFold = text.unicodeScalars.allSatisfy { $0.isASCII || (0x2000...0x206F).contains($0.value) }
        let folded = nothingToFold ? text : text.applyingTransform(.stripDiacritics, reverse: false) ?? text
        var slug = ""
        var pendingDash = false
        for scalar in folded.lowercased().unicodeScalars {
            let isAlnum = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            if isAlnum {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingDash = false
            } else if scalar != "’" && scalar != "'" {
                pendingDash = true
            }
        }
        if slug.utf8.count > maxLength {   // ASCII: bytes are characters
            let cut = slug.prefix(maxLength)
            slug = cut.contains("-") ? String(cut[..<cut.lastIndex(of: "-")!]) : String(cut)
        }
        return slug.isEmpty ? "untitled" : slug
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
