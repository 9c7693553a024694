/// A JSON value whose objects keep their keys in the order written.
/// Foundation's JSONEncoder can only sort keys alphabetically; CONTRACT.md
/// shows the export in a reading order (title, threads, articles …), and a
/// hand-written serializer of this size keeps it both stable and readable.
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    case number(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }

    public static func optional(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }

    /// Pretty-printed with two-space indents and a final newline.
    public func serialized() -> String {
        var out = ""
        write(to: &out, indent: 0)
        return out + "\n"
    }

    /// On one line with no spaces, for data that only scripts read.
    public func compact() -> String {
        var out = ""
        writeCompact(to: &out)
        return out
    }

    private func writeCompact(to out: inout String) {
        switch self {
        case let .array(items):
            out += "["
            for (i, item) in items.enumerated() { if i > 0 { out += "," }; item.writeCompact(to: &out) }
            out += "]"
        case let .object(pairs):
            out += "{"
            for (i, (key, value)) in pairs.enumerated() {
                if i > 0 { out += "," }
                JSONValue.quote(key, into: &out)
                out += ":"
                value.writeCompact(to: &out)
            }
            out += "}"
        default: write(to: &out, indent: 0)
        }
    }

    private func write(to out: inout String, indent: Int) {
        // Indents are made only for lists and objects, not for every value.
        var pad: String { String(repeating: "  ", count: indent + 1) }
        var close: String { String(repeating: "  ", count: indent) }
        switch self {
        case let .string(s): JSONValue.quote(s, into: &out)
        case let .number(n): out += String(n)
        case let .bool(b): out += b ? "true" : "false"
        case .null: out += "null"
        case let .array(items):
            if items.isEmpty { out += "[]"; return }
            if items.allSatisfy({ if case .string = $0 { return true } else { return false } }) {
                out += "["
                for (i, item) in items.enumerated() { if i > 0 { out += ", " }; item.write(to: &out, indent: indent) }
                out += "]"
                return
            }
            out += "[\n"
            let pad = pad
            for (i, item) in items.enumerated() {
                out += pad
                item.write(to: &out, indent: indent + 1)
                out += i < items.count - 1 ? ",\n" : "\n"
            }
            out += close + "]"
        case let .object(pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{\n"
            let pad = pad
            for (i, (key, value)) in pairs.enumerated() {
                out += pad
                JSONValue.quote(key, into: &out)
                out += ": "
                value.write(to: &out, indent: indent + 1)
                out += i < pairs.count - 1 ? ",\n" : "\n"
            }
            out += close + "}"
        }
    }

    /// `s` as a JSON string. Runs that need no escape — nearly all text —
    /// are appended whole; `<` is escaped so the JSON is safe inside HTML,
    /// and U+2028 and U+2029 so it is safe inside a script.
    static func quote(_ s: String, into out: inout String) {
        out += "\""
        let utf8 = s.utf8
        var run = utf8.startIndex, i = run
        while i != utf8.endIndex {
            let byte = utf8[i]
            var escape: String?
            var width = 1
            switch byte {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0x3C: escape = "\\u003c"
            case ..<0x20: escape = "\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
            case 0xE2:   // E2 80 A8 and E2 80 A9: U+2028 and U+2029
                let next = utf8.index(after: i)
                if next != utf8.endIndex, utf8[next] == 0x80 {
                    let last = utf8.index(after: next)
                    if last != utf8.endIndex, utf8[last] == 0xA8 || utf8[last] == 0xA9 {
                        escape = utf8[last] == 0xA8 ? "\\u2028" : "\\u2029"
                        width = 3
                    }
                }
            default: break
            }
            guard let escape else { i = utf8.index(after: i); continue }
            out += s[run..<i]
            out += escape
            i = utf8.index(i, offsetBy: width)
            run = i
        }
        out += s[run..<i]
        out += "\""
    }
}
