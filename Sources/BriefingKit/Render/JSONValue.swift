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

    static func quote(_ s: String, into out: inout String) {
        out += "\""
        // Most text needs no escape: append it whole (0xE2 leads U+2028 and U+2029).
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0xE2 }) {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"   // safe to inline in HTML
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
