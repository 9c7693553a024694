/// A text with its hash worked out once, for a set that is asked whether it
/// holds a text and then given it: a paragraph is hundreds of bytes, and a
/// `Set<String>` hashes all of them at each of the two calls. The hash is
/// the text's own `hashValue` and equality is the text's, so the set holds
/// what a `Set<String>` would.
struct HashedOnce: Hashable {
    let text: String
    private let hash: Int

    init(_ text: String) {
        self.text = text
        hash = text.hashValue
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    static func == (a: HashedOnce, b: HashedOnce) -> Bool { a.hash == b.hash && a.text == b.text }
}
