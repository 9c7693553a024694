import Mustache

/// A template as `TemplateRenderer` runs it: swift-mustache's own parse of
/// the file (its tags, its standalone lines, its inheritance), read once,
/// when the templates are loaded, into nodes that name what each tag needs
/// — a variable's path already split, a partial's overrides already read.
///
/// Why not render with swift-mustache itself: it looks each tag's value up
/// through several protocol casts (about 0.1–0.2 µs each on this Linux
/// runtime) and splits the tag's name again every time; with 10,000 article
/// pages that was a third of a full build's CPU. Parsing stays the
/// library's, so a template means what it meant; a template that uses what
/// the renderer does not do (transforms such as `{{uppercased(name)}}`,
/// dynamic partials, another content type) is not compiled, and the whole
/// set is then rendered by swift-mustache as before.
///
/// The library keeps its parse private, so it is read by reflection (`Mirror`),
/// once per template; a version of the library that stored it otherwise
/// would make `init?` fail, and the set fall back to the library.
struct CompiledTemplate: Sendable {
    indirect enum Node: Sendable {
        case text(String)
        /// `{{name}}` (escaped) or `{{{name}}}`.
        case variable(Path, escaped: Bool)
        case section(Path, inverted: Bool, body: [Node])
        /// `{{$name}}…{{/name}}` in a parent: its override if the page gives one, else `body`.
        case block(name: String, body: [Node], indentation: String?)
        /// `{{>name}}`, or `{{<name}}…{{/name}}` with the blocks it overrides.
        case partial(name: String, indentation: String?, overrides: [String: [Node]]?)

        func copied() -> Node {
            switch self {
            case let .text(text): .text(.fresh(text))
            case let .variable(path, escaped): .variable(path.copied(), escaped: escaped)
            case let .section(path, inverted, body): .section(path.copied(), inverted: inverted, body: body.map { $0.copied() })
            case let .block(name, body, indentation): .block(name: .fresh(name), body: body.map { $0.copied() }, indentation: indentation.map(String.fresh))
            case let .partial(name, indentation, overrides):
                .partial(name: .fresh(name), indentation: indentation.map(String.fresh),
                         overrides: overrides.map { Dictionary(uniqueKeysWithValues: $0.map { (String.fresh($0.key), $0.value.map { $0.copied() }) }) })
            }
        }
    }

    /// A tag's name: "." (the current value), "a.b" (looked up from the
    /// innermost value outwards, then inside it), ".a" (the current value only).
    struct Path: Sendable {
        let names: [String]
        let isCurrent: Bool
        let fromTopOnly: Bool

        init(_ name: String) {
            isCurrent = name == "."
            fromTopOnly = name.first == "."
            names = name.split(separator: ".").map(String.init)
        }

        private init(names: [String], isCurrent: Bool, fromTopOnly: Bool) {
            self.names = names
            self.isCurrent = isCurrent
            self.fromTopOnly = fromTopOnly
        }

        func copied() -> Path { Path(names: names.map(String.fresh), isCurrent: isCurrent, fromTopOnly: fromTopOnly) }
    }

    let nodes: [Node]

    private init(nodes: [Node]) { self.nodes = nodes }

    /// The same template, none of its strings or lists shared with this one.
    func copied() -> CompiledTemplate { CompiledTemplate(nodes: nodes.map { $0.copied() }) }

    /// Nil when the template holds anything the renderer does not do.
    /// Every template of a `TemplateSet` starts with its content-type pragma
    /// (`FastHTMLEscaping`), which is the only content type taken.
    init?(_ template: MustacheTemplate) {
        guard let nodes = Self.nodes(of: template, top: true) else { return nil }
        self.nodes = nodes
    }

    private static func nodes(of template: MustacheTemplate, top: Bool) -> [Node]? {
        guard let tokens = Mirror(reflecting: template).children.first(where: { $0.label == "tokens" })?.value as? [Any] else {
            return nil
        }
        var nodes: [Node] = []
        for (i, token) in tokens.enumerated() {
            guard let (kind, payload) = Mirror(reflecting: token).children.first.map({ ($0.label, $0.value) }) else { return nil }
            let fields = Mirror(reflecting: payload).children.map { ($0.label, $0.value) }
            func field(_ label: String) -> Any? { fields.first { $0.0 == label }?.1 }
            func noTransforms() -> Bool { (field("transforms") as? [String])?.isEmpty == true }
            /// A field that holds an optional: `.some(nil)` when it holds none,
            /// nil when there is no such field or it holds something else.
            func optional<T>(_ label: String, _: T.Type) -> T?? {
                guard let value = field(label) else { return nil }
                let mirror = Mirror(reflecting: value)
                guard mirror.displayStyle == .optional else { return nil }
                guard let wrapped = mirror.children.first?.value else { return .some(nil) }
                return (wrapped as? T).map { .some($0) } ?? nil
            }
            switch kind {
            case "text":
                guard let text = payload as? String else { return nil }
                nodes.append(.text(text))
            case "variable", "unescapedVariable":
                guard let name = field("name") as? String, noTransforms() else { return nil }
                nodes.append(.variable(Path(name), escaped: kind == "variable"))
            case "section", "invertedSection":
                guard let name = field("name") as? String, noTransforms(), let body = field("template") as? MustacheTemplate,
                      let bodyNodes = Self.nodes(of: body, top: false) else { return nil }
                nodes.append(.section(Path(name), inverted: kind == "invertedSection", body: bodyNodes))
            case "blockExpansion":
                guard let name = field("name") as? String, let body = field("default") as? MustacheTemplate,
                      let bodyNodes = Self.nodes(of: body, top: false), let indentation = optional("indentation", String.self) else { return nil }
                nodes.append(.block(name: name, body: bodyNodes, indentation: indentation))
            case "partial":
                guard let name = field(".0") as? String, let indentation = optional("indentation", String.self),
                      let inherits = optional("inherits", [String: MustacheTemplate].self) else { return nil }
                var overrides: [String: [Node]]?
                if let inherits {
                    overrides = [:]
                    for (block, template) in inherits {
                        guard let blockNodes = Self.nodes(of: template, top: false) else { return nil }
                        overrides![block] = blockNodes
                    }
                }
                nodes.append(.partial(name: name, indentation: indentation, overrides: overrides))
            case "contentType":
                // Only the pragma `TemplateSet` puts first in every template.
                guard top, i == 0, payload is FastHTMLEscaping else { return nil }
            default:
                return nil
            }
        }
        if top, !(tokens.first.map { Mirror(reflecting: $0).children.first?.label == "contentType" } ?? false) { return nil }
        return nodes
    }
}

extension String {
    /// The same text in new storage (text of 15 bytes or fewer has none).
    static func fresh(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }
}
