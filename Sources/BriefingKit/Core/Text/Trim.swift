extension StringProtocol {
    /// Without leading and trailing spaces and tabs. Text is normalised
    /// first (every white space becomes a plain space), so this is all the
    /// trimming hot paths need — without Foundation's bridge to NSString.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[first...last])
        return String(out)
    }
}
