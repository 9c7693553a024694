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
public final class FragmentMemo: @unchecked Sendable {   // `now` and `made` are guarded by `lock`; the rest is set once
    private let lock = NSLock()
    private let file: URL
    /// What the last build kept: each id's key and where its bytes lie in
    /// `stored` (the last of an id's parts in the file).
    private let stored: [UInt8]
    private let earlier: [String: (key: UInt64, range: Range<Int>)]
    private var now: [(id: String, key: UInt64, bytes: ArraySlice<UInt8>)] = []
    /// How many parts `make` made, not copied, so far.
    var madeAfresh: Int { lock.withLock { made } }
    private var made = 0

    /// The memo kept in `file`; empty when there is none or it cannot be read.
    init(file: URL) {
        self.file = file
        let bytes = FileBytes.read(file.path) ?? []
        var found: [String: (key: UInt64, range: Range<Int>)] = [:]
        var readable = true
        bytes.withUnsafeBufferPointer { buffer in
            let source = BinaryCoder.Source(bytes: buffer, range: 0..<buffer.count)
            while source.offset < source.end {
                guard let id = try? source.string(), let key = try? source.words().first,
                      let length = try? source.varint(), Int(length) <= source.end - source.offset else { readable = false; break }
                found[id] = (key, source.offset..<source.offset + Int(length))
                source.offset += Int(length)
            }
        }
        // A torn or garbled file is not trusted at all, and is written afresh.
        stored = readable ? bytes : []
        earlier = readable ? found : [:]
    }

    /// The bytes kept for `id` under `key`, or those `make` makes now.
    func bytes(id: String, key: UInt64, make: () -> [UInt8]) -> ArraySlice<UInt8> {
        let bytes: ArraySlice<UInt8>
        if let kept = earlier[id], kept.key == key {
            bytes = stored[kept.range]
        } else {
            bytes = ArraySlice(make())
            lock.withLock { made += 1 }
        }
        lock.withLock { now.append((id, key, bytes)) }
        return bytes
    }

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
        let kept = bytes.withUnsafeBufferPointer { buffer -> [T]? in
            let source = BinaryCoder.Source(bytes: buffer, range: 0..<buffer.count)
            guard let records = try? source.records(T.self), source.offset == source.end else { return nil }
            return records
        }
        return kept ?? make()
    }

    /// The bytes the last build kept for `id`, whatever their key: for a
    /// part that is itself a memo of smaller parts (see `CopySearchMemo`).
    func earlier(id: String) -> ArraySlice<UInt8>? {
        earlier[id].map { stored[$0.range] }
    }

    /// Keeps `bytes` as this build's part `id`, under a key made of the bytes.
    func keep(id: String, bytes: [UInt8]) {
        var key = WordHash()
        bytes.withUnsafeBytes { key.add($0) }
        _ = self.bytes(id: id, key: key.value) { bytes }
    }

    /// Keeps this build's parts for the next. The file is a log, as the
    /// article cache's pack is: parts made afresh are appended, and the later
    /// of two parts of one id counts, so one changed article costs its own
    /// bytes, not a rewrite of tens of megabytes. Once parts no longer used
    /// fill half the file, it is written afresh. Best effort, as for the
    /// article cache: a memo that cannot be written only makes the next
    /// build slower.
    func save() {
        let now = lock.withLock { self.now }
        let live = now.reduce(0) { $0 + $1.bytes.count }
        let fresh = now.filter { earlier[$0.id]?.key != $0.key }
        guard !fresh.isEmpty || live * 2 < stored.count else { return }
        let whole = live * 2 < stored.count + fresh.reduce(0) { $0 + $1.bytes.count }
        let sink = BinaryCoder.Sink()
        for part in whole ? now[...] : fresh[...] {
            sink.string(part.id)
            sink.words([part.key])
            sink.varint(UInt64(part.bytes.count))
            sink.bytes.append(contentsOf: part.bytes)
        }
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        if !whole, FileBytes.append(sink.bytes, to: file.path, endingAt: stored.count) { return }
        // Written beside and renamed over, without `Data.write`'s fsync of tens of megabytes.
        let temporary = file.path + ".writing-\(getpid())"
        do {
            try PlainFileWrite.write(Data(whole ? sink.bytes : stored + sink.bytes), to: temporary)
            if rename(temporary, file.path) != 0 { unlink(temporary) }
        } catch {
            unlink(temporary)
        }
    }
}
