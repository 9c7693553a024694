/// Sorting by a 64-bit hash, for lists of a hundred thousand and more. The
/// copy search sorts 160,000 band keys at 10,000 articles on every build,
/// and the standard library's sort, comparing through a closure, took some
/// 20 ms of it. Hashes are spread evenly, so one pass deals them into bins
/// by their top 16 bits, and each bin, a few keys long, is sorted on its
/// own. No package on this machine offers such a sort.
enum RadixSort {
    /// `items` in order of `key`, the order they came in kept among equal keys.
    static func byKey<T>(_ items: [T], key: (T) -> UInt64) -> [T] {
        let n = items.count
        guard n > 1 else { return items }
        let keys = items.map(key)
        var starts = [Int](repeating: 0, count: 65_537)
        for k in keys { starts[Int(k >> 48) + 1] += 1 }
        for b in 1..<starts.count { starts[b] += starts[b - 1] }
        // Positions of the items dealt into their bins, in the order they came.
        var order = [Int](repeating: 0, count: n)
        var next = starts
        for (i, k) in keys.enumerated() {
            let b = Int(k >> 48)
            order[next[b]] = i
            next[b] += 1
        }
        order.withUnsafeMutableBufferPointer { order in
            for b in 0..<65_536 where starts[b + 1] - starts[b] > 1 {
                var bin = UnsafeMutableBufferPointer(rebasing: order[starts[b]..<starts[b + 1]])
                if bin.count > 32 {
                    bin.sort { (keys[$0], $0) < (keys[$1], $1) }
                } else {
                    // Insertion sort: a bin holds two or three keys on average.
                    for i in 1..<bin.count {
                        let moving = bin[i]
                        var j = i
                        while j > 0, (keys[bin[j - 1]], bin[j - 1]) > (keys[moving], moving) { bin[j] = bin[j - 1]; j -= 1 }
                        bin[j] = moving
                    }
                }
            }
        }
        return order.map { items[$0] }
    }
}
