import Foundation

/// A digest of everything a page is made from: the template set and the
/// values its template sees. A page whose fingerprint is the one it had when
/// it was last published renders to the same bytes, so it need not be
/// rendered again. Hashing the values themselves, rather than listing what
/// each page reads, keeps this right whatever `PageContext` comes to hold.
enum PageFingerprint {
    /// 64 bits suffice: a fingerprint is only ever compared with the same
    /// page's fingerprint of the last build.
    static func of(template: String, _ values: [String: Any], templates: TemplateSet) -> String {
        var digest = StableHash()
        digest.add(templates.fingerprint)
        digest.add(template)
        add(values, to: &digest)
        return String(UInt64(bitPattern: Int64(digest.value)), radix: 16)
    }

    /// Each value with a type tag; the tags and counts keep ["a", "b"] apart
    /// from ["ab"]. A dictionary is the sum of its entries' own hashes: the
    /// same in any order, without sorting keys on every page.
    private static func add(_ value: Any, to digest: inout StableHash) {
        switch value {
        case let text as String: digest.add("s\(text.utf8.count):"); digest.add(text)
        case let flag as Bool: digest.add(flag ? "T" : "F")
        case let number as Int: digest.add("i\(number);")
        case let object as [String: Any]:
            var sum = 0
            for (key, item) in object {
                var entry = StableHash()
                entry.add(key)
                add(item, to: &entry)
                sum &+= entry.value
            }
            digest.add("{\(object.count):\(sum)")
        case let list as [[String: Any]]:
            digest.add("[\(list.count)")
            for item in list { add(item, to: &digest) }
        case let list as [Any]:
            digest.add("[\(list.count)")
            for item in list { add(item, to: &digest) }
        default:
            // Any other value renders through its description.
            digest.add("?\(type(of: value)):" + String(describing: value))
        }
    }
}
