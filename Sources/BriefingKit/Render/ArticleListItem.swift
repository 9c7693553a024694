/// One article as the pages that list it show it: title, link, date,
/// outlet, author, threads and copies. Typed for the same reason as
/// `ArticleLinks`: the month pages list every article, and a rebuild that
/// built and hashed their dictionaries of `Any` spent about 80 ms of CPU at
/// 10,000 articles to learn that they had not changed.
///
/// `values` is all a template sees of it and is made from these fields
/// alone; `hash(into:)` feeds every field, in order, and
/// `ArticleListItemTests` counts the stored fields against `hashedFields`.
struct ArticleListItem: Sendable {
    struct Copy: Sendable { let label: String; let url: String }

    let title: String
    let url: String
    let dateInferred: Bool
    let dateLabel: String?
    let dateISO: String?
    let outlet: String?
    let author: String?
    let threads: [ArticleLinks.Link]
    let hasThreads: Bool
    let copies: [Copy]
    let hasCopies: Bool

    /// The template's values.
    var values: [String: Any] {
        var item: [String: Any] = [
            "title": title, "url": url, "date_inferred": dateInferred, "has_threads": hasThreads,
            "threads": threads.map { ["title": $0.title, "url": $0.url] as [String: Any] },
        ]
        item["date_label"] = dateLabel
        item["date_iso"] = dateISO
        item["outlet"] = outlet
        item["author"] = author
        item["copies"] = copies.map { ["label": $0.label, "url": $0.url] as [String: Any] }
        item["has_copies"] = hasCopies
        return item
    }

    /// How many stored fields `hash(into:)` feeds, per type (checked by a test).
    static let hashedFields = ["ArticleListItem": 11, "Copy": 2]

    /// Every field, in order; optionals with a presence mark and lists with their count.
    func hash(into digest: inout WordHash) {
        func add(_ text: String?) {
            guard let text else { digest.add(0); return }
            digest.add(1); digest.add(text)
        }
        add(title); add(url)
        digest.add(dateInferred ? 1 : 0)
        add(dateLabel); add(dateISO); add(outlet); add(author)
        digest.add(threads.count)
        for thread in threads { add(thread.title); add(thread.url) }
        digest.add(hasThreads ? 1 : 0)
        digest.add(copies.count)
        for copy in copies { add(copy.label); add(copy.url) }
        digest.add(hasCopies ? 1 : 0)
    }
}
