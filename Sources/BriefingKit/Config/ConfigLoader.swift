import Foundation
import Yams

/// Reads `briefing.yml` with Yams, keeping each node's line so that every
/// error names the key and the line it is on.
public enum ConfigLoader {
    static let siteKeys: Set<String> = ["title", "description", "language", "base_url", "threads", "aliases"]
    static let threadKeys: Set<String> = ["id", "title", "description", "signals", "terms"]

    public static func load(path: String) throws -> SiteConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BriefingError.config(file: path, line: nil,
                message: "the file does not exist or cannot be read; create it (see README.md, 'Define a thread') or pass --config FILE")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw BriefingError.config(file: path, line: nil, message: "the file is not UTF-8 text; save it as UTF-8")
        }
        return try parse(text, file: path)
    }

    public static func parse(_ text: String, file: String) throws -> SiteConfig {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw BriefingError.config(file: file, line: nil, message: "the file is empty; it needs at least `title:` and `threads:`")
            }
            root = node
        } catch let error as BriefingError {
            throw error
        } catch let error as YamlError {
            throw BriefingError.config(file: file, line: yamlLine(error), message: "not valid YAML: \(yamlProblem(error))")
        }
        let reader = NodeReader(file: file)
        let top = try reader.mapping(root, what: "the top level", allowed: siteKeys)
        let title = try reader.string(top["title"], key: "title", parent: root, required: true)!
        let description = try reader.string(top["description"], key: "description", parent: root) ?? ""
        let language = try reader.string(top["language"], key: "language", parent: root) ?? "en"
        let baseURL = try reader.string(top["base_url"], key: "base_url", parent: root)
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            throw BriefingError.config(file: file, line: top["base_url"]?.mark?.line,
                message: "`base_url` must be an absolute http(s) URL such as https://example.org/briefing/")
        }
        guard let threadsNode = top["threads"] else {
            throw BriefingError.config(file: file, line: root.mark?.line,
                message: "missing key `threads`; list the topic threads (see README.md, 'Define a thread')")
        }
        guard let items = threadsNode.sequence else {
            throw BriefingError.config(file: file, line: threadsNode.mark?.line, message: "`threads` must be a list")
        }
        var threads: [ThreadDefinition] = []
        var seen: Set<String> = []
        for item in items {
            let thread = try readThread(item, reader: reader)
            if !seen.insert(thread.id).inserted {
                throw BriefingError.config(file: file, line: item.mark?.line,
                    message: "thread id `\(thread.id)` is used twice; each thread needs its own id")
            }
            threads.append(thread)
        }
        return SiteConfig(title: title, description: description, language: language,
                          baseURL: baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }, threads: threads,
                          aliases: try readAliases(top["aliases"], reader: reader))
    }

    /// `aliases:` maps a name to its other spellings: `Volodymyr Zelensky: [Zelenskyy, Zelenskiy]`.
    private static func readAliases(_ node: Node?, reader: NodeReader) throws -> [String: String] {
        guard let node else { return [:] }
        guard let mapping = node.mapping else {
            throw BriefingError.config(file: reader.file, line: node.mark?.line,
                message: "`aliases` must map each name to a list of its other spellings, e.g. `Volodymyr Zelensky: [Zelenskyy]`")
        }
        var aliases: [String: String] = [:]
        for (key, value) in mapping {
            guard let name = key.string?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
                throw BriefingError.config(file: reader.file, line: key.mark?.line, message: "every alias entry needs a name before the colon")
            }
            for other in try reader.strings(value, key: name, parent: key, required: true) {
                if let earlier = aliases[other], earlier != name {
                    throw BriefingError.config(file: reader.file, line: value.mark?.line,
                        message: "“\(other)” is listed as a spelling of both \(earlier) and \(name); keep it under one")
                }
                aliases[other] = name
            }
        }
        return aliases
    }

    private static func readThread(_ node: Node, reader: NodeReader) throws -> ThreadDefinition {
        let map = try reader.mapping(node, what: "a thread", allowed: threadKeys)
        let id = try reader.string(map["id"], key: "id", parent: node, required: true)!
        guard isSafeID(id) else {
            throw BriefingError.config(file: reader.file, line: map["id"]?.mark?.line,
                message: "thread id `\(id)` may use only a-z, 0-9 and '-' (it becomes a file name)")
        }
        let title = try reader.string(map["title"], key: "title", parent: node, required: true)!
        let description = try reader.string(map["description"], key: "description", parent: node) ?? ""
        let signals = try reader.strings(map["signals"], key: "signals", parent: node, required: true)
        let terms = try reader.strings(map["terms"], key: "terms", parent: node, required: false)
        return ThreadDefinition(id: id, title: title, description: description, signals: signals, terms: terms)
    }

    static func isSafeID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && !id.hasPrefix("-")
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    private static func yamlLine(_ error: YamlError) -> Int? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            return mark.line
        default:
            return nil
        }
    }

    private static func yamlProblem(_ error: YamlError) -> String {
        switch error {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _):
            return problem
        default:
            return "\(error)".split(separator: "\n").first.map(String.init) ?? "unknown problem"
        }
    }
}

/// Typed access to YAML nodes that reports the offending key and line.
struct NodeReader {
    let file: String

    func mapping(_ node: Node, what: String, allowed: Set<String>) throws -> [String: Node] {
        guard let mapping = node.mapping else {
            throw BriefingError.config(file: file, line: node.mark?.line, message: "\(what) must be a mapping of `key: value` lines")
        }
        var result: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            guard allowed.contains(name) else {
                let known = allowed.sorted().map { "`\($0)`" }.joined(separator: ", ")
                throw BriefingError.config(file: file, line: key.mark?.line,
                    message: "unknown key `\(name)` in \(what); known keys are \(known)")
            }
            result[name] = value
        }
        return result
    }

    func string(_ node: Node?, key: String, parent: Node, required: Bool = false) throws -> String? {
        guard let node else {
            if required {
                throw BriefingError.config(file: file, line: parent.mark?.line, message: "missing key `\(key)`")
            }
            return nil
        }
        guard node.scalar != nil, let value = node.string?.trimmingCharacters(in: .whitespacesAndNewlines) else {
            throw BriefingError.config(file: file, line: node.mark?.line, message: "`\(key)` must be text")
        }
        if required && value.isEmpty {
            throw BriefingError.config(file: file, line: node.mark?.line, message: "`\(key)` must not be empty")
        }
        return value
    }

    func strings(_ node: Node?, key: String, parent: Node, required: Bool) throws -> [String] {
        guard let node else {
            if required {
                throw BriefingError.config(file: file, line: parent.mark?.line,
                    message: "missing key `\(key)`; give at least one name or phrase")
            }
            return []
        }
        guard let items = node.sequence else {
            throw BriefingError.config(file: file, line: node.mark?.line, message: "`\(key)` must be a list of text")
        }
        var values: [String] = []
        for item in items {
            guard item.scalar != nil, let s = item.string, !s.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw BriefingError.config(file: file, line: item.mark?.line, message: "every entry of `\(key)` must be non-empty text")
            }
            values.append(s.trimmingCharacters(in: .whitespaces))
        }
        if required && values.isEmpty {
            throw BriefingError.config(file: file, line: node.mark?.line, message: "`\(key)` must list at least one entry")
        }
        return values
    }
}
