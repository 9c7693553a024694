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

        /// Builds with the cache (after a first build that fills it) and clean; both must agree.
        func expectSameAsClean(reused: Int, _ comment: Comment) throws {
            let incremental = try build(cached: true, out: "site")
            let clean = try build(cached: false, out: "clean")
            #expect(incremental.files == clean.files, comment)
            #expect(incremental.report.reusedSeeds == reused, "\(comment): seeds taken from the cache")
        }
    }

    @Test func everyKindOfChangeGivesTheCleanBuild() throws {
        let p = try Project(); defer { p.tmp.cleanUp() }
        let first = try p.build(cached: true, out: "site")
        #expect(first.report.reusedSeeds == 0)
        let seedCount = try FileManager.default.contentsOfDirectory(atPath: p.seeds).count
        try p.expectSameAsClean(reused: seedCount, "nothing changed")

        try "New strike\nBy Lee Chan\nJanuary 28, 2026\nDock workers at the port extended their strike on Wednesday as talks failed again.\n"
            .write(toFile: p.seeds + "/g-added.txt", atomically: true, encoding: .utf8)
        try p.expectSameAsClean(reused: seedCount, "a seed added")

        let edited = p.seeds + "/a-strike-begins.txt"
        try (String(contentsOfFile: edited, encoding: .utf8) + "\nThe union said it would meet the operators again on Friday.\n")
            .write(toFile: edited, atomically: true, encoding: .utf8)
        try p.expectSameAsClean(reused: seedCount, "a seed edited")

        try FileManager.default.moveItem(atPath: p.seeds + "/c-libraries.txt", toPath: p.seeds + "/c-libraries-renamed.txt")
        try p.expectSameAsClean(reused: seedCount, "a seed renamed")

        try FileManager.default.removeItem(atPath: p.seeds + "/g-added.txt")
        try p.expectSameAsClean(reused: seedCount, "a seed removed")

        let config = try String(contentsOfFile: p.config, encoding: .utf8)
        try config.replacingOccurrences(of: "terms: [union, port", with: "terms: [union, pay, port")
            .write(toFile: p.config, atomically: true, encoding: .utf8)
        try p.expectSameAsClean(reused: seedCount, "a thread's terms changed")

        let layout = p.templates + "/layout.mustache"
        try String(contentsOfFile: layout, encoding: .utf8).replacingOccurrences(of: "<main", with: "<!-- edited --><main")
            .write(toFile: layout, atomically: true, encoding: .utf8)
        try p.expectSameAsClean(reused: seedCount, "a template edited")
    }

    @Test func anotherVersionOfBriefingNeverReadsTheCache() {
        let seed = SeedFile(name: "a.txt", path: "seeds/a.txt", bytes: Data("text".utf8))
        #expect(IngestCache.key(seed, version: "0.1.0") != IngestCache.key(seed, version: "0.2.0"))
        let edited = SeedFile(name: "a.txt", path: "seeds/a.txt", bytes: Data("text!".utf8))
        #expect(IngestCache.key(seed) != IngestCache.key(edited))
    }
}
