import Testing
@testable import BriefingKit

/// The typed links of an article page are hashed field by field: every
/// stored field must reach the fingerprint.
@Suite struct ArticleLinksTests {
    typealias L = ArticleLinks

    private let base = L(pageTitle: "Talks", threads: [L.Link(title: "Greenland", url: "../threads/greenland.html")], hasThreads: true,
                         quotes: [L.Quote(text: "We will see", speaker: "Ana Ruiz", anchor: "p2", speakerURL: "../entities/ana-ruiz.html")],
                         groups: [L.Group(label: "People", items: [L.Named(name: "Ana Ruiz", role: "mayor", url: "../entities/ana-ruiz.html")])],
                         hasEntities: true, original: L.Link(title: "Talks", url: "a.html"),
                         copies: [L.Copy(label: "Wire", title: "Talks", url: "b.html")], hasCopies: true)

    private func fingerprint(_ links: L) -> UInt64 {
        var digest = WordHash()
        links.hash(into: &digest)
        return digest.value
    }

    /// A stored field added to any of the types, and not to `hash(into:)`
    /// and `hashedFields`, fails here.
    @Test func everyStoredFieldIsCounted() {
        let samples: [(String, Any)] = [("ArticleLinks", base), ("Link", base.threads[0]), ("Quote", base.quotes[0]),
                                        ("Named", base.groups[0].items[0]), ("Group", base.groups[0]), ("Copy", base.copies[0])]
        for (name, sample) in samples {
            #expect(Mirror(reflecting: sample).children.count == L.hashedFields[name], "\(name)")
        }
    }

    @Test func changingAnyFieldChangesTheFingerprint() {
        let q = base.quotes[0], n = base.groups[0].items[0], c = base.copies[0]
        func with(pageTitle: String? = nil, threads: [L.Link]? = nil, hasThreads: Bool? = nil, quotes: [L.Quote]? = nil,
                  groups: [L.Group]? = nil, hasEntities: Bool? = nil, original: L.Link?? = nil, copies: [L.Copy]? = nil,
                  hasCopies: Bool? = nil) -> L {
            L(pageTitle: pageTitle ?? base.pageTitle, threads: threads ?? base.threads, hasThreads: hasThreads ?? base.hasThreads,
              quotes: quotes ?? base.quotes, groups: groups ?? base.groups, hasEntities: hasEntities ?? base.hasEntities,
              original: original ?? base.original, copies: copies ?? base.copies, hasCopies: hasCopies ?? base.hasCopies)
        }
        let variants = [
            with(pageTitle: "Talks resume"),
            with(threads: [L.Link(title: "Greenland", url: "../threads/other.html")]),
            with(threads: []),
            with(hasThreads: false),
            with(quotes: [L.Quote(text: q.text, speaker: nil, anchor: q.anchor, speakerURL: q.speakerURL)]),
            with(quotes: [L.Quote(text: q.text, speaker: q.speaker, anchor: q.anchor, speakerURL: nil)]),
            with(quotes: [L.Quote(text: q.text, speaker: q.speaker, anchor: "p3", speakerURL: q.speakerURL)]),
            with(groups: [L.Group(label: "Places", items: [n])]),
            with(groups: [L.Group(label: "People", items: [L.Named(name: n.name, role: nil, url: n.url)])]),
            with(groups: [L.Group(label: "People", items: [L.Named(name: n.name, role: n.role, url: nil)])]),
            with(hasEntities: false),
            with(original: .some(nil)),
            with(original: L.Link(title: "Talks", url: "c.html")),
            with(copies: [L.Copy(label: "Other wire", title: c.title, url: c.url)]),
            with(copies: [c, c]),
            with(hasCopies: false),
        ]
        let prints = variants.map(fingerprint)
        #expect(!prints.contains(fingerprint(base)))
        #expect(Set(prints).count == prints.count)
    }
}
