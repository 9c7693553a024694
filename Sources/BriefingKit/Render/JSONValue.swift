import Foundation

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
    public func serialized() -> String { String(decoding: pretty(), as: UTF8.self) }

    /// As `serialized`, as the bytes of a file.
    public func serializedData() -> Data { Data(pretty()) }

    private func pretty() -> [UInt8] {
        var out: [UInt8] = []
        write(to: &out, indent: 0)
        out.append(0x0A)
        return out
    }

    /// On one line with no spaces, for data that only scripts read.
    public func compact() -> String {
        var out: [UInt8] = []
        writeCompact(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    // The text is made as bytes: appending to a String checked its
    // capacity and encoding on every piece, most of the export's time.

    private func writeCompact(to out: inout [UInt8]) {
        switch self {
        case let .array(items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() { if i > 0 { out.append(UInt8(ascii: ",")) }; item.writeCompact(to: &out) }
            out.append(UInt8(ascii: "]"))
        case let .object(pairs):
            out.append(UInt8(ascii: "{"))
            for i in pairs.indices {   // by index: iterating copied each (key, value) tuple through generic witnesses
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.quote(pairs[i].0, into: &out)
                out.append(UInt8(ascii: ":"))
                pairs[i].1.writeCompact(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        default: write(to: &out, indent: 0)
        }
    }

    private func write(to out: inout [UInt8], indent: Int) {
        // Indents are made only for lists and objects, not for every value.
        func pad(_ depth: Int) { out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth)) }
        switch self {
        case let .string(s): JSONValue.quote(s, into: &out)
        case let .number(n): out.append(contentsOf: String(n).utf8)
        case let .bool(b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case let .array(items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            if items.allSatisfy({ if case .string = $0 { return true } else { return false } }) {
                out.append(UInt8(ascii: "["))
                for (i, item) in items.enumerated() { if i > 0 { out.append(contentsOf: ", ".utf8) }; item.write(to: &out, indent: indent) }
                out.append(UInt8(ascii: "]"))
                return
            }
            out.append(contentsOf: "[\n".utf8)
            for (i, item) in items.enumerated() {
                pad(indent + 1)
                item.write(to: &out, indent: indent + 1)
                out.append(contentsOf: (i < items.count - 1 ? ",\n" : "\n").utf8)
            }
            pad(indent)
            out.append(UInt8(ascii: "]"))
        case let .object(pairs):
            if pairs.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(contentsOf: "{\n".utf8)
            for i in pairs.indices {   // by index, as in `writeCompact`
                pad(indent + 1)
                JSONValue.quote(pairs[i].0, into: &out)
                out.append(contentsOf: ": ".utf8)
                pairs[i].1.write(to: &out, indent: indent + 1)
                out.append(contentsOf: (i < pairs.count - 1 ? ",\n" : "\n").utf8)
            }
            pad(indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// `s` as a JSON string. Runs that need no escape — nearly all text —
    /// are appended whole; `<` is escaped so the JSON is safe inside HTML,
    /// and U+2028 and U+2029 so it is safe inside a script.
    static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var run = 0, i = 0
            while i < bytes.count {
                let byte = bytes[i]
                var escape: StaticString?
                var hex: UInt8?
                var width = 1
                switch byte {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x3C: escape = "\\u003c"
                case ..<0x20: hex = byte
                case 0xE2:   // E2 80 A8 and E2 80 A9: U+2028 and U+2029
                    if i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                        escape = bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                        width = 3
                    }
                default: break
                }
                guard escape != nil || hex != nil else { i += 1; continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                if let escape {
                    escape.withUTF8Buffer { out.append(contentsOf: $0) }
                } else if let hex {
                    out.append(contentsOf: ("\\u00" + (hex < 0x10 ? "0" : "") + String(hex, radix: 16)).utf8)
                }
                i += width
                run = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
