/// What the copy search (`DuplicateDetector`) of one build found, kept for
/// the next, so that a rebuild after one seed changed pairs up and checks
/// only the band buckets and pairs that article is in: at 10,000 articles
/// the search compared half a million pairs of signatures and shingled a
/// thousand articles before compose could go on, every build.
///
/// Both parts depend on the members' contents alone, each named by a
/// 64-bit hash of its seed key (`ArticleCache.key`: the tool's version,
/// the seed's path and its bytes), from which its signature and shingles
/// follow:
/// - for each band bucket (by its band key), the members' contents in
///   index order and the likely pairs among them, as positions in that order;
/// - for each likely pair of contents, whether their shingles agree.
struct CopySearchMemo: Equatable, Sendable {
    struct Bucket: Equatable, Sendable {
        /// The hash of the members' contents, in index order.
        let members: UInt64
        /// Likely pairs, two positions each, into the members in index order.
        let pairs: [Int]
    }

    struct Pair: Hashable, Sendable {
        let low: UInt64, high: UInt64
        init(_ a: UInt64, _ b: UInt64) { (low, high) = (min(a, b), max(a, b)) }
    }

    var buckets: [UInt64: Bucket] = [:]
    var verdicts: [Pair: Bool] = [:]

    /// The hash a bucket is kept under, of its members' contents in order.
    static func members(_ contents: some Sequence<UInt64>) -> UInt64 {
        var hash = WordHash()
        for content in contents { hash.add(content) }
        return hash.value
    }
}

extension CopySearchMemo {
    /// Band keys in order, so that the same findings give the same bytes.
    func encoded() -> [UInt8] {
        let sink = BinaryCoder.Sink()
        sink.varint(UInt64(buckets.count))
        for key in buckets.keys.sorted() {
            let bucket = buckets[key]!
            sink.words([key, bucket.members])
            sink.ints(bucket.pairs)
        }
        let pairs = verdicts.keys.sorted { ($0.low, $0.high) < ($1.low, $1.high) }
        sink.varint(UInt64(pairs.count))
        for pair in pairs {
            sink.words([pair.low, pair.high])
            sink.bool(verdicts[pair]!)
        }
        return sink.bytes
    }

    init(_ bytes: ArraySlice<UInt8>) throws {
        self = try bytes.withUnsafeBufferPointer { try CopySearchMemo($0) }
    }

    init(_ buffer: UnsafeBufferPointer<UInt8>) throws {
        self = try {
            let source = BinaryCoder.Source(bytes: buffer, range: 0..<buffer.count)
            var memo = CopySearchMemo()
            let bucketCount = try source.listCount()
            memo.buckets.reserveCapacity(bucketCount)
            for _ in 0..<bucketCount {
                let words = try source.words()
                guard words.count == 2 else { throw source.corrupt("a bucket without its key") }
                memo.buckets[words[0]] = Bucket(members: words[1], pairs: try source.ints())
            }
            for _ in 0..<(try source.listCount()) {
                let words = try source.words()
                guard words.count == 2 else { throw source.corrupt("a verdict without its pair") }
                memo.verdicts[Pair(words[0], words[1])] = try source.bool()
            }
            guard source.offset == source.end else { throw source.corrupt("trailing bytes") }
            return memo
        }()
    }
}
