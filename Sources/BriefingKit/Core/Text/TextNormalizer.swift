/// Makes pasted text uniform before anything reads it: one kind of line
/// break, no byte-order mark, no invisible characters, single spaces.
public enum TextNormalizer {
    public static func normalize(_ text: String) -> String {
        // On the UTF-8 bytes: every character it changes is ASCII or a
        // known two- or three-byte sequence, and appending scalar by scalar
        // to a scalar view was most of its time on ten thousand pages. Runs
        // of bytes that can start none of them are copied whole, into the
        // new string itself: it is never longer than the text.
        var text = text
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var lastWasSpace = false, previousCR = false
                var i = 0
                while i < bytes.count {
                    var end = i
                    while end < bytes.count, isPlain(bytes[end]) { end += 1 }
                    if end > i {
                        let run = end - i
                        (out.baseAddress! + count).initialize(from: bytes.baseAddress! + i, count: run)
                        count += run
                        lastWasSpace = false; previousCR = false
                        i = end
                        continue
                    }
                    let b = bytes[i]
                    let length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                    switch Self.kind(bytes, at: i, length: length) {
                    case .carriageReturn:
                        out[count] = UInt8(ascii: "\n"); count += 1; lastWasSpace = false; previousCR = true
                        i += 1
                        continue
                    case .lineFeed:
                        if !previousCR { out[count] = UInt8(ascii: "\n"); count += 1 }
                        lastWasSpace = false
                    case .dropped:
                        break
                    case .space:
                        if !lastWasSpace { out[count] = UInt8(ascii: " "); count += 1 }
                        lastWasSpace = true
                    case .kept:
                        for k in i..<(i + length) { out[count] = bytes[k]; count += 1 }
                        lastWasSpace = false
                    }
                    previousCR = false
                    i += length
                }
                return count
            }
        }
    }

    /// A byte that starts no character `kind` changes, nor continues one
    /// that does: printable ASCII but the space, a continuation byte, or
    /// the first byte of a sequence other than those of the no-break and
    /// soft hyphen (C2), the general punctuation spaces and joiners (E2),
    /// the ideographic space (E3) and the byte-order mark (EF).
    @inline(__always) private static func isPlain(_ b: UInt8) -> Bool {
        b > 0x20 && b != 0x7F && b != 0xC2 && b != 0xE2 && b != 0xE3 && b != 0xEF
    }

    private enum Kind { case carriageReturn, lineFeed, dropped, space, kept }

    /// What `normalize` does with the character whose `length` bytes start at `i`.
    private static func kind(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> Kind {
        let b = bytes[i]
        switch length {
        case 1:
            switch b {
            case UInt8(ascii: "\r"): return .carriageReturn
            case UInt8(ascii: "\n"): return .lineFeed
            case UInt8(ascii: " "), UInt8(ascii: "\t"): return .space
            case 0..<0x20, 0x7F: return .dropped   // other control characters
            default: return .kept
            }
        case 2 where b == 0xC2:
            switch bytes[i + 1] {
            case 0x80...0x9F, 0xAD: return .dropped   // C1 controls, the soft hyphen
            case 0xA0: return .space                  // no-break space
            default: return .kept
            }
        case 3:
            switch (b, bytes[i + 1], bytes[i + 2]) {
            case (0xE2, 0x80, 0x8B...0x8D), (0xE2, 0x81, 0xA0), (0xEF, 0xBB, 0xBF): return .dropped   // zero-width characters
            case (0xE2, 0x80, 0x82), (0xE2, 0x80, 0x83), (0xE2, 0x80, 0x89), (0xE2, 0x80, 0xAF), (0xE3, 0x80, 0x80): return .space
            default: return .kept
            }
        default:
            return .kept
        }
    }

    /// Lines with surrounding spaces removed, keeping empty lines (they separate paragraphs).
    public static func lines(_ text: String) -> [String] {
        text.split(byte: UInt8(ascii: "\n")).map { $0.trimmingSpaces }
    }
}
