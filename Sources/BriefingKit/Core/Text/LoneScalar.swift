extension Character {
    /// The scalar this Character is when it is one scalar alone; nil when it
    /// is several. Comparing Characters with a non-ASCII literal normalises
    /// both sides each time; for a mark with no other canonical form (quote
    /// marks: nothing decomposes into them), being equal to it is being that
    /// scalar alone, so the scalar is compared instead.
    var loneScalar: Unicode.Scalar? {
        let scalars = unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return nil }
        return first
    }
}
