import Testing
@testable import BriefingKit

/// The typed list item of an article is hashed field by field: every
/// stored field must reach the fingerprint of the pages that list it.
@Suite struct ArticleListItemTests {
    typealias Item = ArticleListItem

    private let base = Item(title: "Talks", url: "../articles/talks.html", dateInferred: false, dateLabel: "19 January 2026",
                            dateISO: "2026-01-19", outlet: "Wire", author: "Ana Ruiz",
                            threads: [ArticleLinks.Link(title: "Greenland", url: "../threads/greenland.html")], hasThreads: true,
                            copies: [Item.Copy(label: "Other wire", url: "../articles/talks-2.html")], hasCopies: true)

    private func fingerprint(_ item: Item) -> UInt64 {
        var digest = WordHash()
        item.hash(into: &digest)
        return digest.value
    }

    /// A stored field added to either type, and not to `hash(into:)` and `hashedFields`, fails here.
    @Test func everyStoredFieldIsCounted() {
        #expect(Mirror(reflecting: base).children.count == Item.hashedFields["ArticleListItem"])
        #expect(Mirror(reflecting: base.copies[0]).children.count == Item.hashedFields["Copy"])
    }

    @Test func changingAnyFieldChangesTheFingerprint() {
        func with(title: String? = nil, url: String? = nil, dateInferred: Bool? = nil, dateLabel: String?? = nil,
                  dateISO: String?? = nil, outlet: String?? = nil, author: String?? = nil, threads: [ArticleLinks.Link]? = nil,
                  hasThreads: Bool? = nil, copies: [Item.Copy]? = nil, hasCopies: Bool? = nil) -> Item {
            Item(title: title ?? base.title, url: url ?? base.url, dateInferred: dateInferred ?? base.dateInferred,
                 dateLabel: dateLabel ?? base.dateLabel, dateISO: dateISO ?? base.dateISO, outlet: outlet ?? base.outlet,
                 author: author ?? base.author, threads: threads ?? base.threads, hasThreads: hasThreads ?? base.hasThreads,
                 copies: copies ?? base.copies, hasCopies: hasCopies ?? base.hasCopies)
        }
        let variants = [
            with(title: "Talks resume"), with(url: "../articles/talks-3.html"), with(dateInferred: true),
            with(dateLabel: .some(nil)), with(dateISO: "2026-01-20"), with(outlet: .some(nil)), with(outlet: "Post"),
            with(author: .some(nil)), with(threads: []), with(threads: [ArticleLinks.Link(title: "Greenland", url: "../threads/other.html")]),
            with(hasThreads: false), with(copies: []), with(copies: [Item.Copy(label: "Post", url: base.copies[0].url)]),
            with(hasCopies: false),
        ]
        let prints = variants.map(fingerprint)
        #expect(!prints.contains(fingerprint(base)))
        #expect(Set(prints).count == prints.count)
    }

    /// What a template sees of the item: the keys the templates read.
    @Test func valuesHoldWhatTheTemplatesRead() {
        let values = base.values
        #expect(values["title"] as? String == "Talks" && values["url"] as? String == "../articles/talks.html")
        #expect(values["date_label"] as? String == "19 January 2026" && values["author"] as? String == "Ana Ruiz")
        #expect((values["threads"] as? [[String: Any]])?.first?["url"] as? String == "../threads/greenland.html")
        #expect((values["copies"] as? [[String: Any]])?.first?["label"] as? String == "Other wire")
        #expect(values["has_copies"] as? Bool == true && values["date_inferred"] as? Bool == false)
    }
}
