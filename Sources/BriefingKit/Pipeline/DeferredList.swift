/// A list of records read from the article cache's pack and left there, as
/// bytes, until it is asked for. A rebuild reads 10,000 entries, and while
/// the pooled name index is as it was it needs neither their name mentions
/// nor their name lookups: decoding those was about a third of reading the
/// cache. The pack is mapped (`MappedFile`); the list holds the mapping,
/// so its bytes stay readable for as long as the list lives.
///
/// A list made by this build (or read from anything but the pack) is
/// decoded already. `values` is nil when the bytes cannot be decoded (a
/// damaged pack): the caller makes the list again from what it came from.
struct DeferredList<Element: BinaryRecord & Hashable & Codable & Sendable>: Hashable, Codable, @unchecked Sendable {
    // @unchecked: the buffer points into a read-only mapping that `owner` keeps alive.
    private enum Storage {
        case decoded([Element])
        case packed(owner: MappedFile, bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>)
    }
    private let storage: Storage

    init(_ values: [Element]) { storage = .decoded(values) }

    var values: [Element]? {
        switch storage {
        case let .decoded(values): return values
        case let .packed(_, bytes, range):
            let source = BinaryCoder.Source(bytes: bytes, range: range)
            guard let values = try? source.records(Element.self), source.offset == source.end else { return nil }
            return values
        }
    }

    /// Written as a length, then the records, so that a reader can step over it.
    func write(to sink: BinaryCoder.Sink) {
        switch storage {
        case let .decoded(values):
            let block = BinaryCoder.Sink()
            block.records(values)
            sink.varint(UInt64(block.bytes.count))
            sink.bytes.append(contentsOf: block.bytes)
        case let .packed(_, bytes, range):
            sink.varint(UInt64(range.count))
            sink.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
        }
    }

    /// Left in the pack when `source` reads a mapped pack; decoded now otherwise.
    init(from source: BinaryCoder.Source) throws {
        let length = Int(try source.varint())
        guard length <= source.end - source.offset else { throw source.corrupt("list past the end") }
        let range = source.offset..<source.offset + length
        if let owner = source.owner {
            storage = .packed(owner: owner, bytes: source.bytes, range: range)
            source.offset += length
        } else {
            let block = BinaryCoder.Source(bytes: source.bytes, range: range)
            let values = try block.records(Element.self)
            guard block.offset == block.end else { throw source.corrupt("list shorter than its length") }
            storage = .decoded(values)
            source.offset += length
        }
    }

    /// As `init(from:)`, but a list left in the pack is first checked
    /// record by record (`BinaryRecord.skip`), so that `values` is never
    /// nil: for a list that cannot be made again from anything else.
    init(checking source: BinaryCoder.Source) throws {
        if source.owner != nil {
            let start = source.offset
            let length = Int(try source.varint())
            guard length <= source.end - source.offset else { throw source.corrupt("list past the end") }
            let block = BinaryCoder.Source(bytes: source.bytes, range: source.offset..<source.offset + length)
            for _ in 0..<(try block.listCount()) { try Element.skip(in: block) }
            guard block.offset == block.end else { throw source.corrupt("list shorter than its length") }
            source.offset = start
        }
        try self.init(from: source)
    }

    static func == (a: DeferredList, b: DeferredList) -> Bool { a.values == b.values }
    func hash(into hasher: inout Hasher) { hasher.combine(values) }
    init(from decoder: any Decoder) throws { self.init(try [Element](from: decoder)) }
    func encode(to encoder: any Encoder) throws { try (values ?? []).encode(to: encoder) }
}
