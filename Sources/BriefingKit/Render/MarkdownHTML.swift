import Mustache

/// Markdown that a page shows as HTML, turned into HTML by cmark only when
/// the page is rendered. A page's fingerprint hashes the Markdown and the
/// cmark version instead (see `PageFingerprint`): a rebuild fingerprints
/// every thread page, and running cmark over three long thread documents
/// to learn that they had not changed was most of that work.
struct MarkdownHTML: MustacheCustomRenderable, Sendable {
    let markdown: String

    var renderText: String { CommonMark.html(markdown) }
    var isNull: Bool { false }
}
