/// A date expression found in text, before or after resolution.
public struct TemporalMention: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Fully stated: "January 19, 2026", "2026-01-19", "February 2022", "in 2022".
        case absolute(TemporalValue)
        /// A day or month whose year the text leaves out: "January 23", "20 January", "in May".
        case yearless(month: Int, day: Int?)
        /// Needs the article's date: "yesterday", "on Monday", "last week".
        case relative(RelativeExpression)
        /// A numeric date whose day and month order cannot be told apart, e.g. 02/03/2026.
        case ambiguous
    }

    public let text: String
    public let kind: Kind
    /// Character offset in the text it was found in; orders mentions.
    public let offset: Int

    /// True when the expression alone says the day, month or year.
    public var isAbsolute: Bool { if case .absolute = kind { return true } else { return false } }
}

public enum RelativeExpression: Hashable, Sendable {
    /// Days from the anchor: yesterday = -1, today = 0, tomorrow = 1.
    case dayOffset(Int)
    /// A weekday (1 = Monday); `direction` -1 last, +1 next, 0 decided by tense.
    case weekday(Int, direction: Int)
    /// This week = 0, last week = -1, next week = +1.
    case week(Int)
    case month(Int)
    case year(Int)
}
