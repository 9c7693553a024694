/// Dated events: each sentence with a date expression that resolves, dated
/// by its most specific expression (a day beats a week, a month, a year).
enum EventExtractor {
    static func events(in sentences: [Sentence], anchor: CalendarDate?) -> [Event] {
        var events: [Event] = []
        for sentence in sentences {
            let candidates = TemporalScanner.scan(sentence.text).compactMap { mention -> (TemporalMention, TemporalValue)? in
                TemporalResolver.resolve(mention, anchor: anchor, sentence: sentence.text).map { (mention, $0) }
            }
            guard let best = candidates.min(by: { $0.1.granularity < $1.1.granularity }) else { continue }
            events.append(Event(value: best.1, text: sentence.text, expression: best.0.text,
                                relative: !best.0.isAbsolute, paragraph: sentence.paragraph))
        }
        return events
    }
}
