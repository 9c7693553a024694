/// Merges the same event reported by several articles into one entry.
/// Events are compared only within the same date (blocking by date keeps
/// this far from all-pairs); two events are the same when their sentences
/// share enough content words.
enum TimelineMerger {
    struct Item {
        let event: Event
        let articleID: String
        let articleDate: CalendarDate?
        let threadIDs: [String]
        /// `TimelineMerger.hash(threadIDs:)`, made once per article, not once per report of each day.
        let threadsHash: UInt64
        /// Content words of the sentence, as `WordHash.sortedHashes`.
        let keys: [UInt64]
        /// Capitalised words inside the sentence, who and where, as `WordHash.sortedHashes`.
        let names: [UInt64]
        /// A hash of the article's seed key (`ArticleCache.key`), when it has
        /// one: the event's text, date, words and names, and the article's
        /// date, all follow from the seed, so a day's memo key need not hash them.
        let seed: UInt64?

        /// `threadsHash`, when the caller has it, is `TimelineMerger.hash(threadIDs:)`.
        init(event: Event, articleID: String, articleDate: CalendarDate?, threadIDs: [String], threadsHash: UInt64? = nil,
             keys: [UInt64], names: [UInt64], seed: UInt64? = nil) {
            self.event = event
            self.articleID = articleID
            self.articleDate = articleDate
            self.threadIDs = threadIDs
            self.threadsHash = threadsHash ?? TimelineMerger.hash(threadIDs: threadIDs)
            self.keys = keys
            self.names = names
            self.seed = seed
        }
    }


    /// Overlap of content words, relative to the shorter sentence, that makes two reports one event.
    static let sameEventOverlap = 0.3
    static let minimumShared = 3

    /// With `memo`, a day whose reports are all as an earlier build found
    /// them is copied from that build, not merged again: after one seed
    /// changed, only its days are (the whole briefing's timeline has
    /// thousands of entries at 10,000 articles, and so has a large
    /// thread's). `scope` keeps each timeline's days apart in the memo.
    static func merge(_ items: [Item], memo: FragmentMemo? = nil, scope: String = "") -> [TimelineEntry] {
        let byDate = Dictionary(grouping: items.indices, by: { items[$0].event.value })
        // Days are independent: merged on every core, then put in one order.
        let days = byDate.keys.sorted().map { ($0, byDate[$0]!) }
        let entries = Parallel.map(days) { value, group -> [TimelineEntry] in
            guard let memo else { return mergeDay(value, group.map { items[$0] }) }
            return memo.records(id: "timeline-day:" + scope + value.iso, key: dayKey(value, group, of: items)) {
                mergeDay(value, group.map { items[$0] })
            }
        }
        // Days in order, each day's entries in order: the whole in order.
        return entries.flatMap { $0 }
    }

    /// One day's reports merged into its entries.
    private static func mergeDay(_ value: TemporalValue, _ reports: [Item]) -> [TimelineEntry] {
        let day = DayWords(reports)
        var clusterOf = UnionFind(count: reports.count)
        for (a, b) in day.candidatePairs() where day.same(a, b) {
            clusterOf.union(a, b)
        }
        let clusters = Dictionary(grouping: reports.indices, by: { clusterOf.find($0) })
        return clusters.values.map { members in
            let ordered = members.map { reports[$0] }.sorted(by: firstReporterFirst)
            var sources: [EventSource] = []
            var seen: Set<String> = []
            for item in ordered where seen.insert(item.articleID).inserted {
                sources.append(EventSource(articleID: item.articleID, paragraph: item.event.paragraph))
            }
            let threads = Set(ordered.flatMap(\.threadIDs)).sorted()
            return TimelineEntry(value: value, text: ordered[0].event.text, sources: sources, threadIDs: threads)
        }.sorted { a, b in
            // A full order, so that equal texts on one day never swap places between runs.
            (a.text, a.sources[0].articleID, a.sources[0].paragraph) < (b.text, b.sources[0].articleID, b.sources[0].paragraph)
        }
    }

    /// Everything of a day's reports (`group`, indices into `items`) that
    /// merging them reads, in order. The reports of an article with a seed
    /// key are told by it: they are that article's events on that day, in
    /// the order it gives them.
    private static func dayKey(_ value: TemporalValue, _ group: [Int], of items: [Item]) -> UInt64 {
        var hash = WordHash()
        hash.add("timeline-day")
        hash.add(BuildIdentity.executable)
        hash.add(value.iso)
        hash.add(group.count)
        // Fields read in place: a copy of each report cost its retains and releases.
        for i in group {
            hash.add(items[i].threadsHash)
            if let seed = items[i].seed {
                // The seed stands for the article's id and the event's place too.
                hash.add(1)
                hash.add(seed)
                continue
            }
            hash.add(0)
            hash.add(items[i].articleID)
            hash.add(items[i].event.paragraph)
            hash.add(items[i].articleDate?.dayNumber ?? Int.max)
            hash.add(items[i].event.text)
            hash.add(items[i].keys.count)
            for key in items[i].keys { hash.add(key) }
            hash.add(items[i].names.count)
            for name in items[i].names { hash.add(name) }
        }
        return hash.value
    }

    /// A report's threads, as `Item.threadsHash` holds them.
    static func hash(threadIDs: [String]) -> UInt64 {
        var hash = WordHash()
        hash.add(threadIDs.count)
        for id in threadIDs { hash.add(id) }
        return hash.value
    }

    /// Keys shared by more reports of one day than this say nothing about
    /// which reports tell the same event.
    static let commonKey = 24

    /// One day's reports with their words and names as sorted numbers
    /// (`WordHash.sortedHashes`), so that comparing two reports counts shared numbers.
    struct DayWords {
        let keys: [[UInt64]]
        let names: [[UInt64]]

        init(_ reports: [Item]) {
            keys = reports.map(\.keys)
            names = reports.map(\.names)
        }

        /// Pairs of reports that share a word, from an inverted index of
        /// their keys: never every pair of a busy day.
        func candidatePairs() -> [(Int, Int)] {
            // The index as one sorted list of (key, report): each run of a
            // key is its posting list, in report order. A sort and a sorted
            // list of pairs cost far less than a dictionary of lists and a set.
            var postings: [(key: UInt64, report: Int)] = []
            postings.reserveCapacity(keys.reduce(0) { $0 + $1.count })
            for (i, words) in keys.enumerated() { for key in words { postings.append((key, i)) } }
            postings.sort { ($0.key, $0.report) < ($1.key, $1.report) }
            var pairs: [Int] = []
            var start = 0
            while start < postings.count {
                var end = start + 1
                while end < postings.count && postings[end].key == postings[start].key { end += 1 }
                if end - start > 1 && end - start <= commonKey {
                    for x in start..<end { for y in (x + 1)..<end { pairs.append(postings[x].report * keys.count + postings[y].report) } }
                }
                start = end
            }
            pairs.sort()
            var result: [(Int, Int)] = []
            result.reserveCapacity(pairs.count)
            for (i, pair) in pairs.enumerated() where i == 0 || pairs[i - 1] != pair {
                result.append((pair / keys.count, pair % keys.count))
            }
            return result
        }

        /// Much the same words, or the same two actors and a shared word more.
        func same(_ a: Int, _ b: Int) -> Bool {
            let shared = WordHash.sharedCount(keys[a], keys[b])
            guard shared >= minimumShared else { return false }
            let smaller = max(1, min(keys[a].count, keys[b].count))
            if Double(shared) / Double(smaller) >= sameEventOverlap { return true }
            return WordHash.sharedCount(names[a], names[b]) >= 2
        }
    }

    /// `names(in:)` as `WordHash.sortedHashes`, read on the sentence's
    /// bytes: an ASCII word is lower-cased, its possessive taken off, looked
    /// up and hashed in one buffer, with no string made unless it passes
    /// the time and stop words. Every event's sentence is keyed this way.
    static func nameHashes(in sentence: String) -> [UInt64] {
        var hashes: [UInt64] = []
        Words.forEachToken(in: sentence) { token in
            guard token.allSatisfy({ $0 < 0x80 }) else {   // by the rules on strings
                let word = Substring(String(decoding: token, as: UTF8.self))
                guard Words.isCapitalized(word), let name = name(word) else { return }
                var hash = WordHash()
                hash.add(name)
                hashes.append(hash.value)
                return
            }
            guard token[0] &- 65 < 26 else { return }   // capitalised
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: token.count) { buffer in
                for (i, byte) in token.enumerated() { buffer[i] = byte &- 65 < 26 ? byte | 0x20 : byte }
                let lowered = UnsafeBufferPointer(rebasing: buffer[..<token.count])
                let word = UnsafeBufferPointer(rebasing: lowered[..<(lowered.count - Words.possessiveLength(lowered))])
                guard !TemporalWords.contains(UnsafeRawBufferPointer(word)), !StopWords.contains(asciiToken: word),
                      !Lexicon.notNames.contains(String(decoding: word, as: UTF8.self)) else { return }
                var hash = WordHash()
                hash.add(UnsafeRawBufferPointer(word))
                hashes.append(hash.value)
            }
        }
        WordHash.sortDistinct(&hashes)
        return hashes
    }

    /// A capitalised word lower-cased, its possessive taken off; nil for a
    /// word of time, a stop word, or a word that names no one.
    private static func name(_ token: Substring) -> String? {
        var w = token.lowercased()
        if w.hasSuffix("’s") || w.hasSuffix("'s") { w = String(w.dropLast(2)) }
        return !TemporalWords.contains(w) && !StopWords.contains(w) && !Lexicon.notNames.contains(w) ? w : nil
    }

    /// Capitalised words that can be names, lower-cased, possessives removed.
    static func names(in sentence: String) -> Set<String> {
        var names: Set<String> = []
        for token in Words.tokens(sentence) where Words.isCapitalized(token) {
            if let w = name(token) { names.insert(w) }
        }
        return names
    }

    /// Who reported first leads (Techmeme's rule): earliest article date, then id, then position.
    static func firstReporterFirst(_ a: Item, _ b: Item) -> Bool {
        let da = a.articleDate?.dayNumber ?? Int.max, db = b.articleDate?.dayNumber ?? Int.max
        return (da, a.articleID, a.event.paragraph) < (db, b.articleID, b.event.paragraph)
    }
}
