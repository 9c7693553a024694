import Testing
@testable import BriefingKit

@Suite struct AnalysisTests {
    func article(_ id: String, date: String?, _ paragraphs: [String]) -> Article {
        Article(id: id, file: "seeds/\(id).txt", title: id, titleSource: .headline,
                date: date.flatMap { CalendarDate(iso: $0) }, dateSource: date == nil ? .none : .stated,
                dateEvidence: "", authors: [], outlet: nil, paragraphs: paragraphs, dropped: [])
    }

    /// A wire dateline writes the place in capitals; it is the same place.
    @Test func aPlaceInCapitalsIsThePlaceWrittenNormally() {
        let analysed = Analyzer.analyse([
            article("a", date: "2026-01-19", ["GAZA CITY, Jan 19 — Aid lorries waited at the crossing into Gaza on Monday.",
                                              "ABU DHABI (Reuters) — Envoys met in Abu Dhabi and later flew to MAR-A-LAGO."]),
        ])
        let places = analysed[0].entities.filter { $0.kind == .place }.map(\.name).sorted()
        #expect(places == ["Abu Dhabi", "Gaza", "Mar-a-Lago"], "\(places)")
    }

    @Test func peopleWithRolesAndSurnamesAcrossArticles() {
        let analysed = Analyzer.analyse([
            article("a", date: "2026-01-19", ["Kremlin spokesperson Dmitry Peskov told reporters that Moscow was studying the offer."]),
            article("b", date: "2026-01-20", ["Peskov said the Kremlin would reply soon. Belarusian President, Alexander Lukashenko, was also invited."]),
        ])
        let people = analysed[1].entities.filter { $0.kind == .person }
        #expect(people.map(\.name).sorted() == ["Alexander Lukashenko", "Dmitry Peskov"])
        #expect(analysed[0].entities.first { $0.name == "Dmitry Peskov" }?.role == "Kremlin spokesperson")
        #expect(analysed[0].entities.contains { $0.name == "Kremlin" && $0.kind == .organisation })
        #expect(analysed[0].entities.contains { $0.name == "Moscow" && $0.kind == .place })
    }

    /// Name finding reads printable ASCII words as bytes; they must come
    /// out as the Character rules read them.
    @Test func wordsReadAsBytesAgreeWithCharacters() {
        let raws = ["Putin", "said,", "“We", "(Reuters)", "Trump's", "U.S.", "\"quoted\"", "--", "end.”", "...",
                    "2026;", "x", "Zelensky’s", "(AP)—", "ok?!", "Berg:", "'tis", "a)", "\"(", "well-known", "#tag", "e\u{301}"]
        for raw in raws {
            #expect(WordPiece(Substring(raw)) == WordPiece(Substring(raw), bytes: false), "\(raw)")
        }
    }

    /// A sentence's pieces read on its bytes are the pieces `WordPiece`
    /// reads from each Substring between spaces, less their possessive.
    @Test func piecesReadOnASentencesBytesAgreeWithWordPieces() {
        let sentences = ["", " ", "Putin's  envoy said, “We (Reuters) met Zelensky’s aides.” ", "\tTabs\tand U.S. end",
                         "e\u{301}te\u{301} Orbán’s ÉLAN's x", "'tis a)  \"( --", "ok?! Berg: well-known #tag"]
        for sentence in sentences {
            var text = sentence, read: [WordPiece.Read] = []
            text.withUTF8 { bytes in
                var pieces = WordPiece.Pieces(sentence, bytes: bytes)
                while let piece = pieces.next() { read.append(piece) }
            }
            let pieces = sentence.split(separator: " ", omittingEmptySubsequences: false).map { WordPiece($0, bytes: false) }
            #expect(read.count == pieces.count, "\(sentence)")
            for (r, piece) in zip(read, pieces) {
                let bare = Words.withoutPossessive(piece.core)
                #expect(r.lower == r.word.lowercased(), "\(sentence): \(r.word)")
                #expect(r.word == bare ?? String(piece.core) && r.possessive == (bare != nil) && r.leading == piece.leading
                        && r.characters == piece.characters && r.quoteBreak == piece.quoteBreak && r.trailingBreak == piece.trailingBreak,
                        "\(sentence): \(piece.core)")
            }
        }
    }

    /// "Name, a role for …," gives the name that role, whether the sentence
    /// is read on its bytes (ASCII) or by Characters (a CR, an accent, a combining mark).
    @Test func anAppositiveGivesARoleOnBothPaths() {
        for (sentence, name) in [("Kirill Dmitriev, a special envoy for Putin, arrived.", "Kirill Dmitriev"),
                                 ("On Monday Kirill Dmitriev, the special envoy, met them.", "Kirill Dmitriev"),
                                 ("Hélène Dupont, a senior adviser to the minister, spoke.", "Hélène Dupont"),
                                 ("then\r\n Kirill Dmitriev, the special envoy, met them.", "Kirill Dmitriev"),
                                 ("Cafe\u{301} owner Kirill Dmitriev, the special envoy, met them.", "Kirill Dmitriev")] {
            let mention = NameMentionFinder.mentions(in: sentence).first { $0.text == name }
            #expect(mention?.role == "special envoy" || mention?.role == "senior adviser to the minister", "\(sentence): \(String(describing: mention))")
        }
        #expect(NameMentionFinder.mentions(in: "Kirill Dmitriev, who met them, left.").first?.role == nil)
    }

    @Test func placeSpellingsFoldToOneNameAndCommonNounsAreNotNames() {
        let analysed = Analyzer.analyse([article("a", date: "2026-01-19", [
            "Officials from the U.S and the UAE met in Kiev. The United States said the Board would meet again.",
            "The US envoy flew on to the Gaza Strip, where the Board of Peace is meant to work.",
        ])])
        let places = Set(analysed[0].entities.filter { $0.kind == .place }.map(\.name))
        #expect(places == ["United States", "United Arab Emirates", "Kyiv", "Gaza"])
        #expect(analysed[0].entities.first { $0.name == "United States" }?.mentions == 3)
        #expect(!analysed[0].entities.contains { $0.name == "Board" })
        #expect(analysed[0].entities.contains { $0.name == "Board of Peace" && $0.kind == .organisation })
    }

    @Test func configuredAliasesFoldSpellingsIntoOneName() throws {
        let config = try ConfigLoader.parse("""
            title: T
            threads:
              - id: a
                title: A
                signals: [x]
            aliases:
              Volodymyr Zelensky: [Zelenskyy, Volodymyr Zelenskyy]
            """, file: "briefing.yml")
        #expect(config.aliases["Zelenskyy"] == "Volodymyr Zelensky")
        let analysed = Analyzer.analyse([
            article("a", date: nil, ["Ukrainian President Volodymyr Zelenskyy said the talks would go on."]),
            article("b", date: nil, ["“We are ready to keep talking,” Zelenskyy said. Later Volodymyr Zelensky met the envoys."]),
        ], aliases: config.aliases)
        let names = Set(analysed.flatMap(\.entities).filter { $0.kind == .person }.map(\.name))
        #expect(names == ["Volodymyr Zelensky"])
        #expect(analysed[1].quotes.first?.speaker == "Volodymyr Zelensky")
        #expect(throws: BriefingError.self) {
            try ConfigLoader.parse("title: T\nthreads:\n  - id: a\n    title: A\n    signals: [x]\naliases: [Zelenskyy]\n", file: "b.yml")
        }
    }

    @Test func quotesAreAttributedOnlyWhenTheTextSaysWho() {
        let analysed = Analyzer.analyse([article("a", date: "2026-01-22", [
            "Special Envoy Steve Witkoff spoke in Davos. “We are at the end now, and I actually am optimistic,” he said.",
            "Ukrainian President Volodymyr Zelensky told the audience: ‘We met with President Trump, and our teams are working’",
            "“This is a remarkable and historic moment for everyone,” a banner read.",
            "Critics called it a “board of peace” in name only.",
        ])])
        let quotes = analysed[0].quotes
        #expect(quotes.count == 3, "the three-word scare quote is not a statement")
        #expect(quotes[0].speaker == "Steve Witkoff")
        #expect(quotes[1].speaker == "Volodymyr Zelensky")
        #expect(quotes[2].speaker == nil)
    }

    /// Quote marks are matched as lone scalars: a mark carrying a combining
    /// mark is another Character, and opens or closes nothing, as when
    /// Characters were compared.
    @Test func quoteMarksAreLoneScalars() {
        #expect(Character("“").loneScalar == "\u{201C}")
        #expect(Character("“\u{301}").loneScalar == nil && Character("e\u{301}").loneScalar == nil)
        let spans = QuoteExtractor.spans(in: "He said “\u{301}not this and “the real quote here” and ‘another one’ then \"plain\".")
        #expect(spans.map(\.text) == ["the real quote here", "another one", "plain"])
        #expect(QuoteExtractor.spans(in: "She called it “nearly ready”\u{301} twice.").isEmpty)
    }

    @Test func aQuoteThatGoesOnKeepsItsSpeaker() {
        let analysed = Analyzer.analyse([article("a", date: "2026-01-21", [
            "\"The president has received the invitation and is studying it carefully,\" Kremlin spokesman Dmitry Peskov told reporters. \"There are many questions.\"",
        ])])
        #expect(analysed[0].quotes.map(\.speaker) == ["Dmitry Peskov", "Dmitry Peskov"])
    }

    @Test func aCueAfterTheWeekdayDoesNotPushItAhead() {
        let analysed = Analyzer.analyse([article("a", date: "2026-01-22", [
            "Speaking in Nuuk on Wednesday, he said Greenlanders would decide their own future and will vote.",
        ])])
        #expect(analysed[0].events.first?.value.iso == "2026-01-21")
    }

    @Test func eventsKeepTheirMostSpecificDate() {
        let analysed = Analyzer.analyse([article("a", date: "2026-01-27", [
            "Zelensky met Trump in Davos on Thursday. The invasion began in February 2022. Nothing else happened.",
        ])])
        #expect(analysed[0].events.map(\.value.iso) == ["2026-01-22", "2022-02"])
        #expect(analysed[0].events[0].relative)
        #expect(!analysed[0].events[1].relative)
    }
}
