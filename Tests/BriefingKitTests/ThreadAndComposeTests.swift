import Foundation
import Testing
@testable import BriefingKit

@Suite struct ThreadAndComposeTests {
    let threads = [
        ThreadDefinition(id: "greenland", title: "Greenland", signals: ["Greenland"], terms: ["Denmark", "Arctic", "annex"]),
        ThreadDefinition(id: "board", title: "Board of Peace", signals: ["Board of Peace"], terms: ["Gaza", "invitation"]),
    ]

    func analysed(_ id: String, date: String, _ paragraphs: [String]) -> AnalysedArticle {
        Analyzer.analyse([Article(id: id, file: "seeds/\(id).txt", title: id, titleSource: .headline,
                                  date: CalendarDate(iso: date), dateSource: .stated, dateEvidence: "",
                                  authors: [], outlet: nil, paragraphs: paragraphs, dropped: [])])[0]
    }

    @Test func anArticleHalfAboutAThreadBelongsToIt() {
        let a = analysed("a", date: "2026-01-19", [
            "Trump invited Putin to join his Board of Peace for Gaza on Monday.",
            "The invitation was sent to several leaders, the Board of Peace charter says.",
            "Trump also said Greenland must be protected from Russia.",
            "Denmark rejected his call to annex Greenland, a Danish territory in the Arctic.",
        ])
        let result = ThreadClassifier.assign([a], threads: threads)
        #expect(result.threads(of: "a") == ["greenland", "board"])
    }

    /// A paragraph's words are lower-cased one by one as they are hashed:
    /// the same words as lower-casing the whole paragraph first, whatever
    /// its script (the dotted İ, the Kelvin sign, the sharp S, final sigma).
    @Test func wordsLowerCasedOneByOneAreTheWordsOfTheLowerCasedText() {
        let texts = ["Greenland’s PREMIER met Denmark's Security-Guarantees team", "İstanbul \u{212A}elvin STRAẞE ΟΔΟΣ Ὀδυσσεύς",
                     "e\u{301}TE\u{301} Zürich GENÈVE 北京 Київ", "", "A-B ‐C D’s", String(repeating: "Supercalifragilistic", count: 5)]
        for text in texts {
            #expect(ThreadMatcher.words(text) == ThreadMatcher.words(text.lowercased()), "\(text)")
            #expect(ThreadMatcher.words(text).count == Words.tokens(text.lowercased()).count, "\(text)")
        }
    }

    @Test func aPassingMentionIsNotEnough() {
        let a = analysed("a", date: "2026-01-19", [
            "The city council approved a new budget for schools and hospitals on Monday.",
            "Officials said the budget would be reviewed in the spring after elections.",
            "One councillor joked that the town needed its own Greenland policy.",
            "The vote was 31 to 12, with two abstentions.",
        ])
        let result = ThreadClassifier.assign([a], threads: threads)
        #expect(result.threads(of: "a").isEmpty)
    }

    @Test func theSameEventFromTwoOutletsIsOneTimelineEntry() {
        let a = analysed("a", date: "2026-01-19", ["Kremlin spokesperson Dmitry Peskov confirmed the Board of Peace invitation to Putin on Monday in Moscow."])
        let b = analysed("b", date: "2026-01-20", ["Peskov confirmed on January 19 that Putin had received the Board of Peace invitation from Washington."])
        let c = analysed("c", date: "2026-01-20", ["Separately on January 19, Gaza aid convoys reached Rafah as the Board of Peace met for the first time in Cairo."])
        let assignment = ThreadClassifier.assign([a, b, c], threads: threads)
        let config = SiteConfig(title: "T", threads: threads)
        let briefing = Composer.compose(config: config, analysed: [a, b, c], assignment: assignment)
        let board = briefing.threads.first { $0.definition.id == "board" }!
        let jan19 = board.timeline.filter { $0.value.iso == "2026-01-19" }
        #expect(jan19.count == 2)
        #expect(jan19.contains { Set($0.sources.map(\.articleID)) == ["a", "b"] })
        let merged = jan19.first { $0.sources.count == 2 }!
        #expect(merged.sources.first?.articleID == "a", "the first reporter leads")
        #expect(board.document.markdown.contains("(../articles/"))
    }

    /// A thread is copied from the last build only while its members, their
    /// seeds, slugs, threads and quotes are as they were; slugs while every
    /// article's id, title and date are.
    @Test func aThreadIsCopiedOnlyWhileItsMembersAreAsBefore() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let file = URL(fileURLWithPath: tmp.path + "/threads.bin")
        let quote = "The Board of Peace will meet again next week in Cairo to settle the plan."
        func article(_ id: String, title: String, date: String, speaker: String?) -> AnalysedArticle {
            let paragraphs = ["The Board of Peace met in Gaza on Monday to discuss the invitation to Putin.",
                              "“\(quote)”, she said, as the Board of Peace ended its first meeting in Gaza."]
            return AnalysedArticle(article: Article(id: id, file: "seeds/\(id).txt", title: title, titleSource: .headline,
                                                    date: CalendarDate(iso: date), dateSource: .stated, dateEvidence: "",
                                                    authors: [], outlet: nil, paragraphs: paragraphs, dropped: []),
                                   sentences: [], entities: [], quotes: [Quote(text: quote, speaker: speaker, paragraph: 1)], events: [])
        }
        let config = SiteConfig(title: "T", threads: threads)
        func compose(_ articles: [AnalysedArticle]) -> (Briefing, made: Int) {
            let memo = FragmentMemo(file: file)
            let reuse = ComposeReuse(parts: memo, seedKeys: Dictionary(uniqueKeysWithValues: articles.map { ($0.article.id, "seed-" + $0.article.id) }),
                                    threadsKey: "threads")
            let assignment = ThreadClassifier.assign(articles, threads: threads)
            let briefing = Composer.compose(config: config, analysed: articles, assignment: assignment,
                                            digests: Composer.digests(of: articles, threads: threads, assignment: assignment), reuse: reuse)
            memo.save()
            let clean = Composer.compose(config: config, analysed: articles, assignment: assignment)
            #expect(briefing.threads.map(\.document.markdown) == clean.threads.map(\.document.markdown))
            #expect(briefing.threads.map(\.quotes) == clean.threads.map(\.quotes))
            return (briefing, memo.madeAfresh)
        }
        let a = article("a", title: "Board meets", date: "2026-01-19", speaker: "Anna Berg")
        #expect(compose([a]).made == threads.count + 2, "the first build makes every thread, the slugs and the copy search's memo")
        #expect(compose([a]).made == 0, "nothing changed: the thread is copied")
        let renamed = compose([article("a", title: "Board meets", date: "2026-01-19", speaker: "Anna K. Berg")])
        #expect(renamed.made == 1, "a quote's speaker changed: its thread is made again, the slugs are not")
        #expect(renamed.0.threads.first { $0.definition.id == "board" }?.quotes.first?.speaker == "Anna K. Berg")
        // An older namesake outside the thread takes the plain slug: the member's links move.
        let older = AnalysedArticle(article: Article(id: "z", file: "seeds/z.txt", title: "Board meets", titleSource: .headline,
                                                     date: CalendarDate(iso: "2025-01-01"), dateSource: .stated, dateEvidence: "",
                                                     authors: [], outlet: nil, paragraphs: ["A chess club met."], dropped: []),
                                    sentences: [], entities: [], quotes: [], events: [])
        let moved = compose([article("a", title: "Board meets", date: "2026-01-19", speaker: "Anna K. Berg"), older])
        #expect(moved.made == 2, "a new article: slugs made again; a member's slug changed: its thread too")
        #expect(moved.0.article("a")?.slug == "board-meets-a" && moved.0.article("z")?.slug == "board-meets")
        #expect(compose([article("a", title: "Board meets", date: "2026-01-19", speaker: "Anna K. Berg"), older]).made == 0)
    }

    @Test func markdownEscapesUntrustedText() {
        let hostile = "<script>alert(1)</script> [x](javascript:alert(1)) *bold* # not a heading"
        let html = CommonMark.html("- " + Markdown.escape(hostile))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("href=\"javascript"))
        #expect(!html.contains("<em>"))
        #expect(html.contains("&lt;script&gt;"))
    }

    /// Two reports of one day are one event when 3 or more words, and at
    /// least 30% of the shorter one's, are shared — or 3 words and 2 names.
    @Test func reportsOfOneDayMergeOnSharedWordsOrNames() {
        let day = TemporalValue(day: CalendarDate(year: 2026, month: 1, day: 19)!)
        func report(_ id: String, _ keys: [String], names: [String] = []) -> TimelineMerger.Item {
            TimelineMerger.Item(event: Event(value: day, text: id + " text", expression: "Monday", relative: true, paragraph: 0),
                                articleID: id, articleDate: nil, threadIDs: [],
                                keys: WordHash.sortedHashes(of: keys), names: WordHash.sortedHashes(of: names))
        }
        let ten = (1...10).map { "w\($0)" }
        let eleven = ten + ["w11"]
        let merged = TimelineMerger.merge([report("a", ten), report("b", ["w1", "w2", "w3", "x1", "x2"])])
        #expect(merged.count == 1, "3 shared of the shorter's 5 words")
        #expect(TimelineMerger.merge([report("a", eleven), report("b", ["w1", "w2", "w3"] + (1...8).map { "y\($0)" })]).count == 2,
                "3 shared of 11 words is under 30%")
        #expect(TimelineMerger.merge([report("a", eleven, names: ["putin", "trump"]),
                                      report("b", ["w1", "w2", "w3"] + (1...8).map { "y\($0)" }, names: ["trump", "putin"])]).count == 1,
                "the same two names and 3 shared words")
        #expect(TimelineMerger.merge([report("a", ten, names: ["putin", "trump"]), report("b", ["w1", "w2"], names: ["putin", "trump"])]).count == 2,
                "2 shared words are not enough")
    }

    /// A day of the timeline is copied from the last build only while its
    /// reports are as they were; what comes out equals a merge from nothing.
    @Test func aTimelineDayIsCopiedOnlyWhileItsReportsAreAsBefore() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let file = URL(fileURLWithPath: tmp.path + "/timeline.bin")
        func report(_ id: String, day: Int, _ keys: [String], threads: [String] = []) -> TimelineMerger.Item {
            TimelineMerger.Item(event: Event(value: TemporalValue(day: CalendarDate(year: 2026, month: 1, day: day)!), text: id + " text",
                                             expression: "Monday", relative: true, paragraph: 0),
                                articleID: id, articleDate: nil, threadIDs: threads, keys: WordHash.sortedHashes(of: keys), names: [])
        }
        let words = (1...6).map { "w\($0)" }
        func merge(_ items: [TimelineMerger.Item]) -> (entries: [TimelineEntry], made: Int) {
            let memo = FragmentMemo(file: file)
            let entries = TimelineMerger.merge(items, memo: memo)
            memo.save()
            #expect(entries == TimelineMerger.merge(items), "the same as a merge with no memo")
            return (entries, memo.madeAfresh)
        }
        var items = [report("a", day: 19, words), report("b", day: 19, words), report("c", day: 20, ["x1", "x2", "x3"]),
                     report("d", day: 21, ["y1", "y2", "y3"])]
        #expect(merge(items).made == 3, "each day made once")
        #expect(merge(items).made == 0, "nothing changed: every day copied")
        items[1] = report("b", day: 19, words, threads: ["board"])
        let retagged = merge(items)
        #expect(retagged.made == 1, "a report's threads changed: its day only")
        #expect(retagged.entries.first?.threadIDs == ["board"])
        items[1] = report("b", day: 19, ["z1", "z2", "z3"], threads: ["board"])
        #expect(merge(items).entries.filter { $0.value.iso == "2026-01-19" }.count == 2, "no longer one event: the day is merged again")
        items.append(report("e", day: 20, ["x1", "x2", "x3"]))
        let added = merge(items)
        #expect(added.made == 1 && added.entries.count == 4, "a report added to a day: that day only")
    }

    /// Text with nothing to escape comes back as it is; each kind of markup gets its backslash.
    @Test func markdownEscapesExactlyWhatCouldBeMarkup() {
        #expect(Markdown.escape("Orbán’s “plan” — talks, resumed.") == "Orbán’s “plan” — talks, resumed.")
        #expect(Markdown.escape("") == "")
        #expect(Markdown.escape("a*b_c") == "a\\*b\\_c")
        #expect(Markdown.escape("line\nbreak") == "line break")
        #expect(Markdown.escape("- item") == "\\- item")
        #expect(Markdown.escape("+1 vote") == "\\+1 vote")
        #expect(Markdown.escape("1. First") == "1\\. First")
        #expect(Markdown.escape("2026) was") == "2026\\) was")
        #expect(Markdown.escape("2026 was") == "2026 was")
        #expect(Markdown.escape("Éclair & co") == "Éclair \\& co")
    }

    @Test func cmarkRunsInSafeMode() {
        let html = CommonMark.html("<b>raw</b>\n\n[link](javascript:alert(1))")
        #expect(!html.contains("<b>raw</b>"))
        #expect(!html.contains("javascript:"))
    }

    /// Headlines of ASCII, curly quotes and dashes are slugged on their
    /// bytes; the result is the scalar rule's.
    @Test func slugBytePathMatchesTheScalarRule() {
        let texts = ["Trump’s “deal” — talks resume…", "It's 2026: UK/US ‘talks’ – day 3", "  --Leading and trailing--  ",
                     "ALL CAPS HEADLINE", "digits 0123456789 and letters AZaz", "quote‘ ’inside’’", "‐‑‒–—―‖‗‘’‚‛“”„‟†‡•‣․‥…‧",
                     "", "'", "’", "a’b", "a'b", "x\u{2028}y\u{206F}z", "@#$%^&*()_+={}[]|\\:;\"<>,.?/~`"]
        for text in texts {
            #expect(Slug.bytePath(text) == Slug.scalarPath(text), "\(text)")
        }
        #expect(Slug.make("It's 2026: UK/US ‘talks’ – day 3") == "its-2026-uk-us-talks-day-3")
    }

    @Test func slugsStayInsideTheOutputFolder() {
        #expect(Slug.make("../../etc/passwd") == "etc-passwd")
        #expect(Slug.make("Orbán’s “Board”") == "orbans-board")
        let punctuated = "Trump’s “deal” — talks resume…"
        #expect(Slug.make(punctuated) == "trumps-deal-talks-resume")
        #expect(Slug.make(punctuated) == Slug.make(punctuated.applyingTransform(.stripDiacritics, reverse: false)!),
                "quotes and dashes need no folding")
        #expect(Slug.unique(["A", "a", "A!"]) == ["a", "a-2", "a-3"])
        #expect(Slug.unique(["A 2", "A", "a", "A", "A 3", "Orbán"]) == ["a-2", "a", "a-3", "a-4", "a-3-2", "orban"])
        #expect(!SiteWriter.isSafe("../x.html"))
        #expect(!SiteWriter.isSafe("/etc/x"))
        #expect(SiteWriter.isSafe("articles/x.html"))
    }

    @Test func jsonKeepsKeyOrderAndEscapes() {
        var writer = JSONWriter()
        writer.object { json in
            json.field("b", "</script>\n")
            json.field("a", objects: [1, 2]) { json, n in json.field("n", n); json.field("none", nil as String?) }
            json.field("empty", objects: [Int]()) { _, _ in }
            json.field("names", strings: ["x", "y"])
            json.field("nested", object: { $0.field("yes", true) })
        }
        #expect(String(decoding: writer.bytes, as: UTF8.self) == """
            {
              "b": "\\u003c/script>\\n",
              "a": [
                {
                  "n": 1,
                  "none": null
                },
                {
                  "n": 2,
                  "none": null
                }
              ],
              "empty": [],
              "names": ["x", "y"],
              "nested": {
                "yes": true
              }
            }
            """)
        var compact = JSONWriter(pretty: false)
        compact.list { json in json.strings(["a", "b"]); json.object { $0.field("k", 1) }; json.list { _ in } }
        #expect(String(decoding: compact.bytes, as: UTF8.self) == #"[["a","b"],{"k":1},[]]"#)
    }

    /// Escapes at the start, middle and end of a string, beside text that
    /// needs none (curly quotes and dashes share U+2028's first byte).
    @Test func jsonStringsEscapeExactlyWhatTheyMust() throws {
        let cases: [(String, String)] = [
            ("plain", "\"plain\""),
            ("", "\"\""),
            ("\"quoted\" \\ back", "\"\\\"quoted\\\" \\\\ back\""),
            ("tab\there\r\n", "\"tab\\there\\r\\n\""),
            ("\u{01}\u{1f}x", "\"\\u0001\\u001fx\""),
            ("‘curly’ — “dash” \u{2028}line\u{2029}", "\"‘curly’ — “dash” \\u2028line\\u2029\""),
            ("<b>Orbán</b>\u{2028}", "\"\\u003cb>Orbán\\u003c/b>\\u2028\""),
            ("ends…", "\"ends…\""),   // U+2026: E2 80 A6, one byte off U+2028
        ]
        for (text, expected) in cases {
            var writer = JSONWriter()
            writer.string(text)
            let quoted = String(decoding: writer.bytes, as: UTF8.self)
            #expect(quoted == expected)
            let parsed = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8)) as? [String]
            #expect(parsed == [text], "the escaped string reads back as it was")
        }
    }
}
