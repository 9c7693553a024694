import Foundation
import Mustache
import Testing
@testable import BriefingKit

/// Templates render with `FastHTMLEscaping`, which must escape exactly as
/// swift-mustache itself does, in pages, layouts, blocks and partials.
struct TemplateEscapingTests {
    static let layout = "<title>{{title}}</title>\n{{$content}}{{/content}}\n<p title=\"{{title}}\">{{{raw}}}</p>\n"
    static let page = "{{<t-layout}}\n{{$content}}\n<h1>{{title}}</h1>\n{{#items}}\n{{>partials/t-item}}\n{{/items}}\n{{/content}}\n{{/t-layout}}\n"
    static let item = "  <li data-x='{{name}}'>{{name}} – {{count}}</li>\n"

    @Test func escapesAsTheLibraryDoesEverywhere() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let folder = tmp.path + "/templates"
        try FileManager.default.copyItem(atPath: Repo.path("templates"), toPath: folder)
        try Self.layout.write(toFile: folder + "/t-layout.mustache", atomically: true, encoding: .utf8)
        try Self.page.write(toFile: folder + "/t-page.mustache", atomically: true, encoding: .utf8)
        try Self.item.write(toFile: folder + "/partials/t-item.mustache", atomically: true, encoding: .utf8)
        let tricky = "<script>alert('x & \"y\"')</script> Orbán’s — “quote” >&<"
        let values: [String: Any] = ["title": tricky, "raw": "<b>kept</b>",
                                     "items": [["name": tricky, "count": 3], ["name": "plain text", "count": 0], ["name": "", "count": -1]]]
        let fast = try TemplateSet(folder: folder).render("t-page", values)

        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: Self.layout), named: "t-layout")
        library.register(try MustacheTemplate(string: Self.page), named: "t-page")
        library.register(try MustacheTemplate(string: Self.item), named: "partials/t-item")
        let reference = try #require(library.render(values, withTemplate: "t-page"))

        #expect(fast == reference)
        #expect(fast.contains("&lt;script&gt;alert(&#39;x &amp; &quot;y&quot;&#39;)&lt;/script&gt; Orbán’s — “quote” &gt;&amp;&lt;"))
        #expect(fast.contains("<b>kept</b>"), "triple mustaches stay unescaped")
        #expect(FastHTMLEscaping().escapeText("no specials — “at all”") == "no specials — “at all”")
    }

    @Test func aParseErrorNamesTheLineOfTheFile() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let folder = tmp.path + "/templates"
        try FileManager.default.copyItem(atPath: Repo.path("templates"), toPath: folder)
        let bad = "<ul>\n<li>{{x}</li>\n</ul>\n"
        try bad.write(toFile: folder + "/partials/t-bad.mustache", atomically: true, encoding: .utf8)
        var libraryLine: Int?
        do { _ = try MustacheTemplate(string: bad) } catch let error as MustacheTemplate.ParserError { libraryLine = error.context.lineNumber }
        #expect(libraryLine == 2)
        #expect {
            _ = try TemplateSet(folder: folder)
        } throws: { error in
            guard case let BriefingError.template(file, line, _) = error else { return false }
            return file.hasSuffix("partials/t-bad.mustache") && line == libraryLine
        }
    }
}
