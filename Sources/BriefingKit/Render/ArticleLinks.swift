/// What an article page shows that is resolved across the corpus: its
/// threads, its quotes' speakers, its names, its original and copies, each
/// with a link. A typed value rather than the template's dictionary: a
/// rebuild builds and hashes one for each of 10,000 pages, and through
/// dictionaries of `Any`, hashed by casting each value, that took about
/// 40 µs a page.
///
/// `values` is all the article template sees of it and is made from these
/// fields alone; `hash(into:)` feeds every field to the page's fingerprint,
/// in order. (Their `Codable` encoding would list the fields by itself, but
/// through generic containers it cost more than the dictionaries did.)
/// `ArticleLinksTests` counts the stored fields of each type against
/// `hashedFields`, so a field added here and not hashed fails a test.
struct ArticleLinks: Sendable {
    struct Link: Sendable { let title: String; let url: String }
    struct Quote: Sendable { let text: String; let speaker: String?; let anchor: String; let speakerURL: String? }
    struct Named: Sendable { let name: String; let role: String?; let url: String? }
    struct Group: Sendable { let label: String; let items: [Named] }
    struct Copy: Sendable { let label: String; let title: String; let url: String }

    let pageTitle: String
    let threads: [Link]
    let hasThreads: Bool
    let quotes: [Quote]
    let groups: [Group]
    let hasEntities: Bool
    let original: Link?
    let copies: [Copy]
    let hasCopies: Bool

    /// The template's values.
    var values: [String: Any] {
        var c: [String: Any] = ["page_title": pageTitle]
        c["threads"] = threads.map { ["title": $0.title, "url": $0.url] as [String: Any] }
        c["has_threads"] = hasThreads
        c["quotes"] = quotes.map { q -> [String: Any] in
            var item: [String: Any] = ["text": q.text, "speaker": q.speaker ?? "", "has_speaker": q.speaker != nil, "anchor": q.anchor]
            item["speaker_url"] = q.speakerURL
            return item
        }
        c["has_quotes"] = !quotes.isEmpty
        c["entity_groups"] = groups.map { group -> [String: Any] in
            ["label": group.label, "items": group.items.map { entity -> [String: Any] in
                var item: [String: Any] = ["name": entity.name, "role": entity.role ?? "", "has_role": entity.role != nil]
                item["url"] = entity.url
                return item
            }]
        }
        c["has_entities"] = hasEntities
        c["original"] = original.map { ["title": $0.title, "url": $0.url] as [String: Any] }
        c["copies"] = copies.map { ["label": $0.label, "title": $0.title, "url": $0.url] as [String: Any] }
        c["has_copies"] = hasCopies
        return c
    }

    /// How many stored fields `hash(into:)` feeds, per type (checked by a test).
    static let hashedFields = ["ArticleLinks": 9, "Link": 2, "Quote": 4, "Named": 3, "Group": 2, "Copy": 3]

    /// Every field, in order; optionals with a presence mark and lists with
    /// their count, so that no two different values feed the same words.
    func hash(into digest: inout WordHash) {
        func add(_ text: String?) {
            guard let text else { digest.add(0); return }
            digest.add(1); digest.add(text)
        }
        func add(_ link: Link) { add(link.title); add(link.url) }
        digest.add(pageTitle)
        digest.add(threads.count); threads.forEach(add)
        digest.add(hasThreads ? 1 : 0)
        digest.add(quotes.count)
        for q in quotes { add(q.text); add(q.speaker); add(q.anchor); add(q.speakerURL) }
        digest.add(groups.count)
        for group in groups {
            add(group.label)
            digest.add(group.items.count)
            for item in group.items { add(item.name); add(item.role); add(item.url) }
        }
        digest.add(hasEntities ? 1 : 0)
        if let original { digest.add(1); add(original) } else { digest.add(0) }
        digest.add(copies.count)
        for copy in copies { add(copy.label); add(copy.title); add(copy.url) }
        digest.add(hasCopies ? 1 : 0)
    }
}
