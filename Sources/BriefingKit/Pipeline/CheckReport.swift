/// The text `briefing check` prints per seed: what was found and how sure.
enum CheckReport {
    static func text(analysed: [AnalysedArticle], assignment: ThreadAssignment, threads: [ThreadDefinition],
                     originals: [String: String] = [:]) -> String {
        let files = Dictionary(uniqueKeysWithValues: analysed.map { ($0.article.id, $0.article.file) })
        var out = ""
        for a in analysed {
            let article = a.article
            out += "\(article.file)\n"
            out += "  title:   \(article.title) (\(article.titleSource == .headline ? "headline on the page" : "made from the lede"))\n"
            out += "  date:    \(article.date?.iso ?? "none") [\(article.dateSource.rawValue)] from \(article.dateEvidence)\n"
            out += "  author:  \(article.author ?? "none") (\(article.authorEvidence))\n"
            out += "  outlet:  \(article.outlet ?? "none") (\(article.outletEvidence))\n"
            if let original = originals[article.id].flatMap({ files[$0] }) {
                out += "  copy of: \(original) (the same story: shown once, as that file)\n"
            }
            out += "  text:    \(article.paragraphs.count) paragraphs, \(article.wordCount) words, \(a.sentences.count) sentences\n"
            for t in threads {
                let score = assignment.score(of: article.id, in: t.id)
                let member = assignment.threads(of: article.id).contains(t.id)
                let share = Int(((score?.share ?? 0) * 100).rounded())
                out += "  thread:  \(member ? "yes" : "no ") \(t.id): \(score?.paragraphs.count ?? 0) paragraphs about it, \(share)% of words, evidence \(score?.evidence ?? 0)\(score?.titleMatches == true ? " (title matches)" : "")\n"
            }
            out += "  events:  \(a.events.count); quotes: \(a.quotes.count) (\(a.quotes.filter { $0.speaker != nil }.count) attributed); entities: \(a.entities.count)\n"
            for d in article.dropped {
                out += "  dropped: line \(d.line) (\(d.reason.rawValue)): \(d.text.count > 70 ? String(d.text.prefix(67)) + "…" : d.text)\n"
            }
            out += "\n"
        }
        return out
    }
}
