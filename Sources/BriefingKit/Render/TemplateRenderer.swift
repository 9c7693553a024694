import Foundation
import Mustache

/// Renders `CompiledTemplate`s as swift-mustache renders the same templates,
/// tag for tag (its `Template+Render.swift`): the same lookups up the stack
/// of values, the same truth of a section's value, the same indentation of
/// partials and overrides of blocks, the same escaping (`FastHTMLEscaping`,
/// the pragma every template starts with). The difference is how a value is
/// looked at: the types pages are made of (`String`, `Int`, `Bool`,
/// dictionaries and lists of them, parts and Markdown) are matched as those
/// types first; anything else goes through the library's own protocols, as
/// the library would. Pages hold no lambdas (`MustacheLambda`), which the
/// library would call: values come from `PageContext`, never from a template.
struct TemplateRenderer: Sendable {
    let templates: [String: CompiledTemplate]

    /// `name` rendered with `values`; nil when there is no such template.
    func render(_ name: String, _ values: Any) -> String? {
        guard let template = templates[name] else { return nil }
        var output = ""
        var stack: [Frame] = [Frame(values)]
        stack.reserveCapacity(8)
        render(template.nodes, into: &output, stack: &stack, scope: Scope())
        return output
    }

    /// The same templates in storage of their own (`CompiledTemplate.copied`).
    func copied() -> TemplateRenderer {
        TemplateRenderer(templates: Dictionary(uniqueKeysWithValues: templates.map { (String.fresh($0.key), $0.value.copied()) }))
    }

    /// What a partial or an inherited block changes while it renders.
    private struct Scope {
        var indentation: String?
        var overrides: [String: [CompiledTemplate.Node]]?
    }

    private func render(_ nodes: [CompiledTemplate.Node], into output: inout String, stack: inout [Frame], scope: Scope) {
        // As the library: inside an indented partial, a node's text that
        // follows a line break is indented (the first line is not).
        if let indentation = scope.indentation, !indentation.isEmpty {
            var own = ""
            for node in nodes {
                var piece = ""
                render(node, into: &piece, stack: &stack, scope: scope)
                if !piece.isEmpty, own.last == "\n" { own += indentation }   // a Character: not after "\r\n"
                own += piece
            }
            output += own
            return
        }
        for node in nodes { render(node, into: &output, stack: &stack, scope: scope) }
    }

    private func render(_ node: CompiledTemplate.Node, into output: inout String, stack: inout [Frame], scope: Scope) {
        switch node {
        case let .text(text):
            output += text
        case let .variable(path, escaped):
            guard let value = lookup(path, in: stack) else { return }
            let text = Self.text(of: value)
            output += escaped ? FastHTMLEscaping().escapeText(text) : text
        case let .section(path, inverted, body):
            let value = lookup(path, in: stack)
            if inverted {
                renderInverted(value, body, into: &output, stack: &stack, scope: scope)
            } else {
                renderSection(value, body, into: &output, stack: &stack, scope: scope)
            }
        case let .block(name, body, indentation):
            var inner = scope
            if let indentation { inner.indentation = (scope.indentation ?? "") + indentation }
            render(scope.overrides?[name] ?? body, into: &output, stack: &stack, scope: inner)
        case let .partial(name, indentation, overrides):
            guard let template = templates[name] else { return }
            var inner = scope
            if let indentation { inner.indentation = (scope.indentation ?? "") + indentation }
            if let overrides {
                // Overrides made further out win, as in the library.
                inner.overrides = scope.overrides.map { $0.merging(overrides) { outer, _ in outer } } ?? overrides
            }
            render(template.nodes, into: &output, stack: &stack, scope: inner)
        }
    }

    // MARK: Sections

    private func renderSection(_ value: Any?, _ body: [CompiledTemplate.Node], into output: inout String, stack: inout [Frame], scope: Scope) {
        guard let value else { return }
        switch Self.plain(value) {
        case .list:
            for item in value as! [[String: Any]] { renderPushing(item, body, into: &output, stack: &stack, scope: scope) }
        case .parts:
            for item in value as! [RenderedPart] { renderPushing(item, body, into: &output, stack: &stack, scope: scope) }
        case .bool:
            if value as! Bool { render(body, into: &output, stack: &stack, scope: scope) }
        case .string, .int, .values, .part, .markdown, .renderedPart:
            renderPushing(value, body, into: &output, stack: &stack, scope: scope)
        case nil:
            if let sequence = value as? any MustacheSequence {
                for item in Self.elements(of: sequence) { renderPushing(item, body, into: &output, stack: &stack, scope: scope) }
            } else if let flag = value as? Bool {
                if flag { render(body, into: &output, stack: &stack, scope: scope) }
            } else if let null = value as? MustacheCustomRenderable, null.isNull {
                return
            } else {
                renderPushing(value, body, into: &output, stack: &stack, scope: scope)
            }
        }
    }

    private func renderInverted(_ value: Any?, _ body: [CompiledTemplate.Node], into output: inout String, stack: inout [Frame], scope: Scope) {
        guard let value else { return render(body, into: &output, stack: &stack, scope: scope) }
        switch Self.plain(value) {
        case .list:
            // An empty list is pushed while the section renders, as the library does.
            if (value as! [[String: Any]]).isEmpty { renderPushing(value, body, into: &output, stack: &stack, scope: scope) }
        case .parts:
            if (value as! [RenderedPart]).isEmpty { renderPushing(value, body, into: &output, stack: &stack, scope: scope) }
        case .bool:
            if !(value as! Bool) { render(body, into: &output, stack: &stack, scope: scope) }
        case .string, .int, .values, .part, .markdown, .renderedPart:
            return
        case nil:
            if let sequence = value as? any MustacheSequence {
                if Self.elements(of: sequence).isEmpty { renderPushing(value, body, into: &output, stack: &stack, scope: scope) }
            } else if let flag = value as? Bool {
                if !flag { render(body, into: &output, stack: &stack, scope: scope) }
            } else if let null = value as? MustacheCustomRenderable, null.isNull {
                render(body, into: &output, stack: &stack, scope: scope)
            }
        }
    }

    private func renderPushing(_ value: Any, _ body: [CompiledTemplate.Node], into output: inout String, stack: inout [Frame], scope: Scope) {
        stack.append(Frame(value))
        render(body, into: &output, stack: &stack, scope: scope)
        stack.removeLast()
    }

    private static func elements<S: Sequence>(of sequence: S) -> [Any] { sequence.map { $0 } }

    // MARK: Values

    /// The value types pages are made of, none of which the library's
    /// protocols for special values (representations, null values) take.
    fileprivate enum Plain { case string, int, bool, values, list, parts, part, markdown, renderedPart }

    private static let plainTypes: [(type: ObjectIdentifier, kind: Plain)] = [
        (ObjectIdentifier(String.self), .string), (ObjectIdentifier([String: Any].self), .values),
        (ObjectIdentifier(Int.self), .int), (ObjectIdentifier(Bool.self), .bool), (ObjectIdentifier([[String: Any]].self), .list),
        (ObjectIdentifier(CachedPartial.self), .part), (ObjectIdentifier([RenderedPart].self), .parts),
        (ObjectIdentifier(RenderedPart.self), .renderedPart), (ObjectIdentifier(MarkdownHTML.self), .markdown),
    ]

    /// Which of those `value` is, told by its dynamic type alone, with no
    /// cast tried: nil for anything else, an optional among them. Nine
    /// identities compared in turn, the commonest first, cost less than hashing one.
    @inline(__always) fileprivate static func plain(_ value: Any) -> Plain? {
        let type = ObjectIdentifier(Swift.type(of: value))
        for entry in plainTypes where entry.type == type { return entry.kind }
        return nil
    }

    /// A value on the stack, its kind told once, when it is pushed: a
    /// page's dictionaries and parts are looked into by every tag of the
    /// sections inside them, and telling and casting them again for each
    /// tag was a third of the lookups' time.
    private enum Frame {
        case values([String: Any])
        case renderedPart(RenderedPart)
        case other(Any)

        init(_ value: Any) {
            switch TemplateRenderer.plain(value) {
            case .values: self = .values(value as! [String: Any])
            case .renderedPart: self = .renderedPart(value as! RenderedPart)
            default: self = .other(value)
            }
        }

        var value: Any {
            switch self {
            case let .values(values): values
            case let .renderedPart(part): part
            case let .other(value): value
            }
        }

        /// `TemplateRenderer.child(named:of:)` of the value.
        func child(named name: String) -> Any? {
            switch self {
            case let .values(values): values[name]
            case let .renderedPart(part): part.child(named: name)
            case let .other(value): TemplateRenderer.child(named: name, of: value)
            }
        }
    }

    /// The library's `getChild`: "." is the innermost value; a name is
    /// looked for from the innermost value outwards, and the rest of a
    /// dotted name inside what it found; ".name" only in the innermost.
    private func lookup(_ path: CompiledTemplate.Path, in stack: [Frame]) -> Any? {
        var found: Any?
        if path.isCurrent {
            found = stack.last?.value
        } else if path.fromTopOnly {
            found = Self.descend(path.names[...], from: stack.last!.value)
        } else if let first = path.names.first {
            var level = stack.count - 1
            while level >= 0 {
                if let child = stack[level].child(named: first) {
                    found = path.names.count == 1 ? child : Self.descend(path.names.dropFirst(), from: child)
                    break
                }
                level -= 1
            }
        } else {
            found = stack.last?.value
        }
        guard let value = found else { return nil }
        if Self.plain(value) != nil { return value }
        if let custom = value as? MustacheCustomRepresentation { return custom.representation }
        return value
    }

    private static func descend(_ names: ArraySlice<String>, from object: Any) -> Any? {
        var object = object
        for name in names {
            guard let child = child(named: name, of: object) else { return nil }
            object = child
        }
        return object
    }

    /// The value `object` holds under `name`, as the library's `_getImmediateChild` finds it.
    fileprivate static func child(named name: String, of object: Any) -> Any? {
        switch plain(object) {
        case .values: return (object as! [String: Any])[name]
        case .renderedPart: return (object as! RenderedPart).child(named: name)
        // Text, numbers, truth values and lists have no stored property a name
        // could find (their mirrors have no labelled children): the library's
        // reflection finds nothing in them, and costs a mirror each time, as
        // when `{{#author}}{{author}}{{/author}}` looks for "author" in the text first.
        case .string, .int, .bool, .list, .parts: return nil
        case .part, .markdown: return reflectedChild(named: name, of: object)
        case nil:
            var target: Any? = object
            if let custom = object as? MustacheCustomRepresentation { target = custom.representation }
            if let parent = target as? MustacheParent { return parent.child(named: name) }
            guard let target else { return nil }
            return reflectedChild(named: name, of: target)
        }
    }

    /// A stored property by its name, as the library's `Mirror.getValue(forKey:)` finds it.
    private static func reflectedChild(named name: String, of object: Any) -> Any? {
        Mirror(reflecting: object).children.first { $0.label == name }.map { unwrapOptional($0.value) } ?? nil
    }

    /// A variable's text, before escaping, as the library makes it.
    private static func text(of value: Any) -> String {
        switch plain(value) {
        case .string: return value as! String
        case .int: return String(value as! Int)
        case .part: return (value as! CachedPartial).renderText
        case .markdown: return (value as! MarkdownHTML).renderText
        case .bool: return String(describing: value as! Bool)
        default:
            if let renderable = value as? MustacheCustomRenderable { return renderable.renderText }
            return String(describing: unwrapOptional(value) ?? value)
        }
    }

    private static func unwrapOptional(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
