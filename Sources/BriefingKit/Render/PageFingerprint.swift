import Foundation

/// A digest of everything a page is made from: the template set and the
/// values its template sees. A page whose fingerprint is the one it had when
/// it was last published renders to the same bytes, so it need not be
/// rendered again. Hashing the values themselves, rather than listing what
/// each page reads, keeps this right whatever `PageContext` comes to hold.
/// Article pages, ten thousand a build, are the exception: their part from
/// other pages is a typed `ArticleLinks`, whose every field is hashed.
enum PageFingerprint {
    /// 64 bits suffice: a fingerprint is only ever compared with the same
    /// page's fingerprint of the last build.
    static func of(template: String, _ values: [String: Any], templates: TemplateSet) -> String {
        var digest = WordHash()
        digest.add(templates.fingerprint)
        digest.add(template)
        add(values, to: &digest)
        return String(digest.value, radix: 16)
    }

    /// An article page from its seed's cache key, its path, `chrome` (the
    /// `hash` of `PageContext.articleChrome`, made once for all articles)
    /// and `PageContext.articleLinks` (names, links): the rest of the page
    /// is `PageContext.articleFromSeed`, a function of the article and
    /// events that key stands for. The running executable's stamp stands
    /// for the code of that function, so a rebuilt tool renders every
    /// article again.
    static func article(seedKey: String, path: String, chrome: UInt64, links: ArticleLinks, templates: TemplateSet) -> String {
        var digest = WordHash()
        digest.add(templates.fingerprint)
        digest.add("article")
        digest.add(BuildIdentity.executable)
        digest.add(seedKey)
        digest.add(path)
        digest.add(chrome)
        links.hash(into: &digest)
        return String(digest.value, radix: 16)
    }

    /// A page that lists `articles` as `listItem(_:root:)` shows them, from
    /// its other `values` and what each item is made from.
    static func of(template: String, _ values: [String: Any], listing articles: [ArticleEntry], root: String,
                   in context: PageContext, templates: TemplateSet) -> String {
        var digest = WordHash()
        digest.add(templates.fingerprint)
        digest.add(template)
        add(values, to: &digest)
        digest.add(articles.count)
        for entry in articles { context.addListItemInputs(entry, root: root, to: &digest) }
        return String(digest.value, radix: 16)
    }

    /// The sitemap, from what it lists; the executable stands for how it is written.
    static func sitemap(pages: [String], baseURL: String?) -> String {
        var digest = WordHash()
        digest.add("sitemap")
        digest.add(BuildIdentity.executable)
        digest.add(baseURL ?? "\u{0}")
        digest.add(pages.count)
        for page in pages { digest.add(page) }
        return String(digest.value, radix: 16)
    }

    /// The hash of `values` alone.
    static func hash(_ values: [String: Any]) -> UInt64 {
        var digest = WordHash()
        add(values, to: &digest)
        return digest.value
    }

    /// What kind of value follows, so that values of different kinds never hash alike.
    private enum Tag: UInt64 { case text = 1, yes, no, number, object, list, other, markdown, partial }

    /// Each value with a type tag; the tags and counts keep ["a", "b"] apart
    /// from ["ab"]. A dictionary is the sum of its entries' own hashes: the
    /// same in any order, without sorting keys on every page.
    private static func add(_ value: Any, to digest: inout WordHash) {
        switch value {
        case let text as String: digest.add(Tag.text.rawValue); digest.add(text)
        case let flag as Bool: digest.add((flag ? Tag.yes : Tag.no).rawValue)
        case let number as Int: digest.add(Tag.number.rawValue); digest.add(number)
        case let part as CachedPartial: digest.add(Tag.partial.rawValue); digest.add(part.id); digest.add(part.key)
        case let part as RenderedPart:
            // The key stands for all the part's values (see `PartialCache.part`).
            add(part.rendered, to: &digest); add(part.extra, to: &digest)
        case let html as MarkdownHTML:
            digest.add(Tag.markdown.rawValue); digest.add(CommonMark.version); digest.add(html.markdown)
        case let object as [String: Any]:
            var sum: UInt64 = 0
            for (key, item) in object {
                var entry = WordHash()
                entry.add(key)
                add(item, to: &entry)
                sum &+= entry.value
            }
            digest.add(Tag.object.rawValue); digest.add(object.count); digest.add(sum)
        case let list as [[String: Any]]:
            digest.add(Tag.list.rawValue); digest.add(list.count)
            for item in list { add(item, to: &digest) }
        case let list as [String]:
            digest.add(Tag.list.rawValue); digest.add(list.count)
            for item in list { digest.add(Tag.text.rawValue); digest.add(item) }
        case let list as [Any]:
            digest.add(Tag.list.rawValue); digest.add(list.count)
            for item in list { add(item, to: &digest) }
        default:
            // Any other value renders through its description.
            digest.add(Tag.other.rawValue); digest.add("\(type(of: value)):" + String(describing: value))
        }
    }
}
