import CCmark
import Foundation

/// Markdown to HTML through the system cmark library. cmark runs in its
/// default safe mode: raw HTML is replaced by a comment and `javascript:`,
/// `vbscript:`, `file:` and most `data:` links are removed.
public enum CommonMark {
    public static func html(_ markdown: String) -> String {
        let options = CMARK_OPT_DEFAULT  // never CMARK_OPT_UNSAFE: article text is untrusted
        let bytes = Array(markdown.utf8)
        guard let rendered = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_markdown_to_html($0, buffer.count, options)
            }
        }) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// The version of the linked cmark, e.g. "0.30.2".
    public static var version: String { String(cString: cmark_version_string()) }
}
