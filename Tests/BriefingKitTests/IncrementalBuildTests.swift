import Foundation
import Testing
@testable import BriefingKit

/// A build that reuses the ingest cache must give, byte for byte, what a
/// clean build gives, whatever changed since the last one.
@Suite(.serialized) struct IncrementalBuildTests {
    /// A project folder of its own: seeds, config and templates to change.
    struct Project {
        let tmp = TempFolder()
        var seeds: String { tmp.path + "/seeds" }
        var config: String { tmp.path + "/briefing.yml" }
        var templates: String { tmp.path + "/templates" }

        init() throws {
            try FileManager.default.copyItem(atPath: Repo.fixture("site/seeds"), toPath: seeds)
            try FileManager.default.copyItem(atPath: Repo.fixture("site/briefing.yml"), toPath: config)
            try FileManager.default.copyItem(atPath: Repo.path("templates"), toPath: templates)
        }

        func build(cached: Bool, out: String) throws -> (files: [String: Data], report: BuildReport) {
            let report = try Pipeline.build(BuildOptions(seeds: seeds, out: tmp.path + "/" + out, config: config,
                                                         templates: templates, cache: cached), log: MemoryLog())
            return (try readTree(tmp.path + "/" + out), report)
        }

        /// Builds with the cache (after a first build that fills it) and clean;
        /// both must agree. `reused` (when not negative) is how many seeds
        /// the cache must have served.
        @discardableResult
        func expectSameAsClean(reused: Int, _ comment: Comment) throws -> BuildReport {
            let incremental = try build(cached: true, out: "site")
            let clean = try build(cached: false, out: "clean")
            #expect(incremental.files == clean.files, comment)
            if reused >= 0 { #expect(incremental.report.reusedSeeds == reused, "\(comment): seeds taken from the cache") }
            return incremental.report
        }
    }

    @Test func everyKindOfChangeGivesTheCleanBuild() throws {
        let p = try Project(); defer { p.tmp.cleanUp() }
        let first = try p.build(cached: true, out: "site")
        #expect(first.report.reusedSeeds == 0)
        let seedCount = try FileManager.default.contentsOfDirectory(atPath: p.seeds).count
        let stylesheet = p.tmp.path + "/site/assets/style.css"
        let stamp = try FileManager.default.attributesOfItem(atPath: stylesheet)[.modificationDate] as? Date
        let unchanged = try p.expectSameAsClean(reused: seedCount, "nothing changed")
        #expect(unchanged.filesWritten == 0, "no file is written again when nothing changed")
        #expect(unchanged.pagesRendered == 0, "no page is rendered again when nothing changed")
        let again = try p.expectSameAsClean(reused: seedCount, "nothing changed, twice")
        #expect(again.pagesRendered == 0, "the stamps recorded for kept pages are still right")
        #expect(try FileManager.default.attributesOfItem(atPath: stylesheet)[.modificationDate] as? Date == stamp,
                "an unchanged file keeps its date, so rsync leaves it alone")

        try "New strike\nBy Lee Chan\nJanuary 28, 2026\nDock workers at the port extended their strike on Wednesday as talks failed again.\n"
            .write(toFile: p.seeds + "/g-added.txt", atomically: true, encoding: .utf8)
        try p.expectSameAsClean(reused: seedCount, "a seed added")

        // A seed saved again under another name is found to be a copy; edited
        // into another story, it is one no longer.
        let copy = p.seeds + "/h-copy.txt"
        let second = try String(contentsOfFile: p.seeds + "/b-strike-second-week.txt", encoding: .utf8)
        try (second + "\nShare this story\n").write(toFile: copy, atomically: true, encoding: .utf8)
        let copied = try p.expectSameAsClean(reused: seedCount + 1, "a copy of a seed added")
        #expect(copied.briefing.articles.filter { $0.duplicateOf != nil }.count == 1, "the copy is found")
        try "Library hours\nBy Ana Ruiz\nFebruary 3, 2026\nThe city libraries will open on Sundays from March, the council said on Tuesday.\n"
            .write(toFile: copy, atomically: true, encoding: .utf8)
        let uncopied = try p.expectSameAsClean(reused: seedCount + 1, "the copy edited into another story")
        #expect(uncopied.briefing.articles.allSatisfy { $0.duplicateOf == nil }, "no copy is left")
        try FileManager.default.removeItem(atPath: copy)
        try p.expectSameAsClean(reused: seedCount + 1, "the copy removed")

        let edited = p.seeds + "/a-strike-begins.txt"
        try (String(contentsOfFile: edited, encoding: .utf8) + "\nThe union said it would meet the operators again on Friday.\n")
            .write(toFile: edited, atomically: true, encoding: .utf8)
        let afterEdit = try p.expectSameAsClean(reused: seedCount, "a seed edited")
        #expect(afterEdit.filesWritten > 0 && afterEdit.filesWritten < first.report.pageCount / 2,
                "an edited seed rewrites only the files it changes (\(afterEdit.filesWritten) of \(first.report.pageCount))")
        #expect(afterEdit.pagesRendered > 0 && afterEdit.pagesRendered < first.report.pagesRendered,
                "an edited seed renders only the pages it changes (\(afterEdit.pagesRendered) of \(first.report.pagesRendered))")

        // The timeline labels each event with its reporters' outlet or byline.
        let byline = p.seeds + "/b-strike-second-week.txt"
        try String(contentsOfFile: byline, encoding: .utf8).replacingOccurrences(of: "By Lee Chan", with: "By Lee Chan-Park")
            .write(toFile: byline, atomically: true, encoding: .utf8)
        let relabelled = try p.expectSameAsClean(reused: seedCount, "a byline changed")
        #expect(relabelled.briefing.timeline.contains { entry in
            entry.sources.contains { relabelled.briefing.article($0.articleID)?.sourceLabel == "Lee Chan-Park" }
        }, "the byline labels events on the timeline")

        // Lists of articles (the month pages) show each article's headline;
        // changed in case only, it keeps its slug and page.
        try String(contentsOfFile: byline, encoding: .utf8)
            .replacingOccurrences(of: "Harbour strike enters second week", with: "Harbour Strike Enters Second Week")
            .write(toFile: byline, atomically: true, encoding: .utf8)
        let retitled = try p.expectSameAsClean(reused: seedCount, "a headline changed in case")
        #expect(retitled.briefing.articles.contains { $0.article.title == "Harbour Strike Enters Second Week" }, "the new headline is read")

        // Only an event's wording changes: same day, same reporters.
        try String(contentsOfFile: edited, encoding: .utf8).replacingOccurrences(of: "walked out on Monday", with: "walked off the job on Monday")
            .write(toFile: edited, atomically: true, encoding: .utf8)
        let reworded = try p.expectSameAsClean(reused: seedCount, "an event reworded")
        #expect(reworded.briefing.timeline.contains { $0.text.contains("walked off the job") }, "the new wording is on the timeline")

        // Pages changed or removed by hand in the output are made again.
        let page = p.tmp.path + "/site/entities.html"
        try "edited by hand".write(toFile: page, atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(atPath: p.tmp.path + "/site/timeline.html")
        let repaired = try p.expectSameAsClean(reused: seedCount + 1, "pages of the output edited and removed by hand")
        #expect(repaired.pagesRendered == 2)

        try FileManager.default.moveItem(atPath: p.seeds + "/c-libraries.txt", toPath: p.seeds + "/c-libraries-renamed.txt")
        try p.expectSameAsClean(reused: seedCount, "a seed renamed")

        try FileManager.default.removeItem(atPath: p.seeds + "/g-added.txt")
        try p.expectSameAsClean(reused: seedCount, "a seed removed")

        let config = try String(contentsOfFile: p.config, encoding: .utf8)
        try config.replacingOccurrences(of: "terms: [union, port", with: "terms: [union, pay, port")
            .write(toFile: p.config, atomically: true, encoding: .utf8)
        try p.expectSameAsClean(reused: seedCount, "a thread's terms changed")

        // The search index names each article's threads by title.
        try String(contentsOfFile: p.config, encoding: .utf8).replacingOccurrences(of: "title: Harbour strike", with: "title: Port strike")
            .write(toFile: p.config, atomically: true, encoding: .utf8)
        try p.expectSameAsClean(reused: seedCount, "a thread's title changed")

        try (String(contentsOfFile: p.config, encoding: .utf8) + "aliases:\n  Union leader Berg: [Tomas Berg]\n")
            .write(toFile: p.config, atomically: true, encoding: .utf8)
        let aliased = try p.expectSameAsClean(reused: seedCount, "an alias added to the config")
        #expect(aliased.briefing.entities.contains { $0.name == "Union leader Berg" }, "the alias reached cached articles")
        // Then only a name changes, kind and role unchanged: pages and records
        // of articles that name him without quoting him must follow.
        for (old, new) in [("Union leader Berg", "Tomas J. Berg"), ("Tomas J. Berg", "Tomas K. Berg")] {
            try String(contentsOfFile: p.config, encoding: .utf8).replacingOccurrences(of: old, with: new)
                .write(toFile: p.config, atomically: true, encoding: .utf8)
            try p.expectSameAsClean(reused: seedCount, "an alias renamed to \(new)")
        }

        let layout = p.templates + "/layout.mustache"
        try String(contentsOfFile: layout, encoding: .utf8).replacingOccurrences(of: "<main", with: "<!-- edited --><main")
            .write(toFile: layout, atomically: true, encoding: .utf8)
        let retemplated = try p.expectSameAsClean(reused: seedCount, "a template edited")
        #expect(retemplated.pagesRendered == first.report.pagesRendered, "a template edited renders every page")

        // The parts of list pages kept between builds follow their partials.
        for (partial, old, new) in [("timeline-day", "<li class=\"day\">", "<li class=\"day edited\">"),
                                    ("article-item", "<li>", "<li class=\"edited\">")] {
            let file = p.templates + "/partials/\(partial).mustache"
            try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: old, with: new)
                .write(toFile: file, atomically: true, encoding: .utf8)
            try p.expectSameAsClean(reused: seedCount, "the partial \(partial) edited")
            let page = try String(contentsOfFile: p.tmp.path + "/site/" + (partial == "timeline-day" ? SitePaths.timeline : retemplated.briefing.archive[0].path),
                                  encoding: .utf8)
            #expect(page.contains(new), "\(partial): the pages show the edited partial")
        }
    }

    /// An article whose own text and names did not change still links its
    /// names to their pages, whose addresses other seeds can change: two
    /// names that make the same slug are numbered in name order.
    @Test func aNamePageRenamedByOtherSeedsIsFollowed() throws {
        let p = try Project(); defer { p.tmp.cleanUp() }
        try "Port deal signed\nBy Lee Chan\nFebruary 9, 2026\nUnion leader Tomás Berg said on Monday that the deal was signed.\n"
            .write(toFile: p.seeds + "/g-accented.txt", atomically: true, encoding: .utf8)
        let first = try p.build(cached: true, out: "site")
        let slugs = Dictionary(first.report.briefing.entities.map { ($0.name, $0.slug) }, uniquingKeysWith: { a, _ in a })
        #expect(slugs["Tomas Berg"] == "tomas-berg" && slugs["Tomás Berg"] == "tomas-berg-2")
        // Without the seeds that name Tomas Berg, Tomás Berg's page takes the plain slug.
        for seed in ["a-strike-begins.txt", "b-strike-second-week.txt"] { try FileManager.default.removeItem(atPath: p.seeds + "/" + seed) }
        let after = try p.expectSameAsClean(reused: -1, "the other name's seeds removed")
        #expect(after.briefing.entities.first { $0.name == "Tomás Berg" }?.slug == "tomas-berg")
    }

    @Test func fragmentsAreCopiedOnlyUnderTheSameKey() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let file = URL(fileURLWithPath: tmp.path + "/memo.bin")
        var made: [String] = []
        func part(_ memo: FragmentMemo, _ id: String, key: UInt64, _ text: String) -> String {
            String(decoding: memo.bytes(id: id, key: key) { made.append(id); return Array(text.utf8) }, as: UTF8.self)
        }
        let first = FragmentMemo(file: file)
        #expect(part(first, "a", key: 1, "alpha") == "alpha")
        #expect(part(first, "b", key: 2, "beta") == "beta")
        first.save()
        made = []
        let second = FragmentMemo(file: file)
        #expect(part(second, "a", key: 1, "not used") == "alpha", "the same key: the kept bytes")
        #expect(part(second, "b", key: 3, "bravo") == "bravo", "another key: made again")
        #expect(made == ["b"])
        func size() -> Int { (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? -1 }
        let firstSize = size()
        second.save()
        #expect(size() > firstSize && size() < 2 * firstSize, "a part made again is appended: the file is not written whole")
        made = []
        let third = FragmentMemo(file: file)
        #expect(part(third, "b", key: 3, "not used") == "bravo", "what was made again is kept in its turn")
        #expect(part(third, "a", key: 1, "not used") == "alpha", "and what was kept before it")
        #expect(made == [])
        let grown = size()
        third.save()
        #expect(size() == grown, "nothing made afresh: nothing written")
        let fourth = FragmentMemo(file: file)
        #expect(part(fourth, "c", key: 1, "charlie") == "charlie", "a key is only ever compared for the same id")
        #expect(made == ["c"])
        fourth.save()
        #expect(size() < grown, "once most of the file is no longer used, it is written afresh with only what is")
        made = []
        #expect(part(FragmentMemo(file: file), "c", key: 1, "not used") == "charlie")
        #expect(made == [])

        try Data([0x01, 0x61, 0xff]).write(to: file)
        made = []
        #expect(part(FragmentMemo(file: file), "a", key: 1, "alpha") == "alpha")
        #expect(made == ["a"], "a garbled memo is not read")
    }

    /// Names are pooled across articles: a seed that gives a surname's full
    /// name changes what a cached article that only wrote the surname names.
    @Test func aNameGivenInANewSeedReachesCachedArticles() throws {
        let p = try Project(); defer { p.tmp.cleanUp() }
        try "Harbour talks resume\nBy Lee Chan\nJanuary 27, 2026\nTalks at the port went on into the night.\n\"We are close to a deal on the cranes,\" Okafor said on Tuesday after meeting the union.\n"
            .write(toFile: p.seeds + "/h-talks.txt", atomically: true, encoding: .utf8)
        let first = try p.build(cached: true, out: "site")
        #expect(first.report.analysedAgain == first.report.articleCount)
        #expect(first.report.briefing.article("h-talks")?.analysis.quotes.first?.speaker == nil)
        try "Mediator steps in\nBy Lee Chan\nJanuary 28, 2026\nThe city appointed a mediator for the harbour strike.\n\"Both sides want this over,\" mediator Amara Okafor said at the port on Wednesday.\n"
            .write(toFile: p.seeds + "/i-mediator.txt", atomically: true, encoding: .utf8)
        let seedCount = try FileManager.default.contentsOfDirectory(atPath: p.seeds).count
        let report = try p.expectSameAsClean(reused: seedCount - 1, "a seed that names a surname in full")
        #expect(report.briefing.article("h-talks")?.analysis.quotes.first?.speaker == "Amara Okafor")
        #expect(report.analysedAgain == 2, "the new seed and the one whose name now resolves; the rest kept")
    }

    /// The seeds folder named another way (relative or absolute, from
    /// another working folder) is the same input: every seed comes from the
    /// cache, the site is the same, and warnings name the files as given now.
    @Test func theSameSeedsNamedAnotherWayComeFromTheCache() throws {
        let p = try Project(); defer { p.tmp.cleanUp() }
        func build(seeds: String) throws -> (files: [String: Data], report: BuildReport, log: MemoryLog) {
            let log = MemoryLog()
            let report = try Pipeline.build(BuildOptions(seeds: seeds, out: p.tmp.path + "/site", config: p.config,
                                                         templates: p.templates), log: log)
            return (try readTree(p.tmp.path + "/site"), report, log)
        }
        let first = try build(seeds: p.seeds)
        let other = p.tmp.path + "/templates/../seeds"
        let second = try build(seeds: other)
        let seedCount = try FileManager.default.contentsOfDirectory(atPath: p.seeds).count
        #expect(second.report.reusedSeeds == seedCount)
        #expect(second.files == first.files)
        #expect(!second.log.warnings.isEmpty && second.log.warnings.allSatisfy { $0.file.hasPrefix(other + "/") },
                "\(second.log.warnings.map(\.file))")
    }

    /// A cache cut short (a build killed while writing it, a full disk) is
    /// read for what it still holds, and the rest is made again.
    @Test func aTornOrGarbledCacheIsMadeAgain() throws {
        let p = try Project(); defer { p.tmp.cleanUp() }
        _ = try p.build(cached: true, out: "site")
        let pack = ArticleCache(out: p.tmp.path + "/site").pack
        let whole = try Data(contentsOf: pack)
        let seedCount = try FileManager.default.contentsOfDirectory(atPath: p.seeds).count
        for damaged in [whole.prefix(whole.count / 2), Data(whole.reversed()), Data()] {
            try damaged.write(to: pack)
            let report = try p.expectSameAsClean(reused: -1, "a damaged cache")
            #expect(report.reusedSeeds < seedCount, "what the damaged cache lost was made again")
        }
    }

    /// One changed seed appends its entry to the pack instead of writing
    /// the pack again; once most of the pack is entries no longer kept, it
    /// is written afresh with the live ones only.
    @Test func theCachePackGrowsByAppendingAndIsCompacted() throws {
        let p = try Project(); defer { p.tmp.cleanUp() }
        _ = try p.build(cached: true, out: "site")
        let pack = ArticleCache(out: p.tmp.path + "/site").pack
        let before = try Data(contentsOf: pack)
        let edited = p.seeds + "/a-strike-begins.txt"
        try (String(contentsOfFile: edited, encoding: .utf8) + "\nThe union said it would meet the operators again on Friday.\n")
            .write(toFile: edited, atomically: true, encoding: .utf8)
        try p.expectSameAsClean(reused: -1, "a seed edited")
        let after = try Data(contentsOf: pack)
        #expect(after.count > before.count && after.prefix(before.count) == before, "the edited seed's entry was appended")

        // Remove all seeds but one: the dead entries outweigh the live one.
        let names = try FileManager.default.contentsOfDirectory(atPath: p.seeds).sorted()
        for name in names.dropFirst() { try FileManager.default.removeItem(atPath: p.seeds + "/" + name) }
        try p.expectSameAsClean(reused: 1, "all seeds but one removed")
        let compacted = try Data(contentsOf: pack)
        #expect(compacted.count < before.count / 2, "the pack holds the one live entry, not the dead ones")

        // A torn end is cut off before the next entry is appended after it.
        try (compacted + Data([0x40, 0x61])).write(to: pack)
        try "Added later\nBy Lee Chan\nJanuary 29, 2026\nThe port reopened on Thursday after the strike ended.\n"
            .write(toFile: p.seeds + "/z-added.txt", atomically: true, encoding: .utf8)
        try p.expectSameAsClean(reused: -1, "a seed added after a torn pack")
        let report = try p.expectSameAsClean(reused: 2, "nothing changed after the torn pack was mended")
        #expect(report.analysedAgain == 0)
    }

    @Test func anotherVersionOfBriefingNeverReadsTheCache() {
        let seed = SeedFile(name: "a.txt", path: "seeds/a.txt", bytes: Data("text".utf8))
        #expect(ArticleCache.key(seed, version: "0.1.0") != ArticleCache.key(seed, version: "0.2.0"))
        let edited = SeedFile(name: "a.txt", path: "seeds/a.txt", bytes: Data("text!".utf8))
        #expect(ArticleCache.key(seed) != ArticleCache.key(edited))
    }
}

/// `briefing watch`: what it sees change, and that it rebuilds on a change.
@Suite(.serialized) struct WatchTests {
    @Test func snapshotsNameWhatChanged() throws {
        let p = try IncrementalBuildTests.Project(); defer { p.tmp.cleanUp() }
        let options = BuildOptions(seeds: p.seeds, out: p.tmp.path + "/site", config: p.config, templates: p.templates)
        let before = SourceSnapshot(options)
        #expect(SourceSnapshot(options) == before)
        try "x".write(toFile: p.seeds + "/z-new.txt", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: p.seeds + "/c-libraries.txt")
        try "title: Changed\n".write(toFile: p.config, atomically: true, encoding: .utf8)
        let changes = SourceSnapshot(options).changes(since: before)
        #expect(changes == ["changed \(p.config)", "removed \(p.seeds)/c-libraries.txt", "added \(p.seeds)/z-new.txt"])
    }

    @Test func aChangedSeedIsRebuiltAndABadConfigDoesNotStopWatching() throws {
        let p = try IncrementalBuildTests.Project(); defer { p.tmp.cleanUp() }
        let options = BuildOptions(seeds: p.seeds, out: p.tmp.path + "/site", config: p.config, templates: p.templates)
        let outcomes = Outcomes()
        let watcher = Watcher(options: options, interval: 0.05, settle: 0.05)
        let log = MemoryLog()
        try "Undated note\nThe harbour board met again to discuss the cranes and the schedule for the coming weeks.\n"
            .write(toFile: p.seeds + "/u-undated.txt", atomically: true, encoding: .utf8)
        let thread = Thread { watcher.run(log: log, stop: { outcomes.stopped }, onBuild: { outcomes.add($0) }) }
        thread.start()
        defer { outcomes.stop() }
        #expect(outcomes.wait(for: 1), "the first build")
        try "Harbour reopens\nBy Lee Chan\nJanuary 30, 2026\nThe port reopened on Friday after the union and the operators signed a deal on automation.\n"
            .write(toFile: p.seeds + "/h-reopens.txt", atomically: true, encoding: .utf8)
        #expect(outcomes.wait(for: 2), "a rebuild after a seed was added")
        #expect(outcomes.articleCounts.last == outcomes.articleCounts.first.map { $0 + 1 })
        let undated = log.warnings.filter { $0.file.hasSuffix("u-undated.txt") }
        #expect(undated.count == 1, "a warning that stands is printed at the first build only, not at the rebuild")
        #expect(log.messages.contains { $0.hasSuffix("as in the last build, not shown again") })
        try "title: [broken\n".write(toFile: p.config, atomically: true, encoding: .utf8)
        #expect(outcomes.wait(for: 3), "a failed build is reported, and watching goes on")
        #expect(outcomes.failures == 1)
        #expect(FileManager.default.fileExists(atPath: p.tmp.path + "/site/index.html"), "the last good site stays")
    }

    /// Builds seen by a watcher running on another thread.
    final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Result<BuildReport, Error>] = []
        private var done = false
        var stopped: Bool { lock.withLock { done } }
        func stop() { lock.withLock { done = true } }
        func add(_ result: Result<BuildReport, Error>) { lock.withLock { results.append(result) } }
        var articleCounts: [Int] { lock.withLock { results.compactMap { try? $0.get().articleCount } } }
        var failures: Int { lock.withLock { results.filter { if case .failure = $0 { return true } else { return false } }.count } }
        /// Waits (at most ten seconds) until `count` builds have finished.
        func wait(for count: Int) -> Bool {
            for _ in 0..<200 {
                if lock.withLock({ results.count >= count }) { return true }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return false
        }
    }
}

/// Progress is ticked from every core at once; it must count every item
/// and never fail however the threads interleave.
@Suite struct ProgressTests {
    @Test func ticksFromManyThreadsAreAllCounted() {
        let seen = Seen()
        let progress = Progress(total: 20_000) { done, total, _ in seen.record(done, total) }
        _ = Parallel.map(Array(0..<20_000), progress: progress) { $0 &* 2 }
        #expect(seen.last == 20_000, "the last tick always reports")
    }

    final class Seen: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        var last: Int { lock.withLock { value } }
        func record(_ done: Int, _ total: Int) { lock.withLock { value = max(value, done) } }
    }
}

/// What decides whether a page is rendered again.
struct PageFingerprintTests {
    @Test func anyChangedValueChangesItAndKeyOrderDoesNot() throws {
        let templates = try TemplateSet(folder: Repo.path("templates"))
        func print(_ values: [String: Any], _ template: String = "article") -> String {
            PageFingerprint.of(template: template, values, templates: templates)
        }
        let page: [String: Any] = ["title": "Talks resume", "count": 3, "flag": true,
                                   "items": [["name": "Ana Ruiz", "url": "../a.html"], ["name": "Lee Chan"]]]
        var reordered: [String: Any] = [:]
        for key in page.keys.sorted().reversed() { reordered[key] = page[key] }
        #expect(print(page) == print(reordered))
        #expect(print(page) != print(page, "thread"), "another template")
        var changed = page
        changed["items"] = [["name": "Ana Ruiz", "url": "../b.html"], ["name": "Lee Chan"]]
        #expect(print(page) != print(changed), "a value deep inside a list")
        changed = page
        changed["count"] = 4
        #expect(print(page) != print(changed))
        changed = page
        changed["flag"] = false
        #expect(print(page) != print(changed))
        #expect(print(["a": ["x", "y"]]) != print(["a": ["xy"]]))
        #expect(print(["a": "1", "b": "2"]) != print(["a": "2", "b": "1"]), "values swapped between keys")
        #expect(print(["a": "1"]) != print(["a": 1]), "text and number")
        #expect(print(["a": ["x", "y"]]) != print(["a": [["x": "y"]]]))
    }

    /// Text is hashed eight bytes at a time: every byte, and the length, still count.
    /// Summaries and timeline merging compare words as sorted hashes.
    @Test func wordListsAsHashesCountSharedWords() {
        let a = WordHash.sortedHashes(of: ["talks", "resume", "geneva", "talks"])
        let b = WordHash.sortedHashes(of: ["geneva", "talks", "collapse"])
        #expect(a.count == 3, "a word counts once")
        #expect(a == WordHash.sortedHashes(of: ["geneva", "resume", "talks"]), "in any order")
        #expect(WordHash.sharedCount(a, b) == 2)
        #expect(WordHash.sharedCount(a, []) == 0)
        #expect(SummaryComposer.dice(a, b) == 2 * 2 / 6.0)
    }

    @Test func wordHashSeesEveryByteAndWhereTextsSplit() {
        func hash(_ parts: String...) -> UInt64 {
            var h = WordHash()
            for part in parts { h.add(part) }
            return h.value
        }
        let long = "Peace talks resumed in Geneva on Monday."   // 40 bytes: five whole words
        var seen: Set<UInt64> = [hash(long)]
        for i in long.indices {
            var changed = long
            changed.replaceSubrange(i...i, with: "#")
            #expect(seen.insert(hash(changed)).inserted, "a change at offset \(long.distance(from: long.startIndex, to: i))")
        }
        #expect(hash("ab", "c") != hash("a", "bc"))
        #expect(hash("abcdefgh", "") != hash("abcdefgh"))
        #expect(hash("a\u{0}") != hash("a"), "a trailing zero byte is not padding")
        #expect(hash(long) == hash(long), "stable")
    }
}
