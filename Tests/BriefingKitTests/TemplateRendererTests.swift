import Foundation
import Mustache
import Testing
@testable import BriefingKit

/// `TemplateRenderer` renders what swift-mustache renders, byte for byte:
/// the whole site of the fixture seeds, and templates that use every tag
/// and whitespace rule the renderer takes, with every kind of value.
struct TemplateRendererTests {
    @Test func theSiteRendersAsSwiftMustacheRendersIt() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let report = try Pipeline.build(BuildOptions(seeds: Repo.fixture("site/seeds"), out: tmp.path + "/site",
                                                     config: Repo.fixture("site/briefing.yml"), templates: Repo.path("templates"),
                                                     cache: false), log: MemoryLog())
        let compiled = try TemplateSet(folder: Repo.path("templates"))
        let library = try TemplateSet(folder: Repo.path("templates"), compiling: false)
        #expect(compiled.compiled != nil, "the project's templates are all compiled")
        #expect(library.compiled == nil)
        let fast = SiteRenderer.render(report.briefing, templates: compiled, baseURL: report.briefing.config.baseURL)
        let reference = SiteRenderer.render(report.briefing, templates: library, baseURL: report.briefing.config.baseURL)
        #expect(fast.paths == reference.paths)
        for path in reference.paths where path.hasSuffix(".html") {
            #expect(fast.files[path] == reference.files[path], "\(path)")
        }
        #expect(reference.paths.filter { $0.hasSuffix(".html") }.count > 10)
    }

    /// Standalone tags, indented partials, nested parents and overrides,
    /// dotted and current-value names, sections over every kind of value.
    static let templates: [String: String] = [
        "t-layout": "<!doctype html>\r\n<title>{{$title}}Default{{/title}}</title>\n  {{$body}}\n  nothing\n  {{/body}}\n{{! a comment }}\n<footer>{{site.name}} · {{.site.name}}</footer>\n",
        "t-middle": "{{<t-layout}}{{$title}}Middle {{title}}{{/title}}{{/t-layout}}\n",
        "t-page": """
            {{<t-middle}}
            {{$body}}
              {{#items}}
                {{>partials/t-item}}
              {{/items}}
              {{^items}}no items{{/items}}
              {{^empty}}empty list{{/empty}}{{#empty}}never{{/empty}}
              {{#flag}}flag on{{/flag}}{{^flag}}flag off{{/flag}}
              {{#off}}never{{/off}}{{^off}}off is false{{/off}}
              {{#zero}}zero is a value: {{.}}{{/zero}} {{#blank}}blank is a value: [{{.}}]{{/blank}}
              {{#missing}}never{{/missing}}{{^missing}}missing is false{{/missing}}
              {{#tags}}<{{.}}>{{/tags}} {{#numbers}}{{.}},{{/numbers}}
              {{#site}}{{name}} in {{site.name}} and {{title}}{{/site}}
              {{#point}}{{x}}/{{y}}/{{z}}{{/point}} {{point.x}} {{bool}} {{double}} {{{raw}}} {{raw}}
              {{=<% %>=}}<% title %> {{not a tag}}<%={{ }}=%>
            {{/body}}
            {{/t-middle}}

            """,
        "partials/t-item": "<li>\n  {{name}}: {{#tags}}{{.}} {{/tags}}\n  {{>partials/t-leaf}}\n</li>\n",
        "partials/t-leaf": "leaf {{name}}\nline two\n",
    ]

    struct Point { let x: Int; let y: String; let z: Bool? }

    @Test func everyTagAndValueRendersAsInTheLibrary() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let folder = tmp.path + "/templates"
        try FileManager.default.copyItem(atPath: Repo.path("templates"), toPath: folder)
        for (name, text) in Self.templates {
            try text.write(toFile: folder + "/\(name).mustache", atomically: true, encoding: .utf8)
        }
        let values: [String: Any] = [
            "title": "A & B", "site": ["name": "Desk <1>"] as [String: Any],
            "items": [["name": "one", "tags": ["x", "y"]], ["name": "two & three", "tags": [String]()]] as [[String: Any]],
            "empty": [[String: Any]](), "flag": true, "off": false, "zero": 0, "blank": "",
            "tags": ["a", "b&c"], "numbers": [1, 2, 3], "point": Point(x: 1, y: "why", z: nil),
            "bool": true, "double": 2.5, "raw": "<b>bold</b>",
        ]
        let compiled = try TemplateSet(folder: folder)
        let library = try TemplateSet(folder: folder, compiling: false)
        #expect(compiled.compiled != nil)
        let fast = compiled.render("t-page", values)
        let reference = library.render("t-page", values)
        #expect(fast == reference)
        #expect(fast.contains("Middle A &amp; B") && fast.contains("two &amp; three") && fast.contains("leaf one"))
        // Each worker of `Parallel.map` renders with a copy of its own.
        #expect(compiled.compiled?.copied().render("t-page", values) == reference)
        nonisolated(unsafe) let shared = values   // read only
        let pages = Parallel.map(Array(0..<64)) { _ in compiled.render("t-page", shared) }
        #expect(pages.allSatisfy { $0 == reference })
    }

    /// `Parallel.worker` names one of the workers inside `map`, 0 outside,
    /// and is as it was once a `map` inside another has returned.
    @Test func workersAreNumberedInsideMapOnly() {
        #expect(Parallel.worker == 0)
        let seen = Parallel.map(Array(0..<200)) { _ in
            let outer = Parallel.worker
            _ = Parallel.map([1, 2, 3]) { $0 }
            return outer == Parallel.worker ? outer : -1
        }
        #expect(seen.allSatisfy { (0..<Parallel.workers).contains($0) })
        #expect(Parallel.worker == 0)
    }

    /// The renderer skips the library's reflection on text, numbers, truth
    /// values and lists, because it finds nothing there: no labelled child.
    @Test func plainValuesHaveNoNamedChildrenToFind() {
        let values: [Any] = ["text", 3, true, [["a": 1] as [String: Any]], [RenderedPart]()]
        for value in values {
            #expect(Mirror(reflecting: value).children.allSatisfy { $0.label == nil }, "\(type(of: value))")
        }
    }

    /// A template with a transform is not compiled; the whole set is then
    /// rendered by swift-mustache, transforms and all.
    @Test func aTemplateWithATransformLeavesTheSetToTheLibrary() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let folder = tmp.path + "/templates"
        try FileManager.default.copyItem(atPath: Repo.path("templates"), toPath: folder)
        try "<p>{{uppercased(name)}}</p>\n".write(toFile: folder + "/partials/t-shout.mustache", atomically: true, encoding: .utf8)
        let set = try TemplateSet(folder: folder)
        #expect(set.compiled == nil)
        #expect(set.render("partials/t-shout", ["name": "quiet"]) == "<p>QUIET</p>\n")
    }
}
