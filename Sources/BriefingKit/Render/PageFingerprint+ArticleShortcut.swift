/// A shortcut to an article page's fingerprint. A rebuild used to make
/// every article's `ArticleLinks` (its threads, names and quotes with their
/// links) only to hash them and find the page unchanged: a tenth of a
/// 10,000-article rebuild's CPU. The shortcut hashes what those links are
/// made from instead, most of it already hashed once per build: the
/// article's `ArticleFragmentKey` (seed, place, threads, copies, names and
/// quotes) and, once for all articles, the templates, the page chrome, the
/// threads' titles and pages and every entity page. An article with an
/// original or copies adds their titles, labels and pages.
///
/// The page memo records an article page's fingerprint as
/// `shortcut:fingerprint`. While the shortcut is as recorded, so are the
/// links, so the page is kept without making them; otherwise the links are
/// made and the fingerprint compared as before.
extension PageFingerprint {
    /// What every article's shortcut shares, made once per build.
    static func articleShortcutBase(_ briefing: Briefing, chrome: UInt64, templates: TemplateSet) -> UInt64 {
        var digest = WordHash()
        digest.add("article-shortcut")
        digest.add(templates.fingerprint)
        digest.add(BuildIdentity.executable)
        digest.add(chrome)
        addThreads(briefing.threads, to: &digest)
        // Names and speakers link to these pages (`Briefing.profileIndex`, `speakerIndex`).
        digest.add(briefing.entities.count)
        for profile in briefing.entities {
            digest.add(profile.kind.rawValue); digest.add(profile.name); digest.add(profile.path)
        }
        return digest.value
    }

    static func articleShortcut(base: UInt64, fragmentKey: UInt64, _ entry: ArticleEntry, in briefing: Briefing) -> String {
        var digest = WordHash()
        digest.add(base)
        digest.add(fragmentKey)
        if let original = entry.duplicateOf.flatMap(briefing.article) {
            digest.add(1); digest.add(original.article.title); digest.add(original.path)
        } else {
            digest.add(0)
        }
        digest.add(entry.copies.count)
        for copy in entry.copies {
            guard let copy = briefing.article(copy) else { digest.add(0); continue }
            digest.add(1); digest.add(copy.sourceLabel); digest.add(copy.article.title); digest.add(copy.path)
        }
        return String(digest.value, radix: 16)
    }

    /// Each thread's id, title and page: what tags and lanes link to.
    static func addThreads(_ threads: [ThreadBriefing], to digest: inout WordHash) {
        digest.add(threads.count)
        for thread in threads {
            digest.add(thread.definition.id); digest.add(thread.definition.title); digest.add(thread.path)
        }
    }

    /// A recorded fingerprint's two parts; a fingerprint recorded without
    /// a shortcut has none.
    static func split(_ recorded: String) -> (shortcut: Substring?, fingerprint: Substring) {
        // On the bytes: finding a Character took grapheme breaking, ten thousand times a build.
        guard let colon = recorded.utf8.firstIndex(of: UInt8(ascii: ":")) else { return (nil, recorded[...]) }
        return (recorded[..<colon], recorded[recorded.index(after: colon)...])
    }
}
