/// Writes JSON straight to bytes, keys in the order written. Foundation's
/// JSONEncoder can only sort keys alphabetically; CONTRACT.md shows the
/// export in a reading order (title, threads, articles …). The export is
/// written as it is walked, with no tree of values in between: building and
/// freeing such a tree for 10,000 articles took most of the export's time.
///
/// Pretty output has two-space indents; lists of strings stay on one line.
/// Compact output has no spaces, for data that only scripts read.
struct JSONWriter {
    /// What has been written, but for the runs `member(borrowing:)` spliced in (see `spliced`).
    private(set) var bytes: [UInt8] = []
    private var splices: [(at: Int, bytes: UnsafeBufferPointer<UInt8>)] = []
    private let pretty: Bool
    /// Whether each open object or list has a member yet.
    private var filled: [Bool] = []

    init(pretty: Bool = true, capacity: Int = 0) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    // MARK: Members of an object

    mutating func field(_ key: String, _ value: String) { name(key); string(value) }
    mutating func field(_ key: String, _ value: String?) { name(key); if let value { string(value) } else { scalar(Self.null) } }
    mutating func field(_ key: String, _ value: Int) { name(key); scalar(String(value).utf8) }
    mutating func field(_ key: String, _ value: Bool) { name(key); scalar(value ? Self.true : Self.false) }
    mutating func field(_ key: String, strings values: some Collection<String>) { name(key); strings(values) }
    mutating func field(_ key: String, object fill: (inout JSONWriter) -> Void) { name(key); object(fill) }
    /// A list of objects, one for each element.
    mutating func field<C: Collection>(_ key: String, objects elements: C, _ fill: (inout JSONWriter, C.Element) -> Void) {
        name(key)
        list { writer in for element in elements { writer.object { fill(&$0, element) } } }
    }

    /// A list whose members `fill` writes.
    mutating func field(_ key: String, list fill: (inout JSONWriter) -> Void) { name(key); list(fill) }

    // MARK: Values written apart

    /// A member of the list being written, written apart by `fragment` at
    /// this list's `depth` (see `FragmentMemo`).
    mutating func member(written bytes: some Collection<UInt8>) {
        member()
        self.bytes += bytes
    }

    /// As `member(written:)`, the bytes borrowed rather than copied: they
    /// must outlive what `spliced` gives.
    mutating func member(borrowing bytes: UnsafeBufferPointer<UInt8>) {
        member()
        splices.append((self.bytes.count, bytes))
    }

    /// Everything written, borrowed runs included.
    var spliced: SplicedBytes { SplicedBytes(own: bytes, splices: splices) }

    /// How deep the writer is in objects and lists.
    var depth: Int { filled.count }

    /// The bytes `fill` writes as one member of a list `depth` deep, without
    /// the separator before it: exactly what it writes there inline.
    static func fragment(pretty: Bool = true, depth: Int, _ fill: (inout JSONWriter) -> Void) -> [UInt8] {
        var writer = JSONWriter(pretty: pretty)
        writer.filled = Array(repeating: true, count: depth)
        writer.awaitingValue = true
        fill(&writer)
        return writer.bytes
    }

    // MARK: Values

    mutating func object(_ fill: (inout JSONWriter) -> Void) {
        member()
        open(UInt8(ascii: "{"))
        fill(&self)
        close(UInt8(ascii: "}"))
    }

    /// A list whose members `fill` writes with `object`, `strings` or `string`.
    mutating func list(_ fill: (inout JSONWriter) -> Void) {
        member()
        open(UInt8(ascii: "["))
        fill(&self)
        close(UInt8(ascii: "]"))
    }

    /// A list of strings, on one line.
    mutating func strings(_ values: some Collection<String>) {
        member()
        bytes.append(UInt8(ascii: "["))
        var first = true
        for value in values {
            if !first { bytes += pretty ? Self.commaSpace : Self.comma }
            first = false
            Self.quote(value, into: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func string(_ value: String) {
        member()
        Self.quote(value, into: &bytes)
    }

    private mutating func scalar(_ text: some Sequence<UInt8>) {
        member()
        bytes += text
    }

    /// Raw bytes, such as a script's opening words around the data.
    mutating func raw(_ text: String) { bytes += text.utf8 }

    // MARK: Layout

    /// Before a value: the separator and indent of a list member. A value
    /// after a key (`name`) or at the top needs neither.
    private var awaitingValue = false

    private mutating func member() {
        if awaitingValue { awaitingValue = false; return }
        guard !filled.isEmpty else { return }
        separate()
    }

    private mutating func name(_ key: String) {
        separate()
        Self.quote(key, into: &bytes)
        bytes += pretty ? Self.colonSpace : Self.colon
        awaitingValue = true
    }

    private mutating func separate() {
        if filled[filled.count - 1] { bytes.append(UInt8(ascii: ",")) }
        filled[filled.count - 1] = true
        if pretty { newline(depth: filled.count) }
    }

    private mutating func open(_ mark: UInt8) {
        bytes.append(mark)
        filled.append(false)
    }

    /// An empty object or list closes on its own line's end: `{}`, `[]`.
    private mutating func close(_ mark: UInt8) {
        if filled.removeLast() && pretty { newline(depth: filled.count) }
        bytes.append(mark)
    }

    private mutating func newline(depth: Int) {
        bytes.append(0x0A)
        bytes += repeatElement(UInt8(ascii: " "), count: 2 * depth)
    }

    private static let null = Array("null".utf8), `true` = Array("true".utf8), `false` = Array("false".utf8)
    private static let comma = [UInt8(ascii: ",")], commaSpace = Array(", ".utf8)
    private static let colon = [UInt8(ascii: ":")], colonSpace = Array(": ".utf8)

    /// The bytes that may start an escape: controls, `"`, `\`, `<`, and
    /// the first byte of U+2028 and U+2029.
    private static let mayEscape: [Bool] = (0...255).map { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0xE2 }

    /// `s` as a JSON string. Runs that need no escape — nearly all text —
    /// are appended whole; `<` is escaped so the JSON is safe inside HTML,
    /// and U+2028 and U+2029 so it is safe inside a script.
    static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        let mayEscape = Self.mayEscape
        s.withUTF8 { bytes in
            var run = 0, i = 0
            while i < bytes.count {
                // Most bytes need nothing: one table lookup each, not the switch.
                if !mayEscape[Int(bytes[i])] { i += 1; continue }
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
