import Foundation

/// Diacritics folded away ("Orbán" → "Orban"), as Foundation's
/// `applyingTransform(.stripDiacritics)` does through ICU: decompose (NFD),
/// drop the nonspacing marks, compose again (NFC). By hand because the
/// transform builds ICU's whole transliterator registry on first use, some
/// 20 ms of every build, for what these three steps do.
enum Diacritics {
    static func stripped(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }   // ASCII has nothing to fold
        var kept = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            kept.append(scalar)
        }
        return String(kept).precomposedStringWithCanonicalMapping
    }
}
