import Foundation
import Testing
@testable import BriefingKit

/// Publishing over a site that is already there: only what changed is
/// written, what the new site lacks goes, and the result is the new site
/// exactly, whichever way it was brought up to date.
@Suite struct SiteWriterTests {
    private func site(_ files: [String: String]) -> SiteFiles {
        var site = SiteFiles()
        site.add(SitePaths.data, "{}")
        for (path, text) in files { site.add(path, text) }
        return site
    }

    private func inode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber)!.intValue
    }

    @Test func anUpdateRewritesOnlyWhatChangedAndRemovesWhatWentAway() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let out = tmp.path + "/site"
        try SiteWriter.publish(site(["index.html": "one", "a/b/old.html": "old", "a/kept.html": "kept"]), to: out)
        let keptInode = try inode(out + "/a/kept.html"), siteInode = try inode(out)
        try "not Briefing's".write(toFile: out + "/a/stray.txt", atomically: false, encoding: .utf8)

        let outcome = try SiteWriter.publish(site(["index.html": "two", "a/kept.html": "kept", "c/new.html": "new"]), to: out)

        #expect(try readTree(out) == [SitePaths.data: Data("{}".utf8), "index.html": Data("two".utf8),
                                      "a/kept.html": Data("kept".utf8), "c/new.html": Data("new".utf8)])
        #expect(outcome.written == 2 && outcome.unchanged == 2)
        #expect(try inode(out + "/a/kept.html") == keptInode, "an unchanged file is left where it was")
        #expect(try inode(out) == siteInode, "the site is updated in place, not swapped")
        #expect(!FileManager.default.fileExists(atPath: out + "/a/b"), "a folder left empty is removed")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: tmp.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "no staging folder left behind: \(leftovers)")
    }

    /// Where the new site has a file in place of an old folder (or the other
    /// way round) the site is swapped in whole instead.
    @Test func aFileWhereAFolderWasSwapsTheWholeSite() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let out = tmp.path + "/site"
        try SiteWriter.publish(site(["x/page.html": "in a folder", "y": "a file"]), to: out)
        try SiteWriter.publish(site(["x": "now a file", "y/page.html": "now in a folder"]), to: out)
        #expect(try readTree(out) == [SitePaths.data: Data("{}".utf8), "x": Data("now a file".utf8),
                                      "y/page.html": Data("now in a folder".utf8)])
    }

    /// A page render kept must still be there; if it is not, the publish
    /// fails before the site is touched.
    @Test func aKeptPageThatIsGoneFailsBeforeTheSiteChanges() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let out = tmp.path + "/site"
        try SiteWriter.publish(site(["index.html": "one"]), to: out)
        let before = try readTree(out)
        var next = site(["index.html": "two"])
        next.keep("articles/gone.html", fingerprint: "f")
        #expect { try SiteWriter.publish(next, to: out) } throws: { "\($0)".contains("articles/gone.html") }
        #expect(try readTree(out) == before)
    }

    /// With a staging folder, render hands each page over as it is made:
    /// the pages are not held in memory, the output is untouched until
    /// publish, and the published site is the one made in memory.
    @Test func pagesStreamIntoTheStagingFolderAndPublishAsInMemory() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let report = try Pipeline.build(BuildOptions(seeds: Repo.fixture("site/seeds"), out: tmp.path + "/first",
                                                     config: Repo.fixture("site/briefing.yml"), templates: Repo.path("templates"),
                                                     cache: false), log: MemoryLog())
        let templates = try TemplateSet(folder: Repo.path("templates"))
        let inMemory = SiteRenderer.render(report.briefing, templates: templates, baseURL: report.briefing.config.baseURL)
        #expect(inMemory.files[report.briefing.articles[0].path] != nil)
        try SiteWriter.publish(inMemory, to: tmp.path + "/memory")
        let out = tmp.path + "/streamed"
        let staging = try SiteStaging(out: out)
        let site = SiteRenderer.render(report.briefing, templates: templates, baseURL: report.briefing.config.baseURL, staging: staging)
        let article = try #require(report.briefing.articles.first?.path)
        #expect(site.files[article] == nil && site.staged[article] == true, "the page went to the staging folder, not memory")
        #expect(FileManager.default.fileExists(atPath: staging.folder + "/" + article))
        #expect(!FileManager.default.fileExists(atPath: out), "nothing is published before publish")
        let outcome = try SiteWriter.publish(site, staged: staging)
        #expect(outcome.written == site.paths.count)
        #expect(try readTree(out) == readTree(tmp.path + "/memory"))
        #expect(!FileManager.default.fileExists(atPath: staging.folder))
    }

    /// The export and the search index are staged as runs spliced from the
    /// parts' memo: more runs than one `writev` takes, some empty, give the
    /// file their joined bytes; the same bytes again leave the published
    /// file alone, and one byte changed anywhere, or one more, writes it.
    @Test func splicedBytesAreStagedAsTheirJoinedBytes() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let out = tmp.path + "/site"
        let parts = (0..<3000).map { i in Array("{\"part\": \(i), \"text\": \"\(String(repeating: "é", count: i % 7))\"}".utf8) }
        let borrowed = parts.map { part in
            let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: part.count)
            _ = copy.initialize(from: part)
            return UnsafeBufferPointer(copy)
        }
        defer { for part in borrowed { part.deallocate() } }
        func spliced(_ change: (inout [UInt8]) -> Void = { _ in }) -> SplicedBytes {
            var writer = JSONWriter()
            writer.list { json in
                for (i, part) in borrowed.enumerated() {
                    if i % 500 == 0 { json.member(borrowing: UnsafeBufferPointer(start: nil, count: 0)) }
                    json.member(borrowing: part)
                    if i % 3 == 0 { json.string("own \(i)") }
                }
            }
            var bytes = writer.spliced.joined
            change(&bytes)
            return bytes == writer.spliced.joined ? writer.spliced : SplicedBytes(own: bytes, splices: [])
        }
        let whole = spliced()
        #expect(whole.count == whole.joined.count && whole.splices.count > 3000)
        let staging = try SiteStaging(out: out)
        #expect(staging.stage(SitePaths.data, spliced: whole))
        #expect(try Data(contentsOf: URL(fileURLWithPath: staging.folder + "/" + SitePaths.data)) == Data(whole.joined))
        var site = SiteFiles()
        site.addStaged(SitePaths.data, written: true, fingerprint: nil)
        try SiteWriter.publish(site, staged: staging)
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/" + SitePaths.data)) == Data(whole.joined))
        for (change, written) in [({ (_: inout [UInt8]) in }, false), ({ $0[$0.count / 2] ^= 1 }, true), ({ $0.append(0x20) }, true)] {
            let again = try SiteStaging(out: out)
            #expect(again.stage(SitePaths.data, spliced: spliced(change)) == written)
            again.abandon()
        }
    }

    @Test func theFoldersOfASiteIncludeEveryParent() {
        let paths = ["index.html", "a/x.html", "a/y.html", "a/b/c/z.html", "d/e.html", "a/b/w.html", "a/b/c/v.html"]
        #expect(PublishedTree.folders(holding: paths) == ["a", "a/b", "a/b/c", "d"])
        #expect(PublishedTree.folders(holding: paths.reversed()) == ["a", "a/b", "a/b/c", "d"])
    }

    /// A staging folder left by a killed build is removed by the next one;
    /// one whose process still runs is not.
    @Test func stagingFoldersOfDeadBuildsAreRemoved() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let out = tmp.path + "/site"
        try SiteWriter.publish(site(["index.html": "one"]), to: out)
        let dead = tmp.path + "/.site.building-2147483646", alive = tmp.path + "/.site.building-1"
        for folder in [dead, alive] { try FileManager.default.createDirectory(atPath: folder + "/articles", withIntermediateDirectories: true) }
        try SiteWriter.publish(site(["index.html": "two"]), to: out)
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(FileManager.default.fileExists(atPath: alive), "process 1 is alive: its folder is left alone")
    }
}
