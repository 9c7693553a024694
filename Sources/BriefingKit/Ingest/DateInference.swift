/// The publication date: stated on the page, or else inferred from the text
/// and marked so. Inference uses the latest fully dated thing the page
/// mentions; a dated photo caption together with "yesterday" in the text
/// means the story appeared the day after the picture was taken.
enum DateInference {
    struct Result {
        let date: CalendarDate?
        let source: Article.DateSource
        let evidence: String
    }

    private static let yesterday = Pattern("\\byesterday\\b", caseInsensitive: true)

    static func date(stated: (date: CalendarDate, line: Int, text: String)?,
                     updated: (date: CalendarDate, line: Int, text: String)?,
                     captions: [CalendarDate], paragraphs: [String]) -> Result {
        if let stated {
            return Result(date: stated.date, source: .stated, evidence: "line \(stated.line): “\(excerpt(stated.text))”")
        }
        if let updated {
            return Result(date: updated.date, source: .stated, evidence: "line \(updated.line), an update date: “\(excerpt(updated.text))”")
        }
        let mentioned = paragraphs.flatMap { TemporalScanner.scan($0, daysOnly: true) }.compactMap { mention -> CalendarDate? in
            if case let .absolute(value) = mention.kind, value.granularity == .day { return value.start }
            return nil
        }
        let latestCaption = captions.max()
        let latestText = mentioned.max()
        let saysYesterday = paragraphs.contains { yesterday.contains($0) }
        if let caption = latestCaption, latestText.map({ caption >= $0 }) ?? true {
            if saysYesterday {
                return Result(date: caption.adding(days: 1), source: .inferred,
                              evidence: "a photo caption dated \(caption.longForm) and “yesterday” in the text")
            }
            return Result(date: caption, source: .inferred, evidence: "a photo caption dated \(caption.longForm)")
        }
        if let latest = latestText {
            return Result(date: latest, source: .inferred, evidence: "the latest date the text mentions, \(latest.longForm)")
        }
        return Result(date: nil, source: .none, evidence: "no date stated or mentioned")
    }

    private static func excerpt(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(57)) + "…"
    }
}
