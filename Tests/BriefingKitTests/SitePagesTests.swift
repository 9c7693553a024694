import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import BriefingKit

/// The reader's pages beyond articles and threads: entities, sources, search,
/// per-thread feeds and the visual timeline, built from the fixture folder.
@Suite(.serialized) struct SitePagesTests {
    static func build() throws -> (files: [String: String], briefing: Briefing) {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let options = BuildOptions(seeds: Repo.fixture("site/seeds"), out: tmp.path + "/site",
                                   config: Repo.fixture("site/briefing.yml"), templates: Repo.path("templates"))
        let report = try Pipeline.build(options, log: MemoryLog())
        let files = try readTree(tmp.path + "/site").mapValues { String(decoding: $0, as: UTF8.self) }
        return (files, report.briefing)
    }

    /// Article pages share one `articleChrome`, made once: it must be what
    /// `common` gives each of them.
    @Test func rootLeadsBackFromEveryDepth() {
        for (path, root) in [("index.html", ""), ("articles/x.html", "../"), ("a/b/c.html", "../../"),
                             ("a//b.html", "../"), ("/a/b.html", "../"), ("a/b/", "../"), ("", "")] {
            #expect(SitePaths.root(of: path) == root, "\(path)")
        }
    }

    @Test func everyArticlePageHasTheSharedChrome() throws {
        let (_, briefing) = try Self.build()
        let context = PageContext(briefing: briefing)
        #expect(!briefing.articles.isEmpty)
        for entry in briefing.articles {
            let own = context.common(path: entry.path, title: entry.article.title)
            let shared = context.articleChrome.merging(["page_title": entry.article.title]) { $1 }
            #expect(PageFingerprint.hash(own) == PageFingerprint.hash(shared), "\(entry.path)")
        }
    }

    @Test func entityPagesNameRolesArticlesAndQuotes() throws {
        let (files, briefing) = try Self.build()
        let berg = try #require(briefing.entities.first { $0.name == "Tomas Berg" })
        #expect(berg.kind == .person)
        let stated = briefing.article("a-strike-begins")!.analysis.entities.first { $0.name == "Tomas Berg" }?.role
        #expect(stated != nil && berg.roles.first?.text == stated, "the role the article states")
        #expect(berg.threadIDs == ["harbour-strike"])
        let page = try #require(files[berg.path])
        #expect(page.contains(stated ?? "?"))
        #expect(page.contains("We will not accept machines replacing half of the workforce"))
        for id in berg.appearances.map(\.articleID) {
            #expect(page.contains("../" + briefing.article(id)!.path), "the page links every article naming him")
        }
        // The article links the speaker of its quote to that page.
        let article = try #require(files[briefing.article("a-strike-begins")!.path])
        #expect(article.contains("href=\"../\(berg.path)\">Tomas Berg</a>"))
        // Who's who on the thread page, and the directory.
        #expect(files["threads/harbour-strike.html"]!.contains("href=\"../\(berg.path)\""))
        #expect(files["entities.html"]!.contains("href=\"\(berg.path)\""))
    }

    @Test func editingOnePartialChangesOnlyThePagesThatUseIt() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let templates = tmp.path + "/templates"
        try FileManager.default.copyItem(atPath: Repo.path("templates"), toPath: templates)
        let partial = templates + "/partials/entity-item.mustache"
        let original = try String(contentsOfFile: partial, encoding: .utf8)
        try original.replacingOccurrences(of: "<li>", with: "<li class=\"mine\">").write(toFile: partial, atomically: true, encoding: .utf8)
        func build(_ folder: String, _ out: String) throws -> [String: Data] {
            _ = try Pipeline.build(BuildOptions(seeds: Repo.fixture("site/seeds"), out: tmp.path + out,
                                                config: Repo.fixture("site/briefing.yml"), templates: folder), log: MemoryLog())
            return try readTree(tmp.path + out)
        }
        let before = try build(Repo.path("templates"), "/before"), after = try build(templates, "/after")
        let changed = Set(before.keys.filter { before[$0] != after[$0] })
        let marked = Set(after.keys.filter { String(decoding: after[$0]!, as: UTF8.self).contains("<li class=\"mine\">") })
        #expect(changed == marked, "exactly the pages that use the partial changed")
        #expect(changed.contains("entities.html"))
        #expect(!changed.contains("index.html") && !changed.contains { $0.hasPrefix("articles/") })
    }

    @Test func sourcesPageListsEveryArticleOnce() throws {
        let (files, briefing) = try Self.build()
        let page = try #require(files["sources.html"])
        for entry in briefing.articles {
            #expect(page.components(separatedBy: "href=\"\(entry.path)\"").count == 2, "\(entry.id) listed once")
        }
        #expect(briefing.sources.map(\.articleIDs.count).reduce(0, +) == briefing.articles.count)
    }

    @Test func everyThreadHasAnAtomFeedLinkedFromItsPage() throws {
        let (files, briefing) = try Self.build()
        for thread in briefing.threads {
            let feedPath = SitePaths.threadFeed(thread.definition.id)
            let feed = try #require(files[feedPath])
            let parser = XMLParser(data: Data(feed.utf8))
            #expect(parser.parse(), "\(feedPath) is well-formed XML")
            #expect(feed.components(separatedBy: "<entry>").count - 1 == thread.articleIDs.count)
            for id in thread.articleIDs { #expect(feed.contains("<id>urn:briefing:fixture-briefing:article:\(id)</id>")) }
            #expect(files[thread.path]!.contains(
                "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"\(thread.definition.title)\" href=\"../\(feedPath)\">"))
        }
    }

    @Test func searchIndexIsAScriptOfItemsThatExist() throws {
        let (files, briefing) = try Self.build()
        let script = try #require(files[SitePaths.searchIndex])
        let prefix = "window.BRIEFING_SEARCH = "
        #expect(script.hasPrefix(prefix) && script.hasSuffix(";\n"))
        let json = String(script.dropFirst(prefix.count).dropLast(2))
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String]])
        #expect(items.allSatisfy { $0.count == 5 })
        let kinds = Set(items.map { $0[0] })
        #expect(kinds.isSuperset(of: ["Thread", "Article", "Person", "Quote"]))
        #expect(items.filter { $0[0] == "Article" }.count == briefing.articles.count)
        for item in items {
            let file = String(item[2].split(separator: "#")[0])
            #expect(files[file] != nil, "search result \(item[1]) points at missing \(file)")
        }
        // Pasted markup stays text inside the script.
        #expect(!script.contains("<"))
    }

    /// Snippets count characters only up to the cut; the result is the
    /// first 240 characters (whole graphemes) cut back to a space.
    @Test func searchSnippetsCutAtASpaceAfterWholeCharacters() {
        func reference(_ text: String) -> String {
            guard text.count > 240 else { return text }
            let cut = text.prefix(240)
            return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
        }
        let cases = ["short", String(repeating: "word ", count: 48), String(repeating: "x", count: 240),
                     String(repeating: "x", count: 241), String(repeating: "é ", count: 130),
                     String(repeating: "e\u{301}", count: 239) + " tail", String(repeating: "👩‍👩‍👧 ", count: 100),
                     String(repeating: "long words here ", count: 40)]
        for text in cases { #expect(SearchIndex.snippet(text) == reference(text), "\(text.prefix(20))…") }
        #expect(SearchIndex.snippet(String(repeating: "word ", count: 60)).hasSuffix("word…"))
    }

    @Test func timelineChartHasALaneAndAMarkLinkPerEvent() throws {
        let (files, briefing) = try Self.build()
        let page = try #require(files["timeline.html"])
        #expect(page.contains("<svg class=\"timeline-chart\""))
        for thread in briefing.threads where !thread.timeline.isEmpty {
            #expect(page.contains(">\(thread.definition.title)</text>"), "a lane for \(thread.definition.title)")
        }
        let markLinks = try Regex(##"<a href="#(e-[^"]+)" tabindex="-1">"##)
        let anchors = page.matches(of: markLinks).map { String($0.output[1].substring!) }
        #expect(!anchors.isEmpty)
        for anchor in anchors { #expect(page.contains("<li id=\"\(anchor)\">"), "mark links to missing entry \(anchor)") }
        #expect(page.contains("<ol class=\"timeline-list\">"))
        #expect(files["index.html"]!.contains("href=\"timeline.html#e-"), "the front page's chart links into the timeline")
    }
}

/// Links to an event on the timeline page (`timeline.html#e-…`) keep
/// pointing at it when other events of its day come or go.
@Suite struct TimelineAnchorTests {
    let day = TemporalValue(day: CalendarDate(year: 2026, month: 1, day: 19)!)
    func entry(_ article: String, _ paragraph: Int) -> TimelineEntry {
        TimelineEntry(value: day, text: article, sources: [EventSource(articleID: article, paragraph: paragraph)], threadIDs: [])
    }

    @Test func anAnchorStaysWithItsEvent() {
        let before = PageContext.anchors(of: [entry("b", 1), entry("c", 2)])
        let after = PageContext.anchors(of: [entry("a", 0), entry("b", 1), entry("c", 2)])
        #expect(Array(after.dropFirst()) == before, "an event added before them moves no anchor")
        #expect(Set(after).count == 3 && after.allSatisfy { $0.hasPrefix("e-2026-01-19-") })
    }

    @Test func eventsFirstReportedInOneParagraphAreNumbered() {
        let anchors = PageContext.anchors(of: [entry("b", 1), entry("b", 1), entry("b", 2)])
        #expect(anchors[1] == anchors[0] + "-2" && anchors[2] != anchors[0] && !anchors[2].hasSuffix("-2"))
    }
}

@Suite struct TimelineChartTests {
    func mark(_ iso: String, _ granularity: TemporalValue.Granularity = .day) -> TimelineChart.Mark {
        let day = CalendarDate(iso: iso)!
        let value: TemporalValue = switch granularity {
        case .day: TemporalValue(day: day)
        case .week: TemporalValue(weekContaining: day)
        case .month: TemporalValue(year: day.year, month: day.month)!
        case .year: TemporalValue(year: day.year)!
        }
        return TimelineChart.Mark(value: value, href: "#\(iso)", label: "<b>\(iso)</b>")
    }

    @Test func oldOutliersGoToAnEarlierColumn() {
        let marks = ["2014-03-01"] + (10...28).map { "2026-01-\($0)" }
        let svg = TimelineChart(lanes: [.init(title: "A & B", marks: marks.map { mark($0) })], compact: false).svg()
        #expect(svg.contains(">Earlier</text>"))
        #expect(svg.contains(">A &amp; B</text>"), "lane titles are escaped")
        #expect(svg.contains("&lt;b&gt;2014-03-01&lt;/b&gt;"), "labels are escaped")
        let width = Int(svg.firstMatch(of: try! Regex(#"width="(\d+)""#))!.output[1].substring!)!
        #expect(width < 1400, "19 days drawn to scale, not 12 years: \(width)")
    }

    @Test func aYearDoesNotStretchTheScale() {
        let svg = TimelineChart(lanes: [.init(title: "A", marks: [mark("2026-01-20"), mark("2026-01-22"), mark("2027-06-01", .year)])],
                                compact: true).svg()
        let width = Int(svg.firstMatch(of: try! Regex(#"width="(\d+)""#))!.output[1].substring!)!
        #expect(width < 400, "three days wide, not to the end of 2027: \(width)")
        #expect(svg.contains("<rect class=\"tl-mark tl-span\""), "the year is still drawn")
    }

    @Test func sameDayMarksStackUpToALimit() {
        let marks = Array(repeating: mark("2026-01-20"), count: 5) + [mark("2026-01-21")]
        let svg = TimelineChart(lanes: [.init(title: "A", marks: marks)], compact: false).svg()
        #expect(svg.components(separatedBy: "<circle").count - 1 == TimelineChart.maxStack + 1)
    }

    @Test func noEventsNoChart() {
        #expect(TimelineChart(lanes: [.init(title: "A", marks: [])], compact: false).svg().isEmpty)
    }
}

/// The archive: every article on exactly one month's page, while the front
/// page lists only the newest.
@Suite struct ArchiveTests {
    @Test func everyArticleIsInItsMonthWhileTheFrontPageAndFeedsListTheNewest() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let seeds = tmp.path + "/seeds"
        try FileManager.default.createDirectory(atPath: seeds, withIntermediateDirectories: true)
        // 55 dated reports over two months, one with no date.
        for i in 0..<55 {
            let date = i < 25 ? "January \(i + 1), 2026" : "March \(i - 24), 2026"
            try "Harbour report \(i)\nBy Lee Chan\n\(date)\nDock workers at berth \(i) met the operators about cranes number \(i * 7) and pay.\n"
                .write(toFile: seeds + String(format: "/r%02d.txt", i), atomically: true, encoding: .utf8)
        }
        try "Quay talks go on\n\nDock workers at the quay talked about the cranes again and asked the operators for a meeting about pay.\n\nThe operators said they would answer after the holidays, and the union said it would wait for that answer.\n"
            .write(toFile: seeds + "/undated.txt", atomically: true, encoding: .utf8)
        let report = try Pipeline.build(BuildOptions(seeds: seeds, out: tmp.path + "/site", config: Repo.fixture("site/briefing.yml"),
                                                     templates: Repo.path("templates"), cache: false), log: MemoryLog())
        let files = try readTree(tmp.path + "/site").mapValues { String(decoding: $0, as: UTF8.self) }
        let archive = report.briefing.archive
        #expect(archive.map(\.key) == ["2026-03", "2026-01", "undated"])
        #expect(archive.map(\.articleIDs.count) == [30, 25, 1])
        for entry in report.briefing.articles {
            let pages = archive.filter { files[$0.path]!.contains("href=\"../\(entry.path)\"") }
            #expect(pages.count == 1, "\(entry.id) is on one month's page")
        }
        let index = try #require(files["index.html"])
        let listed = report.briefing.articles.filter { index.contains("href=\"\($0.path)\"") }
        #expect(listed.count == PageContext.latestLimit)
        #expect(listed.map(\.id) == report.briefing.articles.prefix(PageContext.latestLimit).map(\.id), "the newest")
        #expect(index.contains("href=\"archive/2026-01.html\"") && files["archive.html"]!.contains("href=\"archive/undated.html\""))
        // Feeds carry the newest articles only.
        let feed = try #require(files[SitePaths.feed])
        #expect(feed.components(separatedBy: "<entry>").count - 1 == AtomFeed.entryLimit)
        for entry in report.briefing.articles.prefix(AtomFeed.entryLimit) { #expect(feed.contains(":article:\(entry.id)</id>")) }
        // Months link to their neighbours.
        let january = try #require(files["archive/2026-01.html"])
        #expect(january.contains("href=\"../archive/2026-03.html\" rel=\"prev\"") && january.contains("href=\"../archive/undated.html\" rel=\"next\""))
    }
}
