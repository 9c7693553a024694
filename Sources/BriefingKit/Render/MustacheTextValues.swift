import Mustache

// When swift-mustache renders (a templates folder `TemplateRenderer` cannot
// take; see `TemplateSet`), text and numbers render through
// `MustacheCustomRenderable`, the library's own hook for a value's text,
// rather than through its fallback. For a value
// without the conformance swift-mustache asks the runtime three more times
// (a lambda? an optional? printable how?) before `String(describing:)`; each
// protocol cast costs about 0.2 µs in this Swift runtime, and ten thousand
// article pages hold millions of values. The text is the same either way.
// Retroactive: the values are the standard library's, the protocol the
// library's; should swift-mustache conform them itself, these go.

extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}

extension Int: @retroactive MustacheCustomRenderable {
    public var renderText: String { String(self) }
    public var isNull: Bool { false }
}
