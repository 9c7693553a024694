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
        var months: [ArchiveMonth] = []
        for entry in entries where entry.duplicateOf == nil {
            let month = entry.article.date.flatMap { TemporalValue(year: $0.year, month: $0.month) }
            let key = month?.iso ?? "undated"
            if months.last?.key == key {
                let last = months.removeLast()
                months.append(ArchiveMonth(key: key, label: last.label, articleIDs: last.articleIDs + [entry.id]))
            } else {
                months.append(ArchiveMonth(key: key, label: month?.label ?? "Date unknown", articleIDs: [entry.id]))
            }
        }
        return months
    }
}
