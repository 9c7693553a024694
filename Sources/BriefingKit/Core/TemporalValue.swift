/// A resolved time expression with its granularity kept: "February 2022" is a
/// month, never silently turned into 1 February (HeidelTime's normalisation).
public struct TemporalValue: Hashable, Comparable, Sendable, Codable {
    public enum Granularity: String, Sendable, Comparable, Codable {
        case day, week, month, year
        /// A switch: a table made on every comparison cost a dictionary and a
        /// string hash each time, and timelines compare values by the thousand.
        private var rank: Int {
            switch self {
            case .day: 0
            case .week: 1
            case .month: 2
            case .year: 3
            }
        }
        public static func < (a: Granularity, b: Granularity) -> Bool { a.rank < b.rank }
    }

    public let granularity: Granularity
    /// The first day the value covers (Monday for a week).
    public let start: CalendarDate

    public init(day: CalendarDate) { granularity = .day; start = day }
    public init(weekContaining day: CalendarDate) {
        granularity = .week
        start = day.adding(days: 1 - day.weekday)
    }
    public init?(year: Int, month: Int) {
        guard let d = CalendarDate(year: year, month: month, day: 1) else { return nil }
        granularity = .month; start = d
    }
    public init?(year: Int) {
        guard let d = CalendarDate(year: year, month: 1, day: 1) else { return nil }
        granularity = .year; start = d
    }

    /// ISO 8601 at the value's own granularity: 2026-01-19, 2026-W04, 2022-02, 2022.
    public var iso: String {
        switch granularity {
        case .day: return start.iso
        case .month: return "\(pad(start.year, 4))-\(pad(start.month, 2))"
        case .year: return pad(start.year, 4)
        case .week:
            let (year, week) = isoWeek
            return "\(pad(year, 4))-W\(pad(week, 2))"
        }
    }

    /// Human form: "19 January 2026", "week of 19 January 2026", "February 2022", "2022".
    public var label: String {
        switch granularity {
        case .day: return start.longForm
        case .week: return "week of \(start.longForm)"
        case .month: return "\(CalendarDate.monthNames[start.month - 1]) \(start.year)"
        case .year: return String(start.year)
        }
    }

    private var isoWeek: (Int, Int) {
        // The ISO week's year is the year of its Thursday.
        let thursday = start.adding(days: 4 - start.weekday)
        let jan1 = CalendarDate(year: thursday.year, month: 1, day: 1)!
        return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }

    /// Ordered by start, then finer granularity first.
    public static func < (a: TemporalValue, b: TemporalValue) -> Bool {
        if a.start != b.start { return a.start < b.start }
        return a.granularity < b.granularity
    }
}
