import Foundation

/// Direct quotations and who said them. A quote is attributed only when a
/// speech verb ties it to a named person in its sentence, or to "he"/"she"
/// whose referent is the last person named before it; otherwise it is left
/// unattributed — a wrong speaker is worse than none.
enum QuoteExtractor {
    struct Span { let text: String; let start: String.Index; let end: String.Index }

    /// Quotes shorter than this are scare quotes ("board of peace"), not statements.
    static let minimumWords = 4

    static func quotes(in paragraphs: [String], index: NameResolver) -> [Quote] {
        var result: [Quote] = []
        let earlier = EarlierPerson(index: index)
        for (p, paragraph) in paragraphs.enumerated() {
            let spans = self.spans(in: paragraph)
            var lastSpeaker: (name: String, end: String.Index)?
            for span in spans where Words.count(span.text) >= minimumWords {
                let before = String(paragraph[..<span.start])
                let after = String(paragraph[span.end...].prefix(100))
                var speaker = attribute(before: before, after: after, index: index, previousPerson: earlier.person)
                // A quote that goes on after an attributed one, with nobody else named between, is the same speaker's.
                if speaker == nil, let last = lastSpeaker {
                    let named = NameMentionFinder.mentions(in: String(paragraph[last.end..<span.start]))
                        .compactMap { index.resolve($0) }.filter { $0.kind == .person }.map(\.name)
                    if named.allSatisfy({ $0 == last.name }) { speaker = last.name }
                }
                if let speaker { lastSpeaker = (speaker, span.end) }
                result.append(Quote(text: clean(span.text), speaker: speaker, paragraph: p))
            }
            earlier.add(paragraph, spans)
        }
        return result
    }

    /// The last person named outside quotes in the paragraphs so far, for a
    /// "he said" at the start of a paragraph. Found only when such a quote
    /// asks, walking back from the latest paragraph: most never ask, and
    /// finding the names in every paragraph was most of quote finding.
    private final class EarlierPerson {
        let index: NameResolver
        private var paragraphs: [(text: String, spans: [Span])] = []
        private var known: (count: Int, person: String?)?

        init(index: NameResolver) { self.index = index }

        func add(_ paragraph: String, _ spans: [Span]) { paragraphs.append((paragraph, spans)) }

        var person: String? {
            if let known, known.count == paragraphs.count { return known.person }
            var found: String?
            for k in paragraphs.indices.reversed() {
                if let known, k < known.count { found = known.person; break }
                if let person = lastPerson(in: outsideQuotes(paragraphs[k].text, paragraphs[k].spans), index: index) {
                    found = person
                    break
                }
            }
            known = (paragraphs.count, found)
            return found
        }
    }

    static func attribute(before: String, after: String, index: NameResolver, previousPerson: @autoclosure () -> String?) -> String? {
        // 1. After the quote: "…,’ he said", "…,” said Peskov", "…,” union leader Tomas Berg said".
        if let found = attributionAfter(after, before: before, index: index, previousPerson: previousPerson) {
            return found
        }
        // 2. Before the quote, in the same sentence: "Peskov told reporters that …“…”", "Witkoff declared: “…”".
        let clause = lastSentence(of: before)
        if let range = clause.range(of: "according to "),
           let person = person(String(clause[range.upperBound...].prefix { $0 != "," }), index, orNameBeside: true) {
            return person
        }
        let mentions = NameMentionFinder.mentions(in: clause)
        let words = Words.tokens(clause).map { $0.lowercased() }
        let hasVerb = words.contains { Lexicon.speechVerbs.contains($0) }
        let introducedByColon = clause.trimmingWhitespace.hasSuffix(":")
        if hasVerb || introducedByColon {
            for m in mentions {
                if let r = index.resolve(m), r.kind == .person { return r.name }
            }
            // "He said …": the last person named before, in this paragraph first.
            if clause.lowercased().hasPrefix("he ") || clause.lowercased().hasPrefix("she ") {
                return lastPerson(in: before, index: index) ?? previousPerson()
            }
        }
        return nil
    }

    /// Reads the words right after a quote, up to the end of that clause: a
    /// speech verb within the first eight words, with a named person (or
    /// "he"/"she") next to it.
    private static func attributionAfter(_ after: String, before: String, index: NameResolver,
                                         previousPerson: () -> String?) -> String? {
        let clause = after.prefix { c in
            switch c.loneScalar { case "“", "‘", "\"": false; default: true }   // scalars, not Characters, compared
        }
        let trimmed = clause.drop { $0 == " " || $0 == "," || $0 == "." || $0 == "!" || $0 == "?" || $0 == "…" }
        // The first nine words: the rest of the clause is not split.
        let words = trimmed.split(separator: " ", maxSplits: 9).prefix(9).map(String.init)
        guard let verbAt = words.firstIndex(where: { isSpeech($0.trimmingPunctuation) }) else { return nil }
        let head = words[..<verbAt].joined(separator: " ")
        let lowerHead = head.lowercased()
        if lowerHead == "he" || lowerHead == "she" {
            return lastPerson(in: before, index: index) ?? previousPerson()
        }
        if !head.isEmpty { return person(head, index, orNameBeside: true) }
        let tail = words[(verbAt + 1)...].joined(separator: " ").prefix { $0 != "." && $0 != "," && $0 != ";" && $0 != ":" }
        return person(String(tail), index, orNameBeside: true)
    }

    private static func isSpeech(_ word: String?) -> Bool {
        guard let word else { return false }
        return Lexicon.speechVerbs.contains(word.lowercased())
    }

    /// The person `text` names. With `orNameBeside`, a full name the articles
    /// name nowhere else still counts when it stands right by the speech verb
    /// ("…,” said Juliette Touma, a spokesperson): that place makes it a speaker.
    private static func person(_ text: String?, _ index: NameResolver, orNameBeside: Bool = false) -> String? {
        guard let text else { return nil }
        let mentions = NameMentionFinder.mentions(in: text.trimmingWhitespace)
        for m in mentions {
            if let r = index.resolve(m), r.kind == .person { return r.name }
        }
        guard orNameBeside else { return nil }
        return mentions.first { m in
            (2...3).contains(m.words.count) && EntityIndex.kindIgnoringPeople(m.text) == nil
                && !m.words.contains { Lexicon.notNames.contains($0.lowercased()) || Lexicon.roleHeads.contains($0.lowercased()) }
        }?.text
    }

    private static func lastPerson(in text: String, index: NameResolver) -> String? {
        NameMentionFinder.mentions(in: text).reversed().lazy.compactMap { m -> String? in
            guard let r = index.resolve(m), r.kind == .person else { return nil }
            return r.name
        }.first
    }

    private static func lastSentence(of text: String) -> String {
        SentenceSplitter.split(text).last ?? text
    }

    private static func outsideQuotes(_ paragraph: String, _ spans: [Span]) -> String {
        var text = paragraph
        for span in spans.reversed() { text.replaceSubrange(span.start..<span.end, with: " ") }
        return text
    }

    private static func clean(_ text: String) -> String {
        var t = text.trimmingWhitespace
        while let last = t.last, last == "," { t.removeLast() }
        return t
    }

    /// Quoted stretches, with the positions of their marks.
    static func spans(in text: String) -> [Span] {
        // Most paragraphs hold no opening mark: a byte search says so
        // without walking their Characters.
        guard text.containsBytes("\"") || text.containsBytes("“") || text.containsBytes("‘") else { return [] }
        var spans: [Span] = []
        var i = text.startIndex
        while i < text.endIndex {
            // Marks compared as scalars (`loneScalar`), not as Characters.
            let closer: Unicode.Scalar? = switch text[i].loneScalar { case "“": "”"; case "‘": "’"; case "\"": "\""; default: nil }
            guard let closer else { i = text.index(after: i); continue }
            let contentStart = text.index(after: i)
            var j = contentStart
            var found: String.Index?
            while j < text.endIndex {
                if text[j].loneScalar == closer {
                    let next = text.index(after: j)
                    let prevIsLetter = j > contentStart && text[text.index(before: j)].isLetter
                    let nextIsLetter = next < text.endIndex && text[next].isLetter
                    if !(closer == "’" && prevIsLetter && nextIsLetter) { found = j; break }
                }
                j = text.index(after: j)
            }
            guard let end = found else { i = contentStart; continue }
            spans.append(Span(text: String(text[contentStart..<end]), start: i, end: text.index(after: end)))
            i = text.index(after: end)
        }
        return spans
    }
}
