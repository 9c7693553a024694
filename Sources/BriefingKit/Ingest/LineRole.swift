/// What a single line of a pasted page is, judged on the line alone.
/// Where it stands on the page (before, inside or after the body) is
/// weighed afterwards by `PageLayout`.
enum LineRole: Equatable {
    case blank
    /// A line that states the publication date, e.g. "January 19, 2026" or "Published: …".
    case statedDate(CalendarDate, updated: Bool)
    /// A date line that also carries the first paragraph: " date 2026-01-20 The Kremlin has…".
    case datedText(CalendarDate, rest: String)
    case byline(authors: [String], outlet: String?)
    /// "By Jane Doe | 01/23/2026 05:00 PM EST": byline and date on one line.
    case bylineWithDate(authors: [String], outlet: String?, date: CalendarDate)
    /// The page naming itself: a domain line or a copyright line.
    case siteName(String)
    case boilerplate(DroppedLine.Reason, captionDate: CalendarDate?)
    /// Anything that may be text; its place on the page decides.
    case content
}
