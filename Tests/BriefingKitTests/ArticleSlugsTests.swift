import Testing
@testable import BriefingKit

/// Article pages keep their names when other articles come and go.
@Suite struct ArticleSlugsTests {
    private func article(_ id: String, _ title: String, _ date: String?) -> Article {
        Article(id: id, file: "seeds/\(id).txt", title: title, titleSource: .headline,
                date: date.flatMap { CalendarDate(iso: $0) }, dateSource: date == nil ? .none : .stated,
                dateEvidence: "", authors: [], outlet: nil, paragraphs: [], dropped: [])
    }

    private func slugs(_ articles: [Article]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: zip(articles.map(\.id), ArticleSlugs.make(articles)))
    }

    @Test func theOldestOfNamesakesKeepsThePlainSlugAndTheOthersAddTheirIDs() {
        let made = slugs([
            article("b_2", "Talks resume", "2026-01-20"), article("a", "Talks resume", "2026-01-21"),
            article("c", "Talks resume", nil), article("d", "Greenland vote", "2026-01-19"),
        ])
        #expect(made == ["b_2": "talks-resume", "a": "talks-resume-a", "c": "talks-resume-c", "d": "greenland-vote"])
    }

    @Test func addingOrRemovingAnArticleRenamesNoOtherPageButTheNextOldest() {
        let all = (1...6).map { article(String(format: "%03d", $0), "Board of Peace meets", "2026-01-\(10 + $0)") }
        let before = slugs(all)
        // A newer namesake arrives: no page moves.
        let added = slugs(all + [article("000", "Board of Peace meets", "2026-02-01")])
        #expect(all.allSatisfy { added[$0.id] == before[$0.id] })
        // One in the middle goes: no other page moves.
        let middle = slugs(all.filter { $0.id != "003" })
        #expect(all.filter { $0.id != "003" }.allSatisfy { middle[$0.id] == before[$0.id] })
        // The oldest goes: only the next oldest moves, to the plain slug.
        let oldest = slugs(Array(all.dropFirst()))
        let moved = all.dropFirst().filter { oldest[$0.id] != before[$0.id] }.map(\.id)
        #expect(moved == ["002"] && oldest["002"] == "board-of-peace-meets")
    }

    /// A namesake's slug that another title already makes is numbered on.
    @Test func slugsStayUniqueWhenATitleLooksLikeASuffixedOne() {
        let made = ArticleSlugs.make([
            article("y", "Report", "2026-01-02"), article("x", "Report", "2026-01-01"), article("z", "Report Y", "2026-01-03"),
        ])
        #expect(made == ["report-y-2", "report", "report-y"])
        #expect(Set(made).count == made.count)
    }

    /// A rebuild hands over each title's slug as its cached digest holds it.
    @Test func titleSlugsHandedOverGiveTheSameSlugs() {
        let list = [article("y", "Report", "2026-01-02"), article("x", "Report", "2026-01-01"), article("w", "Orbán’s visit", nil)]
        #expect(ArticleSlugs.make(list, bases: list.map { Slug.make($0.title) }) == ArticleSlugs.make(list))
        #expect(ArticleSlugs.make(list, bases: ["a", "a", "b"]) == ["a-y", "a", "b"], "the bases given are used")
    }
}
