import Foundation

/// Parts of the output each made from a few inputs — an article's record in
/// `briefing.json` or its items in `search-index.js`, a thread's composed
/// summary, timeline and document, the articles' slugs — as bytes, with the
/// key of what each was made from, kept in the cache folder between builds.
/// A rebuild makes afresh only the parts whose key changed and copies the
/// rest: writing the records of 10,000 articles was a quarter of a
/// rebuild's render CPU, though one article had changed. A key has 64 bits,
/// as a page fingerprint has: it is only compared with the same part's key
/// of the last build.
///
/// The file is mapped (`MappedFile`), not read: the export's and the search
/// index's memos hold 36 MB at 10,000 articles, and reading them copied it
/// all into fresh memory at every rebuild. The bytes a memo hands out stay
/// valid for as long as the memo lives.
public final class FragmentMemo: @unchecked Sendable {   // `now`, `owned` and `made` are guarded by `lock`; the rest is set once
    private let lock = NSLock()
    private let file: URL
    private let mapped: MappedFile?
    /// What the last build kept: each id's key and where its bytes lie in
    /// `stored` (the last of an id's parts in the file).
    private let stored: UnsafeBufferPointer<UInt8>
    /// Told by a hash of the id's bytes, checked against the id itself when
    /// found: decoding and hashing the ids of 60,000 parts as strings took
    /// a rebuild 20 ms.
    private let earlier: [UInt64: Earlier]
    private struct Earlier { let id: Range<Int>; let key: UInt64; let range: Range<Int> }
    /// The bytes of all of `earlier`'s parts.
    private let earlierBytes: Int
    /// This build's parts, each with what `save` needs to know of it: the
    /// size of the earlier part under its id, and whether it is new or
    /// changed. Noted when the part is asked for: looking each up again at
    /// saving took the export's and the search index's 30,000 lookups.
    private var now: [Part] = []
    private struct Part {
        let id: String, hash: UInt64, key: UInt64, bytes: UnsafeBufferPointer<UInt8>
        let earlierSize: Int?
        let fresh: Bool
    }
    /// Copies of the parts made by this build, freed with the memo.
    private var owned: [UnsafeMutableBufferPointer<UInt8>] = []
    /// How many parts `make` made, not copied, so far.
    var madeAfresh: Int { lock.withLock { made } }
    private var made = 0

    /// Whether parts not asked for in a build are kept for later ones: for
    /// parts of pages that are rendered only when they change (`PartialCache`),
    /// where a build asks for a few parts only. Otherwise a build asks for
    /// every part it will need again, and the rest are dropped.
    private let keepsUnasked: Bool

    /// The memo kept in `file`; empty when there is none or it cannot be read.
    init(file: URL, keepsUnasked: Bool = false) {
        self.file = file
        self.keepsUnasked = keepsUnasked
        let mapped = MappedFile(path: file.path)
        let bytes = mapped?.bytes ?? UnsafeBufferPointer(start: nil, count: 0)
        var found: [UInt64: Earlier] = [:]
        var readable = true
        let source = BinaryCoder.Source(bytes: bytes, range: 0..<bytes.count)
        while source.offset < source.end {
            guard let id = try? source.stringRange(), let key = try? source.firstWord(),
                  let length = try? source.varint(), Int(length) <= source.end - source.offset else { readable = false; break }
            found[Self.hash(UnsafeBufferPointer(rebasing: bytes[id]))] = Earlier(id: id, key: key, range: source.offset..<source.offset + Int(length))
            source.offset += Int(length)
        }
        // A torn or garbled file is not trusted at all, and is written afresh.
        self.mapped = readable ? mapped : nil
        stored = readable ? bytes : UnsafeBufferPointer(start: nil, count: 0)
        earlier = readable ? found : [:]
        earlierBytes = earlier.values.reduce(0) { $0 + $1.range.count }
    }

    deinit { for part in owned { part.deallocate() } }

    private static func hash(_ id: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = WordHash()
        hash.add(UnsafeRawBufferPointer(id))
        return hash.value
    }

    private static func hash(_ id: String) -> UInt64 {
        var id = id
        return id.withUTF8(hash)
    }

    /// What the last build kept for `id`.
    private func earlier(_ id: String, hash: UInt64) -> Earlier? {
        guard let found = earlier[hash] else { return nil }
        var id = id
        return id.withUTF8 { id in
            id.count == found.id.count && (id.isEmpty || memcmp(id.baseAddress!, stored.baseAddress! + found.id.lowerBound, id.count) == 0)
        } ? found : nil
    }

    /// The bytes kept for `id` under `key`, or those `make` makes now. An
    /// id asked for again in the same build (a part two pages show) is
    /// kept once.
    func bytes(id: String, key: UInt64, make: () -> [UInt8]) -> UnsafeBufferPointer<UInt8> {
        let bytes: UnsafeBufferPointer<UInt8>
        let hash = Self.hash(id)
        let found = earlier(id, hash: hash)
        if let kept = found, kept.key == key {
            bytes = UnsafeBufferPointer(rebasing: stored[kept.range])
            lock.withLock { keepNow(Part(id: id, hash: hash, key: key, bytes: bytes, earlierSize: kept.range.count, fresh: false)) }
        } else {
            let made = make()
            let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: made.count)
            _ = copy.initialize(from: made)
            bytes = UnsafeBufferPointer(copy)
            lock.withLock {
                self.made += 1
                owned.append(copy)
                keepNow(Part(id: id, hash: hash, key: key, bytes: bytes, earlierSize: found?.range.count, fresh: true))
            }
        }
        return bytes
    }

    /// Call with the lock held.
    private func keepNow(_ part: Part) {
        if let at = nowIndex[part.hash] {
            if now[at].id == part.id { now[at] = part; return }
        } else {
            nowIndex[part.hash] = now.count
        }
        now.append(part)
    }
    /// Where in `now` each id hash first came; an id whose hash another
    /// holds (about once in 2^64) is simply added.
    private var nowIndex: [UInt64: Int] = [:]

    /// The records kept for `id` under `key`, or those `make` makes now.
    func records<T: BinaryRecord>(id: String, key: UInt64, make: () -> [T]) -> [T] {
        var made: [T]?
        let bytes = self.bytes(id: id, key: key) {
            made = make()
            let sink = BinaryCoder.Sink()
            sink.records(made!)
            return sink.bytes
        }
        if let made { return made }
        let source = BinaryCoder.Source(bytes: bytes, range: 0..<bytes.count)
        guard let kept = try? source.records(T.self), source.offset == source.end else { return make() }
        return kept
    }

    /// The bytes the last build kept for `id`, whatever their key: for a
    /// part that is itself a memo of smaller parts (see `CopySearchMemo`).
    func earlier(id: String) -> UnsafeBufferPointer<UInt8>? {
        earlier(id, hash: Self.hash(id)).map { UnsafeBufferPointer(rebasing: stored[$0.range]) }
    }

    /// Keeps `bytes` as this build's part `id`, under a key made of the bytes.
    func keep(id: String, bytes: [UInt8]) {
        var key = WordHash()
        bytes.withUnsafeBytes { key.add($0) }
        _ = self.bytes(id: id, key: key.value) { bytes }
    }

    /// `keep(id:bytes:)` with the bytes `make` works out on another core;
    /// `save` waits for them. For a part no one reads in this build, whose
    /// encoding would otherwise hold up the build's one-core stretches.
    func keepLater(id: String, make: @escaping @Sendable () -> [UInt8]) {
        DispatchQueue.global().async(group: pending) { self.keep(id: id, bytes: make()) }
    }
    private let pending = DispatchGroup()

    /// Keeps this build's parts for the next. The file is a log, as the
    /// article cache's pack is: parts made afresh are appended, and the later
    /// of two parts of one id counts, so one changed article costs its own
    /// bytes, not a rewrite of tens of megabytes. Once parts no longer used
    /// fill half the file, it is written afresh. Best effort, as for the
    /// article cache: a memo that cannot be written only makes the next
    /// build slower.
    func save() {
        pending.wait()
        let (now, asked) = lock.withLock { (self.now, nowIndex) }
        // The parts not asked for, counted from all the earlier ones less those asked for again.
        let unaskedBytes = keepsUnasked ? earlierBytes - now.reduce(0) { $0 + ($1.earlierSize ?? 0) } : 0
        let live = now.reduce(0) { $0 + $1.bytes.count } + unaskedBytes
        let fresh = now.filter(\.fresh)
        guard !fresh.isEmpty || live * 2 < stored.count else { return }
        let whole = live * 2 < stored.count + fresh.reduce(0) { $0 + $1.bytes.count }
        let sink = BinaryCoder.Sink()
        func write(id: some Collection<UInt8>, key: UInt64, bytes: UnsafeBufferPointer<UInt8>) {
            sink.varint(UInt64(id.count))
            sink.bytes.append(contentsOf: id)
            sink.words([key])
            sink.varint(UInt64(bytes.count))
            sink.bytes.append(contentsOf: bytes)
        }
        for part in whole ? now : fresh { write(id: part.id.utf8, key: part.key, bytes: part.bytes) }
        if whole && keepsUnasked {
            // In the order of their ids, so that the same parts give the same file.
            let unasked = earlier.filter { hash, part in asked[hash].map { !now[$0].id.utf8.elementsEqual(stored[part.id]) } ?? true }
                .values.sorted { stored[$0.id].lexicographicallyPrecedes(stored[$1.id]) }
            for part in unasked { write(id: stored[part.id], key: part.key, bytes: UnsafeBufferPointer(rebasing: stored[part.range])) }
        }
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        if !whole, FileBytes.append(sink.bytes, to: file.path, endingAt: stored.count) { return }
        PlainFileWrite.replace(whole ? sink.bytes : Array(stored) + sink.bytes, at: file.path)
    }
}
