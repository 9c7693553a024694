/// The timeline page and the charts on it and on the front page.
extension PageContext {
    func timeline() -> [String: Any] {
        var c = common(path: SitePaths.timeline, title: "Timeline")
        var groups: [(value: TemporalValue, entries: [[String: Any]])] = []
        for (entry, anchor) in zip(briefing.timeline, timelineAnchors) {
            var item = timelineItem(entry)
            item["anchor"] = anchor
            if groups.last?.value == entry.value { groups[groups.count - 1].entries.append(item) }
            else { groups.append((entry.value, [item])) }
        }
        // Each day also carries itself as `partials/timeline-day` renders it (see `PartialCache`).
        c["groups"] = groups.map { group -> [String: Any] in
            var day: [String: Any] = ["date_label": group.value.label, "date_iso": group.value.iso, "entries": group.entries]
            if let partials {
                day["rendered"] = partials.part("partials/timeline-day", id: group.value.iso, values: day,
                                                identity: PageFingerprint.hash(day))
            }
            return day
        }
        c["has_events"] = !briefing.timeline.isEmpty
        c["chart"] = timelineChart(compact: false, hrefPrefix: "")
        return c
    }

    /// One lane per thread, in config order, and one for events of articles
    /// in no thread; marks link to the entries on the timeline page.
    func timelineChart(compact: Bool, hrefPrefix: String) -> String {
        var lanes: [(title: String, id: String?)] = briefing.threads.map { ($0.definition.title, $0.definition.id) }
        if briefing.timeline.contains(where: { $0.threadIDs.isEmpty }) { lanes.append(("Not in a thread", nil)) }
        let chart = TimelineChart(lanes: lanes.map { lane in
            TimelineChart.Lane(title: lane.title, marks: zip(briefing.timeline, timelineAnchors).compactMap { entry, anchor in
                let inLane = lane.id.map(entry.threadIDs.contains) ?? entry.threadIDs.isEmpty
                guard inLane else { return nil }
                return TimelineChart.Mark(value: entry.value, href: hrefPrefix + "#" + anchor,
                                          label: entry.value.label + ": " + entry.text)
            })
        }, compact: compact)
        return chart.svg()
    }
}
