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
