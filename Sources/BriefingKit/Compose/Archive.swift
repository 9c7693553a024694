/// The articles by month of publication, for the archive pages. No page
/// has to list every article, and a month's page stays as it was when
/// articles of other months arrive.
public struct ArchiveMonth: Sendable {
    /// "2026-01", or "undated" for articles with no date.
    public let key: String
    /// "January 2026", or "Date unknown".
    public let label: String
    /// Newest first; copies of a story are listed with their original.
    public let articleIDs: [String]
    public var path: String { SitePaths.archiveMonth(key) }

    /// `entries` newest first, as `Briefing.articles`: months come out
    /// newest first, undated articles last.
    static func months(of entries: [ArticleEntry]) -> [ArchiveMonth] {
        // Each month's list grows in place: copying it for every article
        // made this quadratic (7 s at 100,000 articles).
        // A month is told by its number (year × 12 + month), and named only
        // when it starts: its key and label are strings made once, not per article.
        var months: [(number: Int?, key: String, label: String, articleIDs: [String])] = []
        for entry in entries where entry.duplicateOf == nil {
            let date = entry.article.date
            let number = date.map { $0.year * 12 + $0.month }
            if let last = months.last, last.number == number {
                months[months.count - 1].articleIDs.append(entry.id)
            } else {
                let month = date.flatMap { TemporalValue(year: $0.year, month: $0.month) }
                months.append((number, month?.iso ?? "undated", month?.label ?? "Date unknown", [entry.id]))
            }
        }
        return months.map { ArchiveMonth(key: $0.key, label: $0.label, articleIDs: $0.articleIDs) }
    }
}
