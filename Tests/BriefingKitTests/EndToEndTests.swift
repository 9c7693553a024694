import Foundation
import Testing
@testable import BriefingKit

/// Builds the fixture folder through the whole pipeline and checks the site
/// as a reader and as a script would: pages, links, anchors, export.
@Suite(.serialized) struct EndToEndTests {
    func options(out: String, seeds: String = Repo.fixture("site/seeds"), strict: Bool = false,
                 templates: String = Repo.path("templates")) -> BuildOptions {
        BuildOptions(seeds: seeds, out: out, config: Repo.fixture("site/briefing.yml"), templates: templates, strict: strict)
    }

    @Test func buildsALinkedSite() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let out = tmp.path + "/site"
        let log = MemoryLog()
        let report = try Pipeline.build(options(out: out), log: log)
        #expect(report.articleCount == 4)
        #expect(Set(log.warnings.map(\.file)).isSuperset(of: [Repo.fixture("site/seeds") + "/e-not-utf8.txt", Repo.fixture("site/seeds") + "/f-empty.txt"]))
        let files = try readTree(out)
        for page in ["index.html", "timeline.html", "threads/harbour-strike.html", "threads/harbour-strike.md",
                     "threads/libraries.html", "assets/style.css", "feed.xml", "sitemap.xml", "briefing.json"] {
            #expect(files[page] != nil, "missing \(page)")
        }
        #expect(files.keys.filter { $0.hasPrefix("articles/") }.count == 4)

        // Every internal link resolves to a file, and every #anchor exists in it.
        let html = files.filter { $0.key.hasSuffix(".html") }.mapValues { String(decoding: $0, as: UTF8.self) }
        let hrefs = try Regex(#"(?:href|src)="([^"]*)""#)
        var checked = 0
        for (page, text) in html {
            for match in text.matches(of: hrefs) {
                let target = String(match.output[1].substring!)
                #expect(!target.hasPrefix("http") && !target.hasPrefix("//"), "\(page) loads or links outside: \(target)")
                #expect(!target.hasPrefix("/"), "\(page) has a root-relative link: \(target)")
                let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let file = parts[0].isEmpty ? page : resolve(String(parts[0]), from: page)
                #expect(files[file] != nil, "\(page) links to missing \(file)")
                if parts.count == 2, let targetHTML = html[file] {
                    #expect(targetHTML.contains("id=\"\(parts[1])\""), "\(page) links to missing anchor \(target)")
                }
                checked += 1
            }
        }
        #expect(checked > 50)

        // Untrusted text is escaped everywhere.
        for (page, text) in html {
            // The only scripts are the site's own files (search), never inline.
            #expect(text.components(separatedBy: "<script").count == text.components(separatedBy: "<script src=\"").count,
                    "\(page) contains an inline or pasted script")
            #expect(!text.contains("<img src=x"), "\(page) contains pasted HTML")
            #expect(!text.contains("href=\"javascript:"), "\(page) contains a javascript: link")
        }
    }

    @Test func exportFollowsTheContract() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let out = tmp.path + "/site"
        _ = try Pipeline.build(options(out: out), log: MemoryLog())
        let data = try Data(contentsOf: URL(fileURLWithPath: out + "/briefing.json"))
        let json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        #expect(json["title"] as? String == "Fixture Briefing")
        let articles = json["articles"] as! [[String: Any]]
        let threads = json["threads"] as! [[String: Any]]
        #expect(Set(articles.map { $0["id"] as! String }) == ["a-strike-begins", "b-strike-second-week", "c-libraries", "d-unthreaded-hostile"])
        for a in articles {
            #expect(FileManager.default.fileExists(atPath: out + "/" + (a["url"] as! String)))
            #expect(["stated", "inferred", "none"].contains(a["dateSource"] as! String))
            #expect((a["file"] as! String).hasSuffix(".txt"))
        }
        for t in threads { #expect(FileManager.default.fileExists(atPath: out + "/" + (t["url"] as! String))) }
        #expect(json["unthreaded"] as? [String] == ["d-unthreaded-hostile"])
        let strike = threads.first { $0["id"] as? String == "harbour-strike" }!
        #expect(Set(strike["articles"] as! [String]) == ["a-strike-begins", "b-strike-second-week"])
        let events = strike["events"] as! [[String: Any]]
        let walkout = events.filter { $0["date"] as? String == "2026-01-26" }
        #expect(walkout.count == 1, "the walkout told by two articles is one event")
        #expect(Set(walkout.first?["sources"] as? [String] ?? []) == ["a-strike-begins", "b-strike-second-week"])
        let strikeArticle = articles.first { $0["id"] as? String == "a-strike-begins" }!
        #expect(strikeArticle["author"] as? String == "Ana Ruiz")
        #expect(strikeArticle["date"] as? String == "2026-01-26")
        let quotes = strikeArticle["quotes"] as! [[String: Any]]
        #expect(quotes.first?["speaker"] as? String == "Tomas Berg")
        let feed = try String(contentsOfFile: out + "/feed.xml", encoding: .utf8)
        #expect(feed.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://fixture.example/briefing/feed.xml\"/>"))
    }

    @Test func buildsAreByteIdentical() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        _ = try Pipeline.build(options(out: tmp.path + "/one"), log: MemoryLog())
        _ = try Pipeline.build(options(out: tmp.path + "/two"), log: MemoryLog())
        #expect(try readTree(tmp.path + "/one") == readTree(tmp.path + "/two"))
    }

    @Test func aFailedBuildLeavesThePreviousSiteUntouched() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let out = tmp.path + "/site"
        _ = try Pipeline.build(options(out: out), log: MemoryLog())
        let before = try readTree(out)
        // A template with an unclosed section.
        let templates = tmp.path + "/templates"
        try FileManager.default.copyItem(atPath: Repo.path("templates"), toPath: templates)
        try "{{#threads}}\n<p>{{title}}</p>\n".write(toFile: templates + "/index.mustache", atomically: true, encoding: .utf8)
        #expect(throws: BriefingError.self) { try Pipeline.build(options(out: out, templates: templates), log: MemoryLog()) }
        do { _ = try Pipeline.build(options(out: out, templates: templates), log: MemoryLog()) } catch let error as BriefingError {
            guard case let .template(file, _, _) = error else { Issue.record("expected a template error, got \(error)"); return }
            #expect(file.hasSuffix("index.mustache"))
        }
        // --strict with bad seeds fails too.
        #expect(throws: BriefingError.strictWarnings(count: 2)) { try Pipeline.build(options(out: out, strict: true), log: MemoryLog()) }
        #expect(try readTree(out) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: tmp.path).filter { $0.hasPrefix(".") && $0 != ".briefing-cache" }
        #expect(leftovers.isEmpty, "no staging folders left behind: \(leftovers)")
    }

    /// A file that cannot be written (here a name longer than the file
    /// system allows) fails the publish with its path and the reason, and
    /// the site published before stays as it was.
    @Test func aFileThatCannotBeWrittenFailsThePublishCleanly() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let out = tmp.path + "/site"
        var first = SiteFiles()
        first.add(SitePaths.data, "{}")
        first.add("index.html", "<p>first</p>")
        try SiteWriter.publish(first, to: out)
        let before = try readTree(out)
        var second = first
        second.add("index.html", "<p>second</p>")
        let long = String(repeating: "x", count: 300) + ".html"
        second.add(long, "<p>too long a name</p>")
        #expect {
            try SiteWriter.publish(second, to: out)
        } throws: { error in
            "\(error)".contains(long) && "\(error)".lowercased().contains("too long")
        }
        #expect(try readTree(out) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: tmp.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "no staging folder left behind: \(leftovers)")
    }

    @Test func pagesOfRemovedSeedsDisappear() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let seeds = tmp.path + "/seeds"
        try FileManager.default.copyItem(atPath: Repo.fixture("site/seeds"), toPath: seeds)
        let out = tmp.path + "/site"
        _ = try Pipeline.build(options(out: out, seeds: seeds), log: MemoryLog())
        let page = out + "/articles/city-to-open-three-new-libraries.html"
        #expect(FileManager.default.fileExists(atPath: page))
        try FileManager.default.removeItem(atPath: seeds + "/c-libraries.txt")
        _ = try Pipeline.build(options(out: out, seeds: seeds), log: MemoryLog())
        #expect(!FileManager.default.fileExists(atPath: page))
    }

    /// site/ in the repository is exactly what the committed code builds from seeds/.
    @Test func committedSiteIsCurrent() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let out = tmp.path + "/site"
        _ = try Pipeline.build(BuildOptions(seeds: Repo.path("seeds"), out: out, config: Repo.path("briefing.yml"),
                                            templates: Repo.path("templates")), log: MemoryLog())
        let built = try readTree(out), committed = try readTree(Repo.path("site"))
        #expect(Set(built.keys) == Set(committed.keys), "run `make site` and commit site/")
        for (path, data) in built where committed[path] != data {
            Issue.record("site/\(path) differs from a fresh build: run `make site` and commit site/")
        }
    }

    private func resolve(_ relative: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for piece in relative.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }
}
