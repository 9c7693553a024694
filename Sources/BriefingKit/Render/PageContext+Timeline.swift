/// The timeline page and the charts on it and on the front page.
extension PageContext {
    /// The page's days, each as `partials/timeline-day` renders it
    /// (`rendered`, see `PartialCache` and `RenderedPart`): a day's entries
    /// are made only when the day is rendered or a template asks for them,
    /// and it is known by the hash of its typed entries. Without `partials`
    /// (a context only hashed), each day is its values.
    /// `entryHashes`, when the caller has them, are `PageFingerprint.timelineEntries(self)`.
    func timeline(entryHashes known: [UInt64]? = nil) -> [String: Any] {
        var c = common(path: SitePaths.timeline, title: "Timeline")
        var days: [Range<Int>] = []
        for i in briefing.timeline.indices {
            if let last = days.last, briefing.timeline[last.lowerBound].value == briefing.timeline[i].value {
                days[days.count - 1] = last.lowerBound..<i + 1
            } else {
                days.append(i..<i + 1)
            }
        }
        var threads = WordHash()
        PageFingerprint.addThreads(briefing.threads, to: &threads)
        // Made only if a part's key is asked for (a build with a cache), once.
        let entryHashes = Lazily { [self] in known ?? PageFingerprint.timelineEntries(self) }
        // A busy day lists hundreds of events: with the folder's
        // `partials/timeline-entry`, each goes through it once and is kept
        // too, so a day made again renders only its changed events.
        let entryPartial = partials.flatMap { $0.templates.has(Self.timelineEntry) ? $0 : nil }
        let entry = { [self] (i: Int) -> [String: Any] in
            var item = timelineItem(briefing.timeline[i])
            item["anchor"] = timelineAnchors[i]
            return item
        }
        c["groups"] = days.map { day -> Any in
            let value = briefing.timeline[day.lowerBound].value
            let values = { [self] in
                ["date_label": value.label, "date_iso": value.iso, "entries": day.map { i -> Any in
                    guard let entryPartial else { return entry(i) }
                    return RenderedPart(rendered: entryPartial.part(Self.timelineEntry, id: timelineAnchors[i], identity: {
                        var identity = WordHash()
                        identity.add(threads.value)
                        identity.add(entryHashes.value[i])
                        return identity.value
                    }, values: { entry(i) }))
                }] as [String: Any]
            }
            guard let partials else { return values() }
            let identity = {
                var identity = WordHash()
                identity.add(threads.value)
                identity.add(day.count)
                for i in day { identity.add(entryHashes.value[i]) }
                return identity.value
            }
            return RenderedPart(rendered: partials.part("partials/timeline-day", id: value.iso, identity: identity, values: values),
                                extra: ["date_label": value.label, "date_iso": value.iso])
        }
        c["has_events"] = !briefing.timeline.isEmpty
        c["chart"] = timelineChart(compact: false, hrefPrefix: "")
        return c
    }

    static let timelineEntry = "partials/timeline-entry"

    /// One lane per thread, in config order, and one for events of articles
    /// in no thread; marks link to the entries on the timeline page.
    func timelineChart(compact: Bool, hrefPrefix: String) -> String {
        var lanes: [(title: String, id: String?)] = briefing.threads.map { ($0.definition.title, $0.definition.id) }
        if briefing.timeline.contains(where: { $0.threadIDs.isEmpty }) { lanes.append(("Not in a thread", nil)) }
        let timeline = briefing.timeline, anchors = timelineAnchors
        let chart = TimelineChart(lanes: lanes.map { lane in
            let inLane = timeline.indices.filter { lane.id.map(timeline[$0].threadIDs.contains) ?? timeline[$0].threadIDs.isEmpty }
            return TimelineChart.Lane(title: lane.title, values: inLane.map { timeline[$0].value }) { mark in
                let entry = timeline[inLane[mark]]
                return (hrefPrefix + "#" + anchors[inLane[mark]], entry.value.label + ": " + entry.text)
            }
        }, compact: compact)
        return chart.svg()
    }
}
