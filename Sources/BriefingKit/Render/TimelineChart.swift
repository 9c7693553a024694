/// The visual timeline: inline SVG drawn at build time, no JavaScript. One
/// lane per thread, one mark per event (a dot for a day, a bar for a week,
/// month or year), each mark a link to the event's entry in the list beside
/// it. The list is the accessible form, so the chart is hidden from assistive
/// technology and its links are out of the tab order.
struct TimelineChart {
    /// A mark with its link and label made already: for a lane of a few marks.
    struct Mark {
        let value: TemporalValue
        let href: String
        let label: String
    }
    struct Lane {
        let title: String
        /// When each mark's event happened.
        let values: [TemporalValue]
        /// The link and label of mark `i`, asked for only for the marks
        /// drawn: a column holds three at most, and the timeline's lanes
        /// thousands of events; making every label was most of the chart's
        /// time in a rebuild.
        let mark: (Int) -> (href: String, label: String)

        init(title: String, values: [TemporalValue], mark: @escaping (Int) -> (href: String, label: String)) {
            self.title = title
            self.values = values
            self.mark = mark
        }

        init(title: String, marks: [Mark]) {
            self.init(title: title, values: marks.map(\.value)) { (marks[$0].href, marks[$0].label) }
        }
    }

    let lanes: [Lane]
    let compact: Bool

    /// At most this many days are drawn to scale, and the scale starts where
    /// the dated days thicken (the tenth percentile); older events are
    /// gathered in an "Earlier" column, so one mention of 2014 does not
    /// squash a story that moves by the day.
    static let windowDays = 120
    static let outlierShare = 0.1
    static let phoneWidth = 700.0
    static let maxStack = 3

    func svg() -> String {
        let marks = lanes.flatMap(\.values)
        guard !marks.isEmpty else { return "" }
        // The scale ends at the last day or week reported; a month or year
        // ("in 2026") would otherwise stretch it to a date nothing happened on.
        let fine = marks.filter { $0.granularity <= .week }
        let last = (fine.isEmpty ? marks : fine).map { $0.granularity <= .week ? $0.endDay : $0.start.dayNumber }.max()!
        let first = marks.map(\.start.dayNumber).min()!
        let days = (fine.isEmpty ? marks : fine).map(\.start.dayNumber).sorted()
        let dense = days[Int(Double(days.count - 1) * Self.outlierShare)]
        let windowStart = max(dense, last - Self.windowDays) - 1
        let hasEarlier = first <= windowStart
        let span = last - windowStart + 1
        let dayWidth = min(compact ? 36.0 : 48.0, max(compact ? 6.0 : 14.0, (compact ? 880.0 : 900.0) / Double(span)))
        let left = hasEarlier ? 72.0 : 12.0
        let width = (left + Double(span) * dayWidth + 16).rounded(.up)
        let laneHeight = compact ? 40.0 : 64.0
        let axisHeight = 28.0
        let height = Double(lanes.count) * laneHeight + axisHeight
        let x = { (day: Int) in left + Double(day - windowStart) * dayWidth }

        var out = "<svg class=\"timeline-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\""
            + " viewBox=\"0 0 \(Int(width)) \(Int(height))\" aria-hidden=\"true\" focusable=\"false\">\n"
        for (index, lane) in lanes.enumerated() {
            let top = Double(index) * laneHeight
            let baseline = top + laneHeight - 12
            out += "<g class=\"tl-lane\">"
            out += "<text class=\"tl-lane-title\" x=\"4\" y=\"\(fmt(top + 14))\">\(XML.escape(lane.title))</text>"
            // A chart wider than a phone opens at its newest end (see the
            // stylesheet), so the lane is named at that end too.
            if width > Self.phoneWidth {
                out += "<text class=\"tl-lane-title\" x=\"\(Int(width) - 4)\" y=\"\(fmt(top + 14))\" text-anchor=\"end\">\(XML.escape(lane.title))</text>"
            }
            out += "<line class=\"tl-rule\" x1=\"0\" x2=\"\(Int(width))\" y1=\"\(fmt(baseline))\" y2=\"\(fmt(baseline))\"/>"
            if hasEarlier {   // the "Earlier" column's edge, below the lane's title
                out += "<line class=\"tl-rule\" x1=\"\(fmt(left - 4))\" x2=\"\(fmt(left - 4))\" y1=\"\(fmt(top + 20))\" y2=\"\(fmt(baseline + 8))\" stroke-dasharray=\"3 3\"/>"
            }
            var stacks: [Int: Int] = [:]   // column → marks drawn there
            for i in lane.values.indices.sorted(by: { lane.values[$0] < lane.values[$1] }) {
                let value = lane.values[i]
                let earlier = value.start.dayNumber <= windowStart
                let column = earlier ? Int.min : min(value.start.dayNumber, last)
                let level = stacks[column, default: 0]
                stacks[column] = level + 1
                guard level < Self.maxStack else { continue }
                let y = baseline - Double(level) * (compact ? 8 : 13)
                let mark = lane.mark(i)
                out += "<a href=\"\(XML.escape(mark.href))\" tabindex=\"-1\"><title>\(XML.escape(mark.label))</title>"
                if earlier {
                    out += "<circle class=\"tl-mark tl-earlier\" cx=\"\(fmt(left / 2))\" cy=\"\(fmt(y))\" r=\"\(compact ? 4 : 6)\"/>"
                } else if value.granularity == .day {
                    out += "<circle class=\"tl-mark\" cx=\"\(fmt(x(column) + dayWidth / 2))\" cy=\"\(fmt(y))\" r=\"\(compact ? 4 : 6)\"/>"
                } else {
                    let x0 = x(column), x1 = x(min(value.endDay, last) + 1)
                    out += "<rect class=\"tl-mark tl-span\" x=\"\(fmt(x0 + 1))\" y=\"\(fmt(y - 3))\" width=\"\(fmt(max(4, x1 - x0 - 2)))\" height=\"6\" rx=\"3\"/>"
                }
                out += "</a>"
            }
            out += "</g>\n"
        }
        out += axis(windowStart: windowStart, last: last, x: x, dayWidth: dayWidth, y: height - axisHeight,
                    hasEarlier: hasEarlier, left: left)
        return out + "</svg>"
    }

    /// Tick marks: every day when days are wide, else Mondays, else months.
    private func axis(windowStart: Int, last: Int, x: (Int) -> Double, dayWidth: Double, y: Double,
                      hasEarlier: Bool, left: Double) -> String {
        var out = "<g class=\"tl-axis\">"
        if hasEarlier {
            out += "<text x=\"\(fmt(left / 2))\" y=\"\(fmt(y + 18))\" text-anchor=\"middle\">Earlier</text>"
        }
        var lastLabelX = -Double.infinity
        for day in (windowStart + 1)...last {
            let date = CalendarDate(dayNumber: day)
            let tick: Bool
            if dayWidth >= 40 { tick = true }
            else if dayWidth >= 10 { tick = date.weekday == 1 }
            else { tick = date.day == 1 }
            guard tick else { continue }
            let tx = x(day)
            out += "<line class=\"tl-tick\" x1=\"\(fmt(tx))\" x2=\"\(fmt(tx))\" y1=\"\(fmt(y - 4))\" y2=\"\(fmt(y + 4))\"/>"
            if tx - lastLabelX >= 44 {
                let label = "\(date.day) \(CalendarDate.monthNames[date.month - 1].prefix(3))"
                out += "<text x=\"\(fmt(tx + 2))\" y=\"\(fmt(y + 18))\">\(label)</text>"
                lastLabelX = tx
            }
        }
        return out + "</g>\n"
    }

    private func fmt(_ v: Double) -> String {
        let rounded = (v * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

extension TemporalValue {
    /// Day number of the last day the value covers.
    var endDay: Int {
        switch granularity {
        case .day: return start.dayNumber
        case .week: return start.dayNumber + 6
        case .month: return start.dayNumber + CalendarDate.daysIn(month: start.month, year: start.year) - 1
        case .year: return start.dayNumber + (CalendarDate.isLeap(start.year) ? 365 : 364)
        }
    }
}
