/// A file's bytes as the writer's own bytes with borrowed runs spliced in:
/// the export and the search index copy most of their 37 MB (at 10,000
/// articles) from the parts an earlier build kept (`FragmentMemo`), and
/// gathering them into one fresh array cost a copy and some 9,000 page
/// faults of fresh memory at every rebuild. Spliced, the runs go from the
/// memo's mapping to the file (`SiteStaging`), and are compared there.
///
/// A borrowed run points into the memo, which must outlive these bytes:
/// render stages the file in the job that made it, while the memos live.
struct SplicedBytes: @unchecked Sendable {   // the borrowed runs are read-only
    /// The writer's own bytes.
    let own: [UInt8]
    /// Borrowed runs, each to go before `own[at]`, in order of `at`.
    let splices: [(at: Int, bytes: UnsafeBufferPointer<UInt8>)]

    var count: Int { splices.reduce(own.count) { $0 + $1.bytes.count } }

    /// Each run in order, own and borrowed, empty ones left out; stops when `body` returns false.
    func forEachRun(_ body: (UnsafeRawBufferPointer) -> Bool) {
        own.withUnsafeBytes { own in
            var from = 0
            for splice in splices {
                if splice.at > from, !body(UnsafeRawBufferPointer(rebasing: own[from..<splice.at])) { return }
                from = splice.at
                if !splice.bytes.isEmpty, !body(UnsafeRawBufferPointer(splice.bytes)) { return }
            }
            if own.count > from { _ = body(UnsafeRawBufferPointer(rebasing: own[from...])) }
        }
    }

    /// All the bytes in one array, for a site kept in memory.
    var joined: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        forEachRun { bytes.append(contentsOf: $0); return true }
        return bytes
    }
}
