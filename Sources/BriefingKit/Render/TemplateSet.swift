import Foundation
import Mustache

/// The Mustache templates of a templates folder, parsed by swift-mustache
/// and rendered by `TemplateRenderer` (or, should a template use what that
/// does not do, by swift-mustache). Each name in `pages` is a page template;
/// pages may extend `layout` and use partials. Files under `assets/` are
/// copied as they are.
public struct TemplateSet: Sendable {
    public static let pages = ["index", "thread", "article", "timeline", "entity", "entities", "sources", "search", "archive", "month"]
    /// Partials the renderer itself renders (see `PartialCache`), which a templates folder must have too.
    static let renderedPartials = ["partials/timeline-day", "partials/article-item"]
    let library: MustacheLibrary
    /// Every template compiled for `TemplateRenderer`, or nil when one uses
    /// what it does not do: then swift-mustache renders them all.
    let compiled: TemplateRenderer?
    /// `compiled` once per worker of `Parallel.map` (the first is `compiled`
    /// itself), each with strings and lists of its own: when both cores
    /// rendered from the same nodes, the atomic retain of each node's text
    /// bounced its cache line between them, and made rendering an eighth slower.
    private let compiledCopies: [TemplateRenderer]
    public let assets: [String: Data]
    /// Digest of every template's name and text (see `PageFingerprint`).
    let fingerprint: String

    public init(folder: String) throws { try self.init(folder: folder, compiling: true) }

    /// `compiling: false` leaves every template to swift-mustache (for tests
    /// that compare the two renderers).
    init(folder: String, compiling: Bool) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BriefingError.template(file: folder, line: nil,
                message: "no such templates folder; copy the project's templates/ folder or pass --templates DIR")
        }
        (library, fingerprint, compiled) = try Self.loadTemplates(folder: folder, compiling: compiling)
        compiledCopies = compiled.map { renderer in (0..<Parallel.workers).map { $0 == 0 ? renderer : renderer.copied() } } ?? []
        for page in Self.pages + Self.renderedPartials where library.getTemplate(named: page) == nil {
            throw BriefingError.template(file: (folder as NSString).appendingPathComponent("\(page).mustache"), line: nil,
                                         message: "this template is missing; every templates folder needs \((Self.pages + Self.renderedPartials).map { $0 + ".mustache" }.joined(separator: ", "))")
        }
        assets = try Self.loadAssets(folder: (folder as NSString).appendingPathComponent("assets"))
    }

    /// Whether the folder has the template `name` ("partials/timeline-entry").
    func has(_ name: String) -> Bool { library.getTemplate(named: name) != nil }

    public func render(_ page: String, _ context: [String: Any]) -> String {
        if !compiledCopies.isEmpty { return compiledCopies[Parallel.worker % compiledCopies.count].render(page, context) ?? "" }
        return library.render(context, withTemplate: page) ?? ""
    }

    /// Every `*.mustache` file, registered by its path without the extension
    /// ("layout", "partials/meta"). Loaded here rather than with the library's
    /// async loader so that a parse error names the file and line.
    private static func loadTemplates(folder: String, compiling: Bool) throws -> (MustacheLibrary, String, TemplateRenderer?) {
        var library = MustacheLibrary()
        var compiled: [String: CompiledTemplate]? = compiling ? [:] : nil
        registerEscaping
        var digest = StableDigest()
        let names = (FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".mustache") }.sorted()
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw BriefingError.template(file: path, line: nil, message: "cannot be read as UTF-8 text")
            }
            digest.add("\(name)\n\(text.utf8.count)\n\(text)")
            do {
                // Every template, partials too, since a partial starts from the library's escaping.
                let template = try MustacheTemplate(string: FastHTMLEscaping.pragma + text), key = String(name.dropLast(".mustache".count))
                library.register(template, named: key)
                if compiled != nil { compiled![key] = CompiledTemplate(template) }
                if compiled != nil, compiled?[key] == nil {
                    compiled = nil
                    Trace.mark("template \(key) holds a tag TemplateRenderer does not do: swift-mustache renders every template")
                }
            } catch let error as MustacheTemplate.ParserError {
                // The pragma is one line more than the file has.
                throw BriefingError.template(file: path, line: error.context.lineNumber - 1,
                    message: "\(error.error) near “\(error.context.line.trimmingCharacters(in: .whitespaces))”; fix the tag on that line")
            }
        }
        return (library, digest.hex, compiled.map(TemplateRenderer.init))
    }

    /// Once per process, before any template names the content type.
    private static let registerEscaping: Void = FastHTMLEscaping.register()

    private static func loadAssets(folder: String) throws -> [String: Data] {
        let fm = FileManager.default
        guard let names = fm.enumerator(atPath: folder)?.compactMap({ $0 as? String }) else { return [:] }
        var assets: [String: Data] = [:]
        for name in names.sorted() where !name.hasPrefix(".") && !name.contains("/.") {
            let path = (folder as NSString).appendingPathComponent(name)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else { continue }
            guard let data = fm.contents(atPath: path) else {
                throw BriefingError.template(file: path, line: nil, message: "cannot be read; check its permissions")
            }
            assets["assets/" + name] = data
        }
        return assets
    }
}
