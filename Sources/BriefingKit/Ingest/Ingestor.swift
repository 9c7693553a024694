import Foundation

/// Ingest: one seed file in, one `Article` (or a diagnostic) out.
/// General rules about what lines are, never rules keyed to particular files.
public enum Ingestor {
    public enum Outcome: Sendable {
        case article(Article, warnings: [Diagnostic])
        case skipped(Diagnostic)
    }

    public static func ingest(_ seed: SeedFile) -> Outcome {
        switch SeedDecoder.decode(seed) {
        case let .failure(diagnostic): return .skipped(diagnostic)
        case let .success(text):
            switch ingest(text: text, id: seed.id, file: seed.sitePath) {
            case let .article(article, warnings):
                // Warnings name the file as the user gave it.
                return .article(article, warnings: warnings.map { $0.at(file: seed.path) })
            case let .skipped(diagnostic):
                return .skipped(diagnostic.at(file: seed.path))
            }
        }
    }

    public static func ingest(text: String, id: String, file: String) -> Outcome {
        let lines = TextNormalizer.lines(TextNormalizer.normalize(text))
        let layout = PageLayout(lines: lines)
        guard !layout.paragraphs.isEmpty else {
            return .skipped(Diagnostic(file: file, message: "no article text found (only \(layout.dropped.count) lines of page furniture)",
                                       advice: "Paste the article's paragraphs into the file, or remove it from the seeds folder"))
        }
        var warnings: [Diagnostic] = []
        let title: String
        let titleSource: Article.TitleSource
        if let headline = layout.headline {
            title = headline; titleSource = .headline
        } else {
            title = TitleMaker.fromLede(layout.paragraphs[0]); titleSource = .lede
        }
        let dating = DateInference.date(stated: layout.statedDate, updated: layout.updatedDate,
                                        captions: layout.captionDates, paragraphs: layout.paragraphs)
        if dating.source == .none, let ambiguous = layout.ambiguousDate {
            warnings.append(Diagnostic(file: file, line: ambiguous.line,
                                       message: "the date “\(ambiguous.text)” reads as day/month or month/day, and the page does not say which",
                                       advice: "Write the date with the month in words, or keep the outlet's web address (e.g. example.co.uk) in the file"))
        } else if dating.source == .none {
            warnings.append(Diagnostic(file: file, message: "no publication date found or inferable",
                                       advice: "Add a line such as 'Published: 19 January 2026' at the top of the file"))
        }
        let dateline = WireDateline.outlet(in: layout.paragraphs[0])
        let article = Article(
            id: id, file: file, title: title, titleSource: titleSource,
            date: dating.date, dateSource: dating.source, dateEvidence: dating.evidence,
            authors: layout.authors, outlet: layout.outlet ?? dateline,
            paragraphs: layout.paragraphs, dropped: layout.dropped,
            authorEvidence: layout.authorEvidence ?? "no byline on the page",
            outletEvidence: layout.outletEvidence ?? (dateline != nil ? "the wire dateline of the first paragraph" : "not named on the page"))
        return .article(article, warnings: warnings)
    }
}

/// Decoding rules for seed bytes.
enum SeedDecoder {
    static func decode(_ seed: SeedFile) -> Result<String, Diagnostic> {
        if seed.bytes.isEmpty {
            return .failure(Diagnostic(file: seed.path, message: "the file is empty",
                                       advice: "Paste the article into it, or delete it"))
        }
        guard let text = String(data: seed.bytes, encoding: .utf8) else {
            return .failure(Diagnostic(file: seed.path, message: "the file is not valid UTF-8 text",
                                       advice: "Re-save it as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)"))
        }
        if text.unicodeScalars.contains("\u{0}") {
            return .failure(Diagnostic(file: seed.path, message: "the file looks binary (it contains NUL bytes)",
                                       advice: "Seeds must be plain-text articles; remove this file from the seeds folder"))
        }
        if text.allSatisfy({ $0.isWhitespace }) {
            return .failure(Diagnostic(file: seed.path, message: "the file holds only white space",
                                       advice: "Paste the article into it, or delete it"))
        }
        return .success(text)
    }
}

/// "MOSCOW, Jan 22 (Reuters) -": a wire story names its agency in the dateline.
enum WireDateline {
    private static let pattern = Pattern("^[A-Z][A-Z .'-]{2,40}(?:,[^()]{0,30})?\\(([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\\)\\s*[-–—]")
    static func outlet(in paragraph: String) -> String? {
        pattern.firstMatch(in: paragraph)?.group(1)
    }
}
