import Mustache

/// Renders parts of long list pages through their partial templates, and
/// keeps each part's HTML between builds by a hash of its values — as
/// Hugo's `partialCached` does. The timeline page lists some 4,800 events
/// and a month page some 2,500 articles at 10,000 articles; when one of
/// them changed, rendering the whole page through swift-mustache again took
/// 100–250 ms on one core. With the parts kept, only the changed day or
/// article goes through the partial; the page puts the parts together.
final class PartialCache: @unchecked Sendable {   // read-only but for `memo`, which locks
    let templates: TemplateSet
    /// Where parts are kept (the cache folder's `partials` memo); nil renders every part.
    let memo: FragmentMemo?

    init(templates: TemplateSet, memo: FragmentMemo?) {
        self.templates = templates
        self.memo = memo
    }

    /// `partial` rendered with `values()`, or as kept for `id` under `key`.
    func html(partial: String, id: String, key: UInt64, values: () -> [String: Any]) -> String {
        guard let memo else { return templates.render(partial, values()) }
        let bytes = memo.bytes(id: id, key: key) { Array(templates.render(partial, values()).utf8) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The value a template shows with `{{{rendered}}}`: `values()` through
    /// `partial`, made only if the part must be rendered. `identity` hashes
    /// everything the values are made of; the templates and the running
    /// executable are added here. Without a memo (a build with no cache,
    /// whose pages have no fingerprints either) no key is made.
    func part(_ partial: String, id: String, identity: () -> UInt64, values: @escaping () -> [String: Any]) -> CachedPartial {
        guard memo != nil else { return CachedPartial(cache: self, partial: partial, id: id, key: 0, values: values) }
        var key = WordHash()
        key.add("partial")
        key.add(BuildIdentity.executable)
        key.add(templates.fingerprint)
        key.add(partial)
        key.add(identity())
        return CachedPartial(cache: self, partial: partial, id: partial + ":" + id, key: key.value, values: values)
    }
}

/// One part of a page as `PartialCache` renders it, when the page is rendered.
struct CachedPartial: MustacheCustomRenderable, @unchecked Sendable {   // `values` reads the briefing, which is immutable
    let cache: PartialCache
    let partial: String
    let id: String
    /// Of the values, the partial and the code (see `PartialCache.part`).
    let key: UInt64
    let values: () -> [String: Any]

    var renderText: String { cache.html(partial: partial, id: id, key: key, values: values) }
    var isNull: Bool { false }
}

/// A listed part of a page (a timeline day, an article) as templates see
/// it: `rendered`, the part through its partial, and its own values — a
/// few made at once (`extra`), the rest only when a template asks for one,
/// so that a templates folder that renders the part in place itself still
/// works. A page's fingerprint hashes it by `rendered`'s key and `extra`.
struct RenderedPart: MustacheParent, @unchecked Sendable {   // see `CachedPartial`
    let rendered: CachedPartial
    var extra: [String: Any] = [:]

    func child(named name: String) -> Any? {
        if name == "rendered" { return rendered }
        return extra[name] ?? rendered.values()[name]
    }
}
