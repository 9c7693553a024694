import Testing
@testable import BriefingKit

@Suite struct TemporalTests {
    func firstValue(_ text: String, anchor: CalendarDate? = nil) -> String? {
        for m in TemporalScanner.scan(text) {
            if let v = TemporalResolver.resolve(m, anchor: anchor, sentence: text) { return v.iso }
        }
        return nil
    }
    let monday = CalendarDate(year: 2026, month: 1, day: 19)!
    let tuesday27 = CalendarDate(year: 2026, month: 1, day: 27)!

    @Test(arguments: [
        ("2026-01-20", "2026-01-20"),
        ("Posted 2026-01-20T14:05:00Z", "2026-01-20"),
        ("January 19, 2026", "2026-01-19"),
        ("Tuesday, January 27, 2026", "2026-01-27"),
        ("19 January 2026", "2026-01-19"),
        ("Jan. 19, 2026", "2026-01-19"),
        ("Sept. 4, 2025", "2025-09-04"),
        ("19.01.2026", "2026-01-19"),
        ("22/01/2026", "2026-01-22"),
        ("01/22/2026", "2026-01-22"),
        ("Published: Fri 23 Jan 2026 14:05 GMT", "2026-01-23"),
        ("2026/01/19", "2026-01-19"),
        ("January 19th, 2026", "2026-01-19"),
        ("the full-scale invasion in February 2022", "2022-02"),
        ("Russia's invasion of Ukraine in 2022", "2022"),
    ])
    func absoluteFormats(text: String, expected: String) {
        #expect(firstValue(text) == expected)
    }

    @Test func ambiguousSlashDateIsNotGuessed() {
        let mentions = TemporalScanner.scan("Filed 02/03/2026")
        #expect(mentions.count == 1)
        #expect(mentions.first?.kind == .ambiguous)
        #expect(firstValue("Filed 02/03/2026") == nil)
    }

    /// Dates in other scripts' digits are not read (nor parsed into a crash)
    /// beside ASCII digits; the ASCII date beside them still is.
    @Test func datesInOtherDigitsAreLeftAlone() {
        for text in ["The 12 delegates met on ١/٢/٢٠٢٦ and again on 3 February 2026",
                     "On ١٢.٠٣.٢٠٢٦ 5 ministers met, and on 3 February 2026",
                     "Filed ٢٠٢٦-٠١-٢٢ and 3 February 2026"] {
            let mentions = TemporalScanner.scan(text)
            #expect(mentions.map(\.text) == ["3 February 2026"], "\(text)")
        }
    }

    /// The month and weekday patterns run only where a whole word could be
    /// one: names that start like a month or end in "day" do not hide a date.
    @Test func monthsAndWeekdaysAreFoundBesideLookalikeWords() {
        let text = "Marco met Mark, Julian and Octavia on Sept. 4 and on Wednesday; Decker left in September, Mayday calls since March."
        #expect(TemporalScanner.scan(text).map(\.text) == ["Sept. 4", "Wednesday", "in September", "since March"])
        #expect(TemporalScanner.scan("Marco and Holiday Mondays met Augustine").isEmpty)
        #expect(TemporalScanner.scan("WEDNESDAY and MARCH 3").isEmpty, "the patterns are case-sensitive")
    }

    /// Relative days in any case (ICU folds "ſ" and "ﬆ" into "yesterday"),
    /// months and years after the words that lead them, and what is neither.
    @Test func dayWordsAndLeadsAreFoundWhereverTheyStand() {
        let cases: [(String, [String])] = [
            ("TODAY, Tonight and tomorrow; not Mondays.", ["TODAY", "Tonight", "tomorrow"]),
            ("Talks resumed yesterday in Geneva.", ["yesterday"]),
            ("Talks resumed ye\u{17F}terday.", ["ye\u{17F}terday"]),
            ("Talks resumed ye\u{FB06}erday.", ["ye\u{FB06}erday"]),
            ("Sales rose last wee\u{212A} and on Monday.", ["last wee\u{212A}", "Monday"]),
            ("A holiday on Sunday, no birthday today", ["Sunday", "today"]),
            ("They met Earlier in March and later in June, by\u{00A0}May, mid- April.", ["Earlier in March", "later in June", "by\u{00A0}May", "mid- April"]),
            ("Within March, Berlin May, and the Mid March summit", []),
            ("It began in 2019, during 2020, in the summer of 2021 and by 1999", ["in 2019", "during 2020", "summer of 2021", "by 1999"]),
            ("Turnover of 2026 units rose in2026; since 2025-", []),
        ]
        for (text, expected) in cases {
            #expect(TemporalScanner.scan(text).map(\.text) == expected, "\(text)")
        }
    }

    /// Scanning for dates to the day alone finds the same of them, and the
    /// same ambiguous dates, as the whole scan, whatever else the text holds.
    @Test func scanningForDaysAloneFindsTheSameDays() {
        let texts = ["Published: Monday, January 19, 2026 10:30 GMT", "Updated 19 January 2026, last week", "In March 2026 and on 03/02/2026",
                     "On Feb 30, 2026 and Feb 3, 2026; 2026-01-22T10:00Z; 22.01.2026 — yesterday in 2025", "since May 4th 2026 or next Friday",
                     "Sept. 4, 2026 / 4 Sept 2026 / 12/13/2026 / 13/12/2026", "no date here at all, only 2026"]
        for text in texts {
            for dayFirst in [nil, true, false] as [Bool?] {
                let all = TemporalScanner.scan(text, dayFirst: dayFirst).filter { mention in
                    if case let .absolute(v) = mention.kind { return v.granularity == .day }
                    return mention.kind == .ambiguous
                }
                let days = TemporalScanner.scan(text, dayFirst: dayFirst, daysOnly: true)
                #expect(days.map(\.text) == all.map(\.text) && days.map(\.offset) == all.map(\.offset), "\(text)")
            }
        }
    }

    @Test func numbersAreNotDates() {
        #expect(firstValue("Zelensky called the framework 90% ready in a 20-point plan") == nil)
        #expect(firstValue("He may accept the offer") == nil)
    }

    @Test(arguments: [
        ("The invitation was confirmed on Monday by the Kremlin.", "2026-01-19"),
        ("On Sunday night, Trump took to Truth Social.", "2026-01-18"),
        ("Envoys arrived in Moscow yesterday.", "2026-01-18"),
        ("They met last Friday in Paris.", "2026-01-16"),
        ("Dmitriev will meet the delegation on Friday.", "2026-01-23"),
        ("talks are scheduled to begin on January 23", "2026-01-23"),
        ("Dmitriev visited the United States in December", "2025-12"),
        ("the minister is expected to visit next week", "2026-W05"),
    ])
    func relativeExpressionsResolveAgainstTheArticleDate(text: String, expected: String) {
        #expect(firstValue(text, anchor: monday) == expected)
    }

    @Test func weekdaysGoToTheNearestPastDay() {
        #expect(firstValue("met Putin in Moscow on Thursday evening", anchor: tuesday27) == "2026-01-22")
        #expect(firstValue("Speaking earlier this week in Davos", anchor: tuesday27) == "2026-W05")
    }

    @Test func relativeExpressionsNeedAnAnchor() {
        #expect(firstValue("They met on Monday.") == nil)
    }

    /// The fragment check answers no only where the expression finds no cue:
    /// each phrase in several cases, inside and beside other words, near misses, and text outside ASCII.
    @Test func futureCueFragmentsNeverHideACue() {
        let phrases = ["will", "shall", "scheduled", "planned", "plan to", "plans to", "expected to", "set to", "due to",
                       "due in", "is due", "are due", "to be held", "upcoming", "ahead of", "next", "takes place",
                       "take place", "is to", "are to", "begins", "starts", "opens"]
        var texts = ["", "They met on Monday", "the plane landed", "a settlement is near", "this is tough", "he overtook them",
                     "Ahead, of course", "is  to", "is\tto", "ſhall meet", "taKe place", "The vote İs due on Friday", "Willow",
                     "They’ll meet on Friday", "“We will meet,” she said on Monday", "Café owners gather – on Friday…",
                     "talks ﬆarts on Friday", "it iſ to be held", "Éloïse met them on Monday", "ẞ plans to go", "the ﬁnal talks", "Ωhm"]
        for phrase in phrases {
            texts += [phrase, phrase.uppercased(), "They \(phrase) meet on Friday", "x\(phrase)y", "Talks \(phrase.capitalized)"]
        }
        for text in texts {
            #expect(TemporalResolver.looksAhead(text) == TemporalResolver.futureCue.contains(text), "\(text)")
        }
        #expect(!FutureCueWords.mayHoldCue("They met on Monday in Paris."))
        #expect(FutureCueWords.mayHoldCue("They WILL meet"))
        #expect(!FutureCueWords.mayHoldCue("Talks in Genève on Monday, they’d said."))
        #expect(FutureCueWords.mayHoldCue("talks ﬆarts"))
        // Why text that folds to other letters goes to the expression: ICU matches it.
        #expect(TemporalResolver.futureCue.contains("ſhall meet") && TemporalResolver.futureCue.contains("talks ﬆarts"))
    }
}
