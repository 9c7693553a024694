/// The most numerous values of a cache entry — sentences, name mentions and
/// lookups, summary candidates — read and written field by field. Through
/// `Codable` each of them costs a generic container, which made reading the
/// cache of 10,000 articles slower than the rest of a rebuild's analysis.
/// The order of the fields is the format: change it together with
/// `ArticleCache.format`.
protocol BinaryRecord {
    init(from source: BinaryCoder.Source) throws
    func write(to sink: BinaryCoder.Sink)
    /// Steps over one record, checking all that `init(from:)` could fail
    /// on, without making the record (see `DeferredList(checking:)`).
    static func skip(in source: BinaryCoder.Source) throws
}

extension BinaryRecord {
    static func skip(in source: BinaryCoder.Source) throws { _ = try Self(from: source) }
}

/// A paragraph of an article is a string as written (see `Article`).
extension String: BinaryRecord {
    init(from source: BinaryCoder.Source) throws { self = try source.string() }
    func write(to sink: BinaryCoder.Sink) { sink.string(self) }
    /// Any bytes make a string (bad UTF-8 is repaired): only the length can be wrong.
    static func skip(in source: BinaryCoder.Source) throws {
        let length = Int(try source.varint())
        guard length <= source.end - source.offset else { throw source.corrupt("string past the end") }
        source.offset += length
    }
}

extension Sentence: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        self.init(paragraph: try source.int(), position: try source.int(), text: try source.string())
    }
    func write(to sink: BinaryCoder.Sink) {
        sink.int(paragraph); sink.int(position); sink.string(text)
    }
}

extension NameMention: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        self.init(words: try source.strings(), role: try source.optionalString(), offset: try source.int(),
                  nextWord: try source.optionalString(), possessive: try source.byte() != 0)
    }
    func write(to sink: BinaryCoder.Sink) {
        sink.strings(words); sink.optionalString(role); sink.int(offset); sink.optionalString(nextWord)
        sink.bytes.append(possessive ? 1 : 0)
    }
}

extension NameLookup: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        let key = Key(words: try source.strings(), role: try source.optionalString())
        var answer: NameResolution?
        if try source.byte() != 0 {
            guard let kind = Entity.Kind(rawValue: try source.string()) else { throw source.corrupt("entity kind") }
            answer = NameResolution(kind: kind, name: try source.string(), role: try source.optionalString())
        }
        self.init(key: key, answer: answer)
    }
    func write(to sink: BinaryCoder.Sink) {
        sink.strings(key.words); sink.optionalString(key.role)
        guard let answer else { sink.bytes.append(0); return }
        sink.bytes.append(1)
        sink.string(answer.kind.rawValue); sink.string(answer.name); sink.optionalString(answer.role)
    }
}

extension SummaryComposer.Candidate: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        self.init(point: try SummaryPoint(from: source), keys: try source.words(), articleDate: try source.optional(),
                  position: try source.int(), paragraphRank: try source.int())
    }
    func write(to sink: BinaryCoder.Sink) {
        point.write(to: sink); sink.words(keys); sink.optional(articleDate); sink.int(position); sink.int(paragraphRank)
    }
    /// Checks what `init(from:)` can fail on, making no string or list.
    static func skip(in source: BinaryCoder.Source) throws {
        try String.skip(in: source); try String.skip(in: source); _ = try source.varint()   // text, article, paragraph
        let keys = Int(try source.varint())
        guard keys <= (source.end - source.offset) / 8 else { throw source.corrupt("list past the end") }
        source.offset += 8 * keys
        _ = try source.optional(CalendarDate.self)
        _ = try source.varint(); _ = try source.varint()   // position, paragraph rank
    }
}
