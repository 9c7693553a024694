import Foundation

/// Runs the pipeline on a labelled corpus and fills an `Evaluator`.
extension Evaluator {
    public static func evaluate(truth: Truth, seeds: String, config: SiteConfig) throws -> Evaluator {
        let articles = try Pipeline.ingest(seeds: seeds).articles
        let analysed = Analyzer.analyse(articles, aliases: config.aliases)
        let assignment = ThreadClassifier.assign(analysed, threads: config.threads)
        let briefing = Composer.compose(config: config, analysed: analysed, assignment: assignment)
        var byFile: [String: ArticleEntry] = [:]
        for entry in briefing.articles { byFile[(entry.article.file as NSString).lastPathComponent] = entry }

        var eval = Evaluator()
        var threadHits = 0, threadFound = 0, threadWanted = 0
        for t in truth.articles {
            let entry = byFile[t.file]
            eval.count("pages skipped correctly", (entry == nil) == t.skip, file: t.file,
                       miss: t.skip ? "should be skipped as boilerplate only" : "was skipped")
            let raw = (try? String(contentsOfFile: (seeds as NSString).appendingPathComponent(t.file), encoding: .utf8)) ?? ""
            eval.scoreBoilerplate(t, raw: raw, article: entry?.article)
            guard let entry, !t.skip else { continue }
            let a = entry.article
            let titleHit = t.title.map { normalise($0) == normalise(a.title) } ?? (a.titleSource == .lede)
            eval.count("title", titleHit, file: t.file, miss: "want \(t.title ?? "(made from the lede)"), got \(a.title)")
            eval.count("date", t.date == a.date?.iso, file: t.file, miss: "want \(t.date ?? "none"), got \(a.date?.iso ?? "none") from \(a.dateEvidence)")
            eval.count("author", Set(t.authors.map(normalise)) == Set(a.authors.map(normalise)), file: t.file,
                       miss: "want \(t.authors), got \(a.authors)")
            eval.count("outlet", t.outlet.map(normalise) == a.outlet.map(normalise), file: t.file,
                       miss: "want \(t.outlet ?? "none"), got \(a.outlet ?? "none")")
            let want = Set(t.threads), got = Set(entry.threadIDs)
            threadHits += want.intersection(got).count
            threadFound += got.count
            threadWanted += want.count
            if want != got { eval.misses.append(Miss(file: t.file, field: "threads", detail: "want \(want.sorted()), got \(got.sorted())")) }
            eval.scoreEvents(t, entry.analysis)
            eval.scoreQuotes(t, entry.analysis)
            let copyOf = entry.duplicateOf.flatMap { briefing.article($0) }.map { ($0.article.file as NSString).lastPathComponent }
            if t.duplicateOf != nil || copyOf != nil {
                eval.count("duplicates found", t.duplicateOf == copyOf, file: t.file,
                           miss: "want copy of \(t.duplicateOf ?? "nothing"), got \(copyOf ?? "nothing")")
            }
        }
        let precision = threadFound == 0 ? 1 : Double(threadHits) / Double(threadFound)
        let recall = threadWanted == 0 ? 1 : Double(threadHits) / Double(threadWanted)
        eval.set("thread precision", value: precision)
        eval.set("thread recall", value: recall)
        eval.set("thread F1", value: precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall))
        return eval
    }

    /// Line by line: a truth boilerplate line must be left out of the text,
    /// and no line of the real text may be left out.
    mutating func scoreBoilerplate(_ t: Truth.Article, raw: String, article: Article?) {
        let lines = raw.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let dropped = Set((article?.dropped ?? []).flatMap { Array($0.line...$0.lastLine) })
        let boilerplate = Set(t.boilerplate), metadata = Set(t.metadata)
        for (index, line) in lines.enumerated() where !line.isEmpty {
            let isDropped = article == nil || dropped.contains(index + 1)
            if boilerplate.contains(line) {
                count("boilerplate recall", isDropped, file: t.file, miss: "kept line \(index + 1): \(line.prefix(60))")
                if isDropped { count("boilerplate precision", true) }
            } else if !metadata.contains(line) && isDropped && !t.skip {
                count("boilerplate precision", false, file: t.file, miss: "dropped text line \(index + 1): \(line.prefix(60))")
            }
        }
    }

    mutating func scoreEvents(_ t: Truth.Article, _ analysis: AnalysedArticle) {
        for event in t.events {
            let start = Self.normalise(event.sentence)
            let candidates = analysis.events.filter { Self.normalise($0.text).contains(start) }
            count("event date", candidates.contains { $0.value.iso == event.value }, file: t.file,
                  miss: "want \(event.value) for “\(event.sentence.prefix(50))”, got \(candidates.map(\.value.iso))")
        }
    }

    /// Speakers are judged per paragraph: an attributed quote is right when
    /// its paragraph holds a truth quote by that speaker, wrong otherwise.
    mutating func scoreQuotes(_ t: Truth.Article, _ analysis: AnalysedArticle) {
        let paragraphs = analysis.article.paragraphs.map(Self.normalise)
        let located = t.quotes.map { q -> (quote: Truth.Article.Quote, paragraph: Int?) in
            let start = Self.normalise(q.text)
            return (q, paragraphs.firstIndex { $0.contains(start) })
        }
        for quote in analysis.quotes {
            guard let speaker = quote.speaker else { continue }
            let here = located.filter { $0.paragraph == quote.paragraph }
            count("quote speaker precision", here.contains { $0.quote.speaker == speaker }, file: t.file,
                  miss: "“\(quote.text.prefix(40))” given to \(speaker); want \(here.map { $0.quote.speaker ?? "nobody" })")
        }
        for (q, paragraph) in located where q.speaker != nil {
            let start = Self.normalise(q.text)
            let found = analysis.quotes.contains { $0.paragraph == paragraph && $0.speaker == q.speaker
                && (Self.normalise($0.text).hasPrefix(String(start.prefix(20))) || start.hasPrefix(Self.normalise($0.text).prefix(20))) }
            count("quote speaker recall", found, file: t.file, miss: "“\(q.text.prefix(40))” by \(q.speaker!) not found")
        }
    }
}
