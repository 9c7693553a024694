import Foundation
import Testing
@testable import BriefingKit

/// Parts of long list pages go through their partial once and are kept
/// between builds by the hash of what they are made of.
struct PartialCacheTests {
    @Test func aPartIsRenderedOnceAndKeptWhileItsValuesAre() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let templates = try TemplateSet(folder: Repo.path("templates"))
        let file = tmp.url.appendingPathComponent("partials.bin")
        let day: [String: Any] = ["anchor": "e-2026-01-19-1a2b3c4d", "text": "Talks <resumed>", "has_threads": false,
                                  "sources": [["url": "articles/a.html", "label": "Wire"]], "threads": [[String: Any]]()]
        func part(_ cache: PartialCache, _ values: [String: Any]) -> CachedPartial {
            cache.part("partials/timeline-entry", id: "e-2026-01-19-1a2b3c4d", identity: { PageFingerprint.hash(values) }) { values }
        }

        let direct = templates.render("partials/timeline-entry", day)
        #expect(direct.contains("Talks &lt;resumed&gt;") && direct.contains("articles/a.html"))
        #expect(part(PartialCache(templates: templates, memo: nil), day).renderText == direct, "without a memo: the partial itself")

        let first = FragmentMemo(file: file)
        #expect(part(PartialCache(templates: templates, memo: first), day).renderText == direct)
        #expect(first.madeAfresh == 1)
        first.save()

        let second = FragmentMemo(file: file)
        #expect(part(PartialCache(templates: templates, memo: second), day).renderText == direct)
        #expect(second.madeAfresh == 0, "the same values: kept from the last build")
        var changed = day
        changed["text"] = "Talks resumed on Monday"
        let again = part(PartialCache(templates: templates, memo: second), changed).renderText
        #expect(second.madeAfresh == 1 && again.contains("Talks resumed on Monday"), "other values: rendered afresh")
    }

    /// A build renders only the pages that changed, so it asks for a few
    /// parts; the rest stay for later builds, even when the file is
    /// written afresh to drop what the parts asked for replaced.
    @Test func partsNotAskedForAreKeptWhenTheMemoIsRewritten() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        for keepsUnasked in [true, false] {
            let file = tmp.url.appendingPathComponent("memo-\(keepsUnasked).bin")
            let first = FragmentMemo(file: file, keepsUnasked: keepsUnasked)
            _ = first.bytes(id: "big", key: 1) { Array(repeating: 7, count: 10_000) }
            _ = first.bytes(id: "small", key: 2) { Array("kept".utf8) }
            first.save()
            // Only "big" is asked for, and has shrunk: the file is written afresh.
            let second = FragmentMemo(file: file, keepsUnasked: keepsUnasked)
            _ = second.bytes(id: "big", key: 3) { Array("now small".utf8) }
            second.save()
            let size = try #require(FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int)
            #expect(size < 1_000, "the old part of 10,000 bytes is gone")
            let third = FragmentMemo(file: file, keepsUnasked: keepsUnasked)
            let small = third.bytes(id: "small", key: 2) { Array("made again".utf8) }
            #expect(String(decoding: small, as: UTF8.self) == (keepsUnasked ? "kept" : "made again"))
        }
    }

    /// A templates folder that renders the listed parts in place, through
    /// the partials and the parts' own values (as templates did before
    /// `rendered`), makes the same pages, with the cache and without.
    @Test func templatesThatRenderPartsInPlaceMakeTheSamePages() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let inPlace = tmp.path + "/templates-in-place"
        try FileManager.default.copyItem(atPath: Repo.path("templates"), toPath: inPlace)
        var rewritten = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: inPlace) where name.hasSuffix(".mustache") {
            let file = inPlace + "/" + name
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let changed = text.replacingOccurrences(of: "{{#groups}}{{{rendered}}}{{/groups}}", with: "{{#groups}}{{>partials/timeline-day}}{{/groups}}")
                .replacingOccurrences(of: "{{{rendered}}}", with: "{{>partials/article-item}}")
            if changed != text { rewritten += 1; try changed.write(toFile: file, atomically: true, encoding: .utf8) }
        }
        #expect(rewritten == 5, "timeline, month, index, sources and entity pages")
        // A day's events in place too, with no partial of their own.
        let day = inPlace + "/partials/timeline-day.mustache", entry = inPlace + "/partials/timeline-entry.mustache"
        let dayInPlace = try String(contentsOfFile: day, encoding: .utf8)
            .replacingOccurrences(of: "{{{rendered}}}", with: try String(contentsOfFile: entry, encoding: .utf8))
        try dayInPlace.write(toFile: day, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: entry)
        func build(_ templates: String, _ out: String, cache: Bool) throws -> [String: Data] {
            _ = try Pipeline.build(BuildOptions(seeds: Repo.fixture("site/seeds"), out: tmp.path + "/" + out, config: Repo.fixture("site/briefing.yml"),
                                            templates: templates, cache: cache), log: MemoryLog())
            return try readTree(tmp.path + "/" + out)
        }
        let reference = try build(Repo.path("templates"), "rendered", cache: true)
        #expect(try build(inPlace, "in-place", cache: true) == reference)
        #expect(try build(inPlace, "in-place-clean", cache: false) == reference)
        #expect(try build(inPlace, "in-place", cache: true) == reference, "and again, from the cache")
    }
}
