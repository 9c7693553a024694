import Foundation

/// The rest of a cache entry — article, reading, names, verdict, digest —
/// field by field too. Through `Codable`, every nested value cost a generic
/// container and a protocol lookup: reading the 64 MB cache of 10,000
/// articles took 1.2 s of a 5 s rebuild. The order of the fields is the
/// format: change it together with `ArticleCache.format`.

extension BinaryCoder.Sink {
    func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }
    func records(_ values: [some BinaryRecord]) {
        varint(UInt64(values.count))
        for value in values { value.write(to: self) }
    }
    func optional(_ value: (some BinaryRecord)?) {
        guard let value else { bytes.append(0); return }
        bytes.append(1)
        value.write(to: self)
    }
    func ints(_ values: [Int]) {
        varint(UInt64(values.count))
        for value in values { int(value) }
    }
    /// A list in the bytes `Codable` gives an array (a four-byte count,
    /// then each record), without its containers, which patched the count
    /// after every element: the page memo and the seeds' stamps, ten
    /// thousand records each, keep their files' format.
    func codableList(_ values: [some BinaryRecord]) {
        withUnsafeBytes(of: UInt32(values.count).littleEndian) { bytes.append(contentsOf: $0) }
        for value in values { value.write(to: self) }
    }
    /// A set in sorted order, so that equal sets are equal bytes.
    func stringSet(_ values: Set<String>) { strings(values.sorted()) }
    /// Hashes and the like, eight bytes each: as varints, random 64-bit
    /// values took ten bytes and a loop per byte.
    func words(_ values: [UInt64]) {
        varint(UInt64(values.count))
        for value in values { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    }
}

extension BinaryCoder.Source {
    func bool() throws -> Bool { try byte() != 0 }
    /// A count of values that take at least a byte each: never more than the bytes left.
    func listCount() throws -> Int {
        let count = Int(try varint())
        guard count <= end - offset else { throw corrupt("list past the end") }
        return count
    }
    func records<T: BinaryRecord>(_ type: T.Type = T.self) throws -> [T] {
        let count = try listCount()
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try T(from: self)) }
        return values
    }
    /// What `Sink.codableList` wrote.
    func codableList<T: BinaryRecord>(_ type: T.Type = T.self) throws -> [T] {
        let count = try self.count()
        guard count <= end - offset else { throw corrupt("list past the end") }
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try T(from: self)) }
        return values
    }
    func optional<T: BinaryRecord>(_ type: T.Type = T.self) throws -> T? { try byte() == 0 ? nil : T(from: self) }
    func ints() throws -> [Int] {
        let count = try listCount()
        var values: [Int] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try int()) }
        return values
    }
    func stringSet() throws -> Set<String> { Set(try strings()) }
    /// The first of what `Sink.words` wrote, passing over the rest without making a list.
    func firstWord() throws -> UInt64 {
        let count = Int(try varint())
        guard count >= 1, count <= (end - offset) / 8 else { throw corrupt("list past the end") }
        defer { offset += 8 * count }
        return UInt64(littleEndian: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[offset..<offset + 8])).loadUnaligned(as: UInt64.self))
    }
    func words() throws -> [UInt64] {
        let count = Int(try varint())
        guard count <= (end - offset) / 8 else { throw corrupt("list past the end") }
        // Eight little-endian bytes each, loaded whole: byte by byte, this was
        // a tenth of reading the cache.
        let raw = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[offset..<offset + 8 * count]))
        let values = (0..<count).map { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8 * $0, as: UInt64.self)) }
        offset += 8 * count
        return values
    }
    func rawValue<T: RawRepresentable>(_ type: T.Type = T.self) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: try string()) else { throw corrupt("\(T.self)") }
        return value
    }
}

extension CalendarDate: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        guard let date = CalendarDate(year: try source.int(), month: try source.int(), day: try source.int()) else { throw source.corrupt("date") }
        self = date
    }
    func write(to sink: BinaryCoder.Sink) { sink.int(year); sink.int(month); sink.int(day) }
}

extension DroppedLine: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        self.init(line: try source.int(), lastLine: try source.int(), text: try source.string(), reason: try source.rawValue())
    }
    func write(to sink: BinaryCoder.Sink) { sink.int(line); sink.int(lastLine); sink.string(text); sink.string(reason.rawValue) }
    static func skip(in source: BinaryCoder.Source) throws {
        _ = try source.int(); _ = try source.int()
        try String.skip(in: source)
        let length = Int(try source.varint())
        guard length <= source.end - source.offset,
              Reason.rawBytes.contains(where: { raw in
                  raw.count == length && raw.withUnsafeBytes { memcmp($0.baseAddress!, source.bytes.baseAddress! + source.offset, length) == 0 }
              })
        else { throw source.corrupt("reason of a dropped line") }
        source.offset += length
    }
}

extension DroppedLine.Reason {
    /// Each reason's raw value as bytes, for checking one without making a string.
    static let rawBytes = allCases.map { Array($0.rawValue.utf8) }
}

extension Article: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        self.init(Fields(id: try source.string(), file: try source.string(), title: try source.string(),
                         titleSource: try source.rawValue(), date: try source.optional(), dateSource: try source.rawValue(),
                         dateEvidence: try source.string(), authors: try source.strings(), outlet: try source.optionalString(),
                         authorEvidence: try source.string(), outletEvidence: try source.string(),
                         paragraphs: try DeferredList(checking: source), dropped: try DeferredList(checking: source),
                         paragraphWords: try source.ints()))
    }
    func write(to sink: BinaryCoder.Sink) {
        sink.string(id); sink.string(file); sink.string(title); sink.string(titleSource.rawValue)
        sink.optional(date); sink.string(dateSource.rawValue); sink.string(dateEvidence)
        sink.strings(authors); sink.optionalString(outlet); sink.string(authorEvidence); sink.string(outletEvidence)
        fields.paragraphs.write(to: sink); fields.dropped.write(to: sink); sink.ints(paragraphWords)
    }
}

extension TemporalValue: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        granularity = try source.rawValue()
        start = try CalendarDate(from: source)
    }
    func write(to sink: BinaryCoder.Sink) { sink.string(granularity.rawValue); start.write(to: sink) }
}

extension Event: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        self.init(value: try TemporalValue(from: source), text: try source.string(), expression: try source.string(),
                  relative: try source.bool(), paragraph: try source.int())
    }
    func write(to sink: BinaryCoder.Sink) {
        value.write(to: sink); sink.string(text); sink.string(expression); sink.bool(relative); sink.int(paragraph)
    }
}

extension ArticleReading: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        self.init(sentenceList: try DeferredList(from: source), events: try source.records(), pool: try NamePool(from: source),
                  mentionList: try DeferredList(from: source))
    }
    func write(to sink: BinaryCoder.Sink) {
        sentenceList.write(to: sink); sink.records(events); pool.write(to: sink); mentionList.write(to: sink)
    }
}

extension NamePool.Strong: BinaryRecord {
    init(from source: BinaryCoder.Source) throws { self.init(name: try source.string(), role: try source.optionalString()) }
    func write(to sink: BinaryCoder.Sink) { sink.string(name); sink.optionalString(role) }
}

extension NamePool: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        self.init(strong: try source.records(), weak: try source.strings(), standalone: try source.strings())
    }
    func write(to sink: BinaryCoder.Sink) { sink.records(strong); sink.strings(weak); sink.strings(standalone) }
}

extension Entity: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        self.init(kind: try source.rawValue(), name: try source.string(), role: try source.optionalString(), mentions: try source.int())
    }
    func write(to sink: BinaryCoder.Sink) { sink.string(kind.rawValue); sink.string(name); sink.optionalString(role); sink.int(mentions) }
}

extension Quote: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        self.init(text: try source.string(), speaker: try source.optionalString(), paragraph: try source.int())
    }
    func write(to sink: BinaryCoder.Sink) { sink.string(text); sink.optionalString(speaker); sink.int(paragraph) }
}

extension ResolvedNames: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        self.init(entities: try source.records(), quotes: try source.records(), lookupList: try DeferredList(from: source))
    }
    func write(to sink: BinaryCoder.Sink) { sink.records(entities); sink.records(quotes); lookupList.write(to: sink) }
}

extension ThreadScore: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        self.init(paragraphs: try source.ints(), share: Double(bitPattern: try source.varint()), titleMatches: try source.bool(),
                  evidence: try source.int(), signals: try source.int())
    }
    func write(to sink: BinaryCoder.Sink) {
        sink.ints(paragraphs); sink.varint(share.bitPattern); sink.bool(titleMatches); sink.int(evidence); sink.int(signals)
    }
}

extension ThreadVerdict: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        self.init(scores: try source.records(), members: try source.strings())
    }
    func write(to sink: BinaryCoder.Sink) { sink.records(scores); sink.strings(members) }
}

extension ArticleDigest.Candidates: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        self.init(threadID: try source.string(), list: try DeferredList(checking: source))
    }
    func write(to sink: BinaryCoder.Sink) { sink.string(threadID); list.write(to: sink) }
}

extension ArticleDigest: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        signature = try source.words()
        slugBase = try source.string()
        eventKeys = try (0..<source.listCount()).map { _ in try source.words() }
        eventNames = try (0..<source.listCount()).map { _ in try source.words() }
        summaryCandidates = try source.records()
    }
    func write(to sink: BinaryCoder.Sink) {
        sink.words(signature)
        sink.string(slugBase)
        sink.varint(UInt64(eventKeys.count))
        for keys in eventKeys { sink.words(keys) }
        sink.varint(UInt64(eventNames.count))
        for names in eventNames { sink.words(names) }
        sink.records(summaryCandidates)
    }
}

// The seeds' stamps, read at the start of every cached build: the same
// bytes as their `Codable` form, read without its containers.

extension FileStamp: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        size = try source.int()
        modifiedNanoseconds = try source.int()
        inode = try source.varint()
    }
    func write(to sink: BinaryCoder.Sink) { sink.int(size); sink.int(modifiedNanoseconds); sink.varint(inode) }
}

extension ArticleCache.SeedRecord: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        self.init(path: try source.string(), stamp: try FileStamp(from: source), key: try source.string())
    }
    func write(to sink: BinaryCoder.Sink) { sink.string(path); stamp.write(to: sink); sink.string(key) }
}

extension PageMemo.Page: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        self.init(path: try source.string(), fingerprint: try source.string(), stamp: try FileStamp(from: source))
    }
    func write(to sink: BinaryCoder.Sink) { sink.string(path); sink.string(fingerprint); stamp.write(to: sink) }
}

// The entry itself and what it holds besides: through `Codable`, each
// entry's keyed container cost about a fifth of reading the cache.

extension Diagnostic: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        let severity: Severity = try source.rawValue()
        let file = try source.string()
        let line: Int? = try source.bool() ? try source.int() : nil
        self.init(severity, file: file, line: line, message: try source.string(), advice: try source.string())
    }
    func write(to sink: BinaryCoder.Sink) {
        sink.string(severity.rawValue); sink.string(file)
        sink.bool(line != nil)
        if let line { sink.int(line) }
        sink.string(message); sink.string(advice)
    }
}

extension ArticleCache.Threaded: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        self.init(key: try source.string(), verdict: try ThreadVerdict(from: source), digest: try ArticleDigest(from: source))
    }
    func write(to sink: BinaryCoder.Sink) { sink.string(key); verdict.write(to: sink); digest.write(to: sink) }
}

extension ArticleCache.Entry: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        self.init(article: try source.optional(), warnings: try source.records(), skipped: try source.optional(),
                  reading: try source.optional(), names: try source.optional(), threads: try source.optional())
    }
    func write(to sink: BinaryCoder.Sink) {
        sink.optional(article); sink.records(warnings); sink.optional(skipped)
        sink.optional(reading); sink.optional(names); sink.optional(threads)
    }
}

// A thread as composed (but for its who's who), kept by `FragmentMemo`.

extension SummaryPoint: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        self.init(text: try source.string(), articleID: try source.string(), paragraph: try source.int())
    }
    func write(to sink: BinaryCoder.Sink) { sink.string(text); sink.string(articleID); sink.int(paragraph) }
}

extension EventSource: BinaryRecord {
    init(from source: BinaryCoder.Source) throws { self.init(articleID: try source.string(), paragraph: try source.int()) }
    func write(to sink: BinaryCoder.Sink) { sink.string(articleID); sink.int(paragraph) }
}

extension TimelineEntry: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        self.init(value: try TemporalValue(from: source), text: try source.string(), sources: try source.records(),
                  threadIDs: try source.strings())
    }
    func write(to sink: BinaryCoder.Sink) { value.write(to: sink); sink.string(text); sink.records(sources); sink.strings(threadIDs) }
}

extension KeyQuote: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        self.init(text: try source.string(), speaker: try source.optionalString(), articleID: try source.string(),
                  paragraph: try source.int())
    }
    func write(to sink: BinaryCoder.Sink) { sink.string(text); sink.optionalString(speaker); sink.string(articleID); sink.int(paragraph) }
}

extension ThreadDocument.Section: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        self.init(id: try source.string(), heading: try source.string(), markdown: try source.string())
    }
    func write(to sink: BinaryCoder.Sink) { sink.string(id); sink.string(heading); sink.string(markdown) }
}

extension ThreadDocument: BinaryRecord {
    init(from source: BinaryCoder.Source) throws {
        self.init(title: try source.string(), lead: try source.string(), sections: try source.records())
    }
    func write(to sink: BinaryCoder.Sink) { sink.string(title); sink.string(lead); sink.records(sections) }
}
