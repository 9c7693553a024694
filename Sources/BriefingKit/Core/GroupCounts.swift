/// In how many groups each 64-bit hash occurs, a group counted once
/// however often it repeats the hash: how many of a thread's articles use
/// each word (`SummaryComposer`).
///
/// Written by hand because the keys are `WordHash` values, spread evenly
/// already: a `Dictionary` hashes each again with SipHash, and a thread's
/// summary asks some 200,000 times, which made it two thirds of composing
/// a thread again after one of its articles came or went. Here a key's low
/// bits pick its slot, and a full slot passes to the next (open addressing).
struct GroupCounts {
    private struct Slot {
        var key: UInt64
        /// 0 marks a free slot: a key in the table occurs in one group at least.
        var count: Int32
        var lastGroup: Int32
    }
    private var slots: [Slot]
    private var used = 0

    /// Room for `expected` keys before the table grows.
    init(expected: Int = 0) {
        var capacity = 16
        while capacity < expected * 2 { capacity *= 2 }
        slots = Array(repeating: Slot(key: 0, count: 0, lastGroup: -1), count: capacity)
    }

    /// Notes that `group` uses each of `keys`. Groups are numbered from 0
    /// and come one after another: a group's keys are all added before the
    /// next one's.
    mutating func add(_ keys: [UInt64], group: Int) {
        if (used + keys.count) * 2 > slots.count { grow(toHold: used + keys.count) }
        let group = Int32(group)
        var added = 0
        slots.withUnsafeMutableBufferPointer { slots in
            let mask = slots.count - 1
            for key in keys {
                var i = Int(truncatingIfNeeded: key) & mask
                while slots[i].count != 0 && slots[i].key != key { i = (i + 1) & mask }
                if slots[i].count == 0 {
                    slots[i] = Slot(key: key, count: 1, lastGroup: group)
                    added += 1
                } else if slots[i].lastGroup != group {
                    slots[i].count += 1
                    slots[i].lastGroup = group
                }
            }
        }
        used += added
    }

    /// In how many groups each of `keys` occurs, summed (0 for a key in none).
    func total(of keys: [UInt64]) -> Int {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var total = 0
            for key in keys {
                var i = Int(truncatingIfNeeded: key) & mask
                while slots[i].count != 0 && slots[i].key != key { i = (i + 1) & mask }
                total += Int(slots[i].count)
            }
            return total
        }
    }

    /// Twice the slots, or more, till at most half hold `keys`.
    private mutating func grow(toHold keys: Int) {
        let old = slots
        var capacity = old.count * 2
        while capacity < keys * 2 { capacity *= 2 }
        slots = Array(repeating: Slot(key: 0, count: 0, lastGroup: -1), count: capacity)
        let mask = slots.count - 1
        for slot in old where slot.count != 0 {
            var i = Int(truncatingIfNeeded: slot.key) & mask
            while slots[i].count != 0 { i = (i + 1) & mask }
            slots[i] = slot
        }
    }
}
