/// The archive: every article, a page per month of publication.
extension PageContext {
    /// Articles the front page lists before pointing to the archive.
    static let latestLimit = 30

    /// The months for lists at the site root, newest first.
    func archiveMonths() -> [[String: Any]] {
        briefing.archive.map { month in
            ["label": month.label, "url": month.path, "count": month.articleIDs.count, "plural": month.articleIDs.count != 1]
        }
    }

    func archive() -> [String: Any] {
        var c = common(path: SitePaths.archive, title: "Archive")
        c["months"] = archiveMonths()
        c["article_count"] = briefing.archive.reduce(0) { $0 + $1.articleIDs.count }
        return c
    }

    /// A month page's values, from the two parts `archiveMonthParts` makes;
    /// its articles as `listItem` gives them.
    func archiveMonth(_ values: [String: Any], articles: [ArticleEntry]) -> [String: Any] {
        values.merging(["articles": articles.map { listed(listItem($0, root: Self.monthRoot)) }]) { _, list in list }
    }

    /// Month pages are one folder down.
    static let monthRoot = "../"

    /// A month's page in two parts: its articles, and the rest of its values.
    func archiveMonthParts(_ index: Int) -> (values: [String: Any], articles: [ArticleEntry]) {
        let month = briefing.archive[index]
        var c = common(path: month.path, title: month.label)
        c["label"] = month.label
        c["count"] = month.articleIDs.count
        c["plural"] = month.articleIDs.count != 1
        // Newer and older months, for moving along without the month list.
        if index > 0 { c["newer"] = ["label": briefing.archive[index - 1].label, "url": "../" + briefing.archive[index - 1].path] }
        if index + 1 < briefing.archive.count {
            c["older"] = ["label": briefing.archive[index + 1].label, "url": "../" + briefing.archive[index + 1].path]
        }
        c["archive_page_url"] = "../" + SitePaths.archive
        return (c, month.articleIDs.compactMap(briefing.article))
    }
}
