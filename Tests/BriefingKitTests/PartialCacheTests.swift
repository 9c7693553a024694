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
        let day: [String: Any] = ["date_iso": "2026-01-19", "date_label": "19 January 2026", "entries": [
            ["anchor": "e-2026-01-19-1", "text": "Talks <resumed>", "has_threads": false,
             "sources": [["url": "articles/a.html", "label": "Wire"]], "threads": [[String: Any]]()] as [String: Any],
        ]]
        func part(_ cache: PartialCache, _ values: [String: Any]) -> CachedPartial {
            cache.part("partials/timeline-day", id: "2026-01-19", values: values, identity: PageFingerprint.hash(values))
        }

        let direct = templates.render("partials/timeline-day", day)
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
        changed["date_label"] = "Monday 19 January 2026"
        let again = part(PartialCache(templates: templates, memo: second), changed).renderText
        #expect(second.madeAfresh == 1 && again.contains("Monday 19 January 2026"), "other values: rendered afresh")
    }
}
