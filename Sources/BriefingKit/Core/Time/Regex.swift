import Foundation

/// A thin wrapper over NSRegularExpression returning Swift ranges.
/// NSRegularExpression rather than Swift's `Regex`: on Linux it is many times
/// faster, and every sentence of every article goes through these patterns.
struct Pattern: @unchecked Sendable {
    let regex: NSRegularExpression

    init(_ pattern: String, caseInsensitive: Bool = false) {
        var options: NSRegularExpression.Options = []
        if caseInsensitive { options.insert(.caseInsensitive) }
        // The patterns are literals in this module: a bad one is a programming error.
        regex = try! NSRegularExpression(pattern: pattern, options: options)
    }

    struct Match {
        let range: Range<String.Index>
        let groups: [String?]
        func group(_ i: Int) -> String? { i < groups.count ? groups[i] : nil }
    }

    func matches(in text: String) -> [Match] {
        let ns = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: ns).compactMap { result in
            guard let range = Range(result.range, in: text) else { return nil }
            var groups: [String?] = []
            for i in 0..<result.numberOfRanges {
                let r = result.range(at: i)
                if r.location == NSNotFound { groups.append(nil); continue }
                groups.append(Range(r, in: text).map { String(text[$0]) })
            }
            return Match(range: range, groups: groups)
        }
    }

    func firstMatch(in text: String) -> Match? {
        let ns = NSRange(text.startIndex..., in: text)
        guard let result = regex.firstMatch(in: text, range: ns),
              let range = Range(result.range, in: text) else { return nil }
        var groups: [String?] = []
        for i in 0..<result.numberOfRanges {
            let r = result.range(at: i)
            groups.append(r.location == NSNotFound ? nil : Range(r, in: text).map { String(text[$0]) })
        }
        return Match(range: range, groups: groups)
    }

    func contains(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The pieces of `text` between matches.
    func split(_ text: String) -> [String] {
        var pieces: [String] = []
        var start = text.startIndex
        for m in matches(in: text) {
            pieces.append(String(text[start..<m.range.lowerBound]))
            start = m.range.upperBound
        }
        pieces.append(String(text[start...]))
        return pieces
    }
}
