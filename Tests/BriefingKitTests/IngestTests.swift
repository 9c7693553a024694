import Foundation
import Testing
@testable import BriefingKit

@Suite struct IngestTests {
    /// The quick check that spares most lines the trailing-date expression
    /// never turns away a line the expression matches: every line of the
    /// seeds and fixtures, and lines made to end in other digits and spaces.
    @Test func theTrailingDateCheckKeepsEveryLineTheExpressionMatches() throws {
        var lines = ["Protesters gather outside the parliament building, January 19, 2026",
                     "Photo taken on 12 March 2026  ", "Smoke rises over the port 3 February 2026\u{00A0}",
                     "Smoke rises over the port 3 February ٢٠٢٦", "Seen in Kyiv, March 4,2026", "Talks went on in 2026"]
        for folder in [Repo.path("seeds"), Repo.fixture("ingest"), Repo.fixture("site/seeds")] {
            for file in try FileManager.default.contentsOfDirectory(atPath: folder) {
                let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file))
                lines += String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
            }
        }
        var matched = 0
        for line in lines where LineClassifier.trailingDate.firstMatch(in: line) != nil {
            matched += 1
            #expect(LineClassifier.endsWithSpacedYear(line), "\(line)")
        }
        #expect(matched >= 3)
        #expect(!LineClassifier.endsWithSpacedYear("Talks went on in 2026.") && !LineClassifier.endsWithSpacedYear("Route 66"))
    }

    @Test func labelledDateTwoAuthorsMenusAndFooter() throws {
        let a = try ingestFixture("published-gmt-two-authors.txt")
        #expect(a.title == "Greenland talks stall as Denmark rejects US offer")
        #expect(a.titleSource == .headline)
        #expect(a.date?.iso == "2026-01-23")
        #expect(a.dateSource == .stated)
        #expect(a.authors == ["Jane Doe", "John Roe"])
        #expect(a.author == "Jane Doe and John Roe")
        #expect(a.outlet == "Nordic Ledger")
        #expect(a.paragraphs.count == 3)
        #expect(a.paragraphs.allSatisfy { !$0.contains("Advertisement") && !$0.contains("Share this") && !$0.contains("Read more") })
        let droppedTexts = Set(a.dropped.map(\.text))
        #expect(droppedTexts.contains("Home | World | Politics | Business | Opinion"))
        #expect(droppedTexts.contains("Read more: Arctic Council Meets Amid Tension"))
    }

    @Test func staffWriterBylineAndDayMonthYear() throws {
        let a = try ingestFixture("staff-writer-day-month.txt")
        #expect(a.authors == ["Maria Løvgren"])
        #expect(a.date?.iso == "2026-01-19")
        #expect(a.titleSource == .lede)
        #expect(a.title.hasPrefix("A quiet morning in the capital"))
        #expect(a.title.count <= 101)
        #expect(a.title.hasSuffix("…"))
        #expect(a.paragraphs.count == 3, "the quote paragraph stays; the photo credit goes")
        #expect(a.dropped.contains { $0.reason == .caption })
    }

    @Test func isoTimestampAndBareLinks() throws {
        let a = try ingestFixture("iso-time-dotted.txt")
        #expect(a.date?.iso == "2026-02-03")
        #expect(a.title == "Harbour strike enters second week")
        #expect(a.paragraphs.count == 3)
        #expect(a.dropped.contains { $0.reason == .link })
    }

    @Test func dateInferredFromCaptionAndYesterday() throws {
        let a = try ingestFixture("caption-yesterday-no-date.txt")
        #expect(a.dateSource == .inferred)
        #expect(a.date?.iso == "2026-03-04")
        #expect(a.dateEvidence.contains("caption"))
        #expect(a.paragraphs.count == 2)
        #expect(!a.paragraphs.joined().contains("wade through"))
    }

    @Test func hardWrappedLinesJoinIntoOneParagraph() throws {
        let a = try ingestFixture("lede-only-hardwrapped.txt")
        #expect(a.date?.iso == "2026-01-19")
        #expect(a.paragraphs.count == 2)
        #expect(a.paragraphs[0].contains("budget that raises spending"))
        #expect(a.titleSource == .lede)
    }

    @Test func updatedDateIsUsedWhenItIsTheOnlyOne() throws {
        let a = try ingestFixture("updated-only.txt")
        #expect(a.date?.iso == "2026-03-12")
        #expect(a.dateEvidence.contains("update"))
        #expect(a.authors == ["Sam Okafor"])
        #expect(a.title == "Regulators fine airline over delays")
    }

    @Test func wireStoryWithUpdatedAgoAndMenus() throws {
        let a = try ingestFixture("wire-updated-ago.txt")
        #expect(a.title == "Kremlin says Putin has not yet decided on Board of Peace seat")
        #expect(a.date?.iso == "2026-01-21")
        #expect(a.dateSource == .stated)
        #expect(a.authors == ["Guy Faulconbridge", "Andrew Osborn"])
        #expect(a.outlet == "Reuters")
        #expect(a.paragraphs.count == 3)
        #expect(a.paragraphs[0].hasPrefix("MOSCOW, Jan 21 (Reuters)"))
        #expect(!a.paragraphs.contains { $0.contains("Editing by") || $0.contains("Suggested") })
    }

    @Test func nameOverRoleBylineAndImageCaptions() throws {
        let a = try ingestFixture("name-over-role-image-caption.txt")
        #expect(a.title == "Greenland's leader rejects Trump's renewed annexation push")
        #expect(a.authors == ["Jane Smith"])
        #expect(a.date?.iso == "2026-01-22")
        #expect(a.paragraphs.count == 3)
        #expect(a.dropped.filter { $0.reason == .caption }.count == 2)
    }

    @Test func cookieBannerIsNotTheHeadline() throws {
        let a = try ingestFixture("cookie-banner-posted-by.txt")
        #expect(a.title == "Why the Abu Dhabi talks matter")
        #expect(a.date?.iso == "2026-01-24")
        #expect(a.authors.isEmpty, "'admin' is not a person")
        #expect(a.paragraphs.count == 2)
    }

    @Test func capitalisedBylineAndLastModifiedLine() throws {
        let a = try ingestFixture("caps-byline-modified.txt")
        #expect(a.title == "Denmark says it will not be pressured over Greenland")
        #expect(a.authors == ["Katrine Møller"])
        #expect(a.date?.iso == "2026-01-19")
        #expect(a.paragraphs.count == 2)
        #expect(a.dropped.contains { $0.text.hasPrefix("Last modified") && $0.reason == .metadata })
    }

    @Test func badInputIsSkippedWithAClearMessage() throws {
        for (name, phrase) in [("empty.txt", "empty"), ("latin1.txt", "UTF-8"), ("boilerplate-only.txt", "no article text")] {
            let data = try Data(contentsOf: Repo.fixtures.appendingPathComponent("ingest/\(name)"))
            guard case let .skipped(d) = Ingestor.ingest(SeedFile(name: name, path: "seeds/\(name)", bytes: data)) else {
                Issue.record("\(name) should be skipped"); continue
            }
            #expect(d.file == "seeds/\(name)")
            #expect(d.message.contains(phrase))
            #expect(!d.advice.isEmpty)
        }
    }

    @Test func openQuotesAcrossParagraphsAreJoined() {
        let merged = ParagraphBuilder.mergeOpenQuotes(["He said: ‘We are ready…", "But we need help,’ he said.", "Next paragraph."])
        #expect(merged == ["He said: ‘We are ready… But we need help,’ he said.", "Next paragraph."])
        #expect(QuoteBalance.openQuote(in: "Trump’s envoys met Putin’s aides.") == nil)
        #expect(QuoteBalance.openQuote(in: "He said “we are ready") == "“")
        #expect(QuoteBalance.openQuote(in: "He said “we are ready” and left.") == nil)
        #expect(QuoteBalance.openQuote(in: "She wrote ‘the leader’s plan is") == "‘", "an apostrophe inside a word does not close it")
        #expect(QuoteBalance.openQuote(in: "She wrote ‘the plan’ and left.") == nil)
        #expect(QuoteBalance.openQuote(in: "A \"plain quote") == "\"")
        #expect(QuoteBalance.openQuote(in: "A \"plain\" quote“") == "“")
        #expect(QuoteBalance.openQuote(in: "No marks at all.") == nil)
        // Read by Characters where one is more than a scalar (an accent
        // mark, CR LF), by scalars elsewhere: the same answers.
        #expect(QuoteBalance.openQuote(in: "She wrote ‘the café’s plan is") == "‘")
        #expect(QuoteBalance.openQuote(in: "She wrote ‘the cafe\u{301}’s plan is") == "‘", "é as e and a mark is still a letter")
        #expect(QuoteBalance.openQuote(in: "She wrote ‘the plan’\r\nand left.") == nil)
        #expect(QuoteBalance.openQuote(in: "“\u{301}Open") == nil, "a mark on the quote makes it another Character")
    }

    @Test func byteSearchFindsNeedlesAnywhere() {
        #expect("staff writer".containsBytes("writer"))
        #expect("Orbán’s editor".containsBytes("editor"), "after non-ASCII text")
        #expect("/".containsBytes("/"))
        #expect(!"edito".containsBytes("editor"), "longer than the text")
        #expect(!"".containsBytes("a"))
        #expect("".containsBytes(""))
        #expect(!"Editor".containsBytes("editor"), "bytes, not case-insensitive")
    }

    @Test func splittingOnAByteKeepsEmptyPiecesAsSplitDoes() {
        for text in ["", " ", "a  b", " Orbán’s “plan” — ok ", "no-spaces", "end "] {
            #expect(text.split(byte: UInt8(ascii: " ")) == text.split(separator: " ", omittingEmptySubsequences: false), "\(text)")
        }
    }

    /// Words are found on the bytes; this is the rule on scalars they must
    /// agree with: letters, digits and marks make words, and an apostrophe
    /// or hyphen inside a word joins it.
    @Test func wordsFoundOnBytesAgreeWithTheRuleOnScalars() {
        func byScalars(_ text: String) -> [String] {
            let scalars = Array(text.unicodeScalars)
            var words: [String] = [], word = ""
            for (i, c) in scalars.enumerated() {
                var inWord = Words.isWordScalar(c)
                if !inWord, !word.isEmpty, "'’-‐".unicodeScalars.contains(c), i + 1 < scalars.count, Words.isWordScalar(scalars[i + 1]) {
                    inWord = true
                }
                if inWord { word.unicodeScalars.append(c) } else if !word.isEmpty { words.append(word); word = "" }
            }
            if !word.isEmpty { words.append(word) }
            return words
        }
        let texts = ["", "  ", "Trump’s son-in-law met Orbán’s aides.", "“Quoted,” he said — 12,000 km²!",
                     "e\u{301}te\u{301} cafe\u{301}", "Zürich/Genève 2026-01-19", "北京 和 Київ; Ελλάδα.", "'tis -dash- end-",
                     "emoji 👍🏽 ok", "x‐y ‐z"]
        for text in texts {
            #expect(Words.tokens(text).map(String.init) == byScalars(text), "\(text)")
            #expect(Words.tokens(text.dropFirst()).map(String.init) == byScalars(String(text.dropFirst())), "a slice of \(text)")
        }
    }

    @Test func stopWordsFoundOnPackedBytesAgreeWithTheLowerCasedLookup() {
        let tokens = Words.tokens("The THE within Within WHO’S It’s it's Kelvin \u{212A}elvin wee\u{212A} yourselves whether WHETHER İt ÀS s T x")
        for token in tokens {
            #expect(StopWords.contains(token: token) == StopWords.contains(String(token).lowercased()), "\(token)")
        }
        #expect(Words.packedLowercase("WEE\u{212A}") == Words.packedLowercase("week"), "the Kelvin sign lower-cases to k")
        #expect(Words.packedLowercase("abcdefgh") != nil)
        #expect(Words.packedLowercase("abcdefghi") == nil)
    }

    /// Line features counted on each word's bytes agree with the
    /// definition on `Words.tokens`: words, stop words, and the share of
    /// longer words that start with a capital.
    @Test func lineFeaturesAgreeWithTheirDefinitionOnTokens() {
        let lines = ["The Board of Peace MET in Geneva, and its Chair said so.", "HOME | NEWS | WORLD", "",
                     "Zürich Élan über ÉCOLE étude Ωmega café WHO’S It’s \u{212A}elvin İstanbul", "e\u{301}te\u{301} Ùn 1234 12ab",
                     "Read more: Greenland talks resume in Nuuk", "emoji 👍🏽 ok — Trump’s son-in-law"]
        for line in lines {
            let tokens = Words.tokens(line)
            let stops = tokens.filter { StopWords.contains(String($0).lowercased()) }.count
            let significant = tokens.filter { $0.count >= 4 && $0.first!.isLetter }
            let capitalised = significant.filter { Words.isCapitalized($0) }.count
            let features = LineFeatures(line)
            #expect(features.wordCount == tokens.count, "\(line)")
            #expect(features.stopWordRatio == (tokens.isEmpty ? 0 : Double(stops) / Double(tokens.count)), "\(line)")
            #expect(features.titleCaseRatio == (significant.isEmpty ? 0 : Double(capitalised) / Double(significant.count)), "\(line)")
        }
    }

    @Test func contentKeysHashedOnBytesAgreeWithTheKeysAsStrings() {
        let texts = ["The leaders' meetings in Geneva's old town were MEETING again on Monday, with Greenland’s premier.",
                     "Studies, studied, studying; the STUDIES of Zürich and Genève — Wednesday afternoon's talks",
                     "It's who’s; yesterday's Yesterday WEE\u{212A}S weeks amid a,b,c 2026-01-19 ceasefires ceasefire",
                     "", "ab cd efg rings sings kings bed beds"]
        for text in texts {
            #expect(Words.contentKeyHashes(text) == WordHash.sortedHashes(of: Words.contentKeys(text)), "\(text)")
        }
    }

    /// An event's names hashed on bytes are the hashes of the names read
    /// as strings; a word lower-cased on its bytes is the word lower-cased.
    @Test func nameHashesOnBytesAgreeWithTheNamesAsStrings() {
        let texts = ["Putin's envoy met Trump’s aides and the EU in Geneva on Monday; The Kremlin, KREMLIN's Kremlin.",
                     "Zürich, Genève and İstanbul: \u{212A}elvin's WEEK, Yesterday, It's Who’s", "", "a b c", "A'S S'S"]
        for text in texts {
            #expect(TimelineMerger.nameHashes(in: text) == WordHash.sortedHashes(of: TimelineMerger.names(in: text)), "\(text)")
        }
        for word in ["However", "MEANWHILE", "Zürich", "\u{212A}elvin", "İstanbul", "x", "It’s"] {
            var text = word
            #expect(text.withUTF8 { Words.lowercased($0) } == word.lowercased(), "\(word)")
        }
    }

    @Test func normalisingKeepsOneKindOfBreakAndSingleSpacesAndDropsTheInvisible() {
        let text = "\u{FEFF}Line\u{00A0}\u{00A0}one\r\nLine\ttwo\rthree\u{200B}\u{200C}\u{200D}\u{2060}\u{00AD}x\n"
            + "a\u{2002}b\u{2003}\u{2009}c\u{202F}d\u{3000}e \u{0007}\u{0085}\u{007F}f\r\r\ng — é 北京 👍🏽 ©"
        #expect(TextNormalizer.normalize(text) == "Line one\nLine two\nthreex\na b c d e f\n\ng — é 北京 👍🏽 ©")
        // Runs of plain bytes copied whole, at either end and between what changes.
        #expect(TextNormalizer.normalize("") == "")
        #expect(TextNormalizer.normalize("  plain \u{00A0} run\r\n") == " plain run\n")
        #expect(TextNormalizer.normalize("«Zürich»\u{200B}—\u{00A9}\u{2014}end") == "«Zürich»—\u{00A9}\u{2014}end")
    }

    @Test func phrasesAndLabelsAreFoundOnBytesInEitherCase() {
        #expect("© 2026 Thames Courier. ALL Rights Reserved.".containsIgnoringASCIICase("all rights reserved"))
        #expect("All rights reserved".containsIgnoringASCIICase("all rights reserved"))
        #expect(!"All rights  reserved".containsIgnoringASCIICase("all rights reserved"))
        #expect(!"All rights reser".containsIgnoringASCIICase("all rights reserved"))
        for line in ["Photo: Jane Doe/AP", "(Image source, Getty Images)", "VIDEO by: Reuters", "Credit: AFP", "illustration: x"] {
            #expect(LineClassifier.startsLikeCreditLabel(line), "\(line)")
            #expect(LineClassifier.classify(line) == .boilerplate(.caption, captionDate: nil), "\(line)")
        }
        #expect(!LineClassifier.startsLikeCreditLabel("The photo was taken"))
        #expect(!LineClassifier.startsLikeCreditLabel(""))
    }

    @Test func trimmingWhiteSpaceAgreesWithFoundation() {
        for text in [" \u{2004}abc \u{301} \u{200B}", "\t\u{00A0}Jane Doe\u{3000}", "", "   ", "a", "\u{1680}x\u{205F}y\u{202F}"] {
            #expect(text.trimmingWhitespace == text.trimmingCharacters(in: .whitespaces), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func aDigestOfBytesIsTheDigestOfTheSameText() {
        for text in ["", "a", "Zürich, 19 January 2026 — “talks”", String(repeating: "seed bytes ", count: 500)] {
            var fromText = StableDigest(), fromBytes = StableDigest()
            fromText.add(text)
            fromBytes.add(Data(text.utf8))
            #expect(fromText.hex == fromBytes.hex)
        }
        var digest = StableDigest()
        digest.add(Data("abc".utf8))
        // FNV-1a from both seeds, each closed with 0x1f: the cache's keys stay as every earlier build made them.
        #expect(digest.hex == "e71fa219054157547bab84f7414251b3")
    }

    @Test func menusAndBylinesWithEachSeparatorAreStillFound() {
        for menu in ["Home » World » Europe » Ukraine", "News • Politics • World", "A · B · C", "Home > World > Europe", "News | Sport | Weather", "Home / World / Europe"] {
            #expect(LineClassifier.classify(menu) == .boilerplate(.navigation, captionDate: nil), "\(menu)")
        }
        for line in ["By Jane Doe — January 19, 2026", "By Jane Doe – January 19, 2026", "By Jane Doe • January 19, 2026"] {
            guard case .bylineWithDate = LineClassifier.classify(line) else { Issue.record("\(line)"); continue }
        }
    }

    /// A byline starts with its prefix word in any case; a line that starts
    /// outside ASCII (a quote mark, the Kelvin sign) or with a longer word does not.
    @Test func bylinePrefixWordsAreReadOnTheLinesBytes() {
        for line in ["By Jane Doe", "BY: Jane Doe", "Reporting by Jane Doe", "REPORTING BY Jane Doe and John Roe", "Story by Jane Doe, Reuters"] {
            #expect(Byline.parse(line) != nil, "\(line)")
        }
        for line in ["“By Jane Doe”", "\u{212A}y Jane Doe", "Bystanders Jane Doe", "Reportings by Jane Doe", "B Jane Doe"] {
            #expect(Byline.parse(line) == nil, "\(line)")
        }
    }

    @Test func trimmingPunctuationAgreesWithFoundation() {
        var texts = (0x20..<0x7F).map { "\(Character(Unicode.Scalar($0)!))said\(Character(Unicode.Scalar($0)!))" }
        texts += ["“said,”", "—said…", "«said»", "¿said?", "said\u{301}.", "", ".,;", "a.b"]
        for text in texts {
            #expect(text.trimmingPunctuation == text.trimmingCharacters(in: .punctuationCharacters), "\(text)")
        }
    }

    /// A stated date has a year: a line with numbers but no four digits in a row is no date line.
    @Test func aDateLineNeedsAYear() {
        #expect(DateLine.parse("May 5, 2026")?.date == CalendarDate(year: 2026, month: 5, day: 5))
        #expect(DateLine.parse("Published: 05/05/2026 14:05 GMT", dayFirst: true)?.date == CalendarDate(year: 2026, month: 5, day: 5))
        #expect(DateLine.parse("May 5") == nil)
        #expect(DateLine.parse("5 May, 12:30") == nil)
    }

    /// A set of `HashedOnce` holds what a `Set<String>` holds: texts equal
    /// as Strings (canonically equivalent) are one, others are not.
    @Test func textsHashedOnceAreTheSetsOfStrings() {
        let texts = ["Café au lait.", "Cafe\u{301} au lait.", "Cafe au lait.", "", "K", "\u{212A}", "A paragraph, repeated."]
        var hashed: Set<HashedOnce> = [], plain: Set<String> = []
        for text in texts {
            #expect(hashed.contains(HashedOnce(text)) == plain.contains(text), "\(text)")
            hashed.insert(HashedOnce(text)); plain.insert(text)
        }
        #expect(hashed.count == plain.count && hashed.count == 5)
    }

    @Test func aParagraphPrintedTwiceIsKeptOnce() throws {
        let body = "The envoys met in Geneva on Tuesday to discuss the ceasefire plan and its timetable."
        let text = "Envoys meet in Geneva\nBy Ann Lee\nJanuary 20, 2026\n\n\(body)\n\nThey will meet again next week, officials said on Tuesday.\n\n\(body)\n"
        guard case let .article(a, _) = Ingestor.ingest(text: text, id: "t", file: "seeds/t.txt") else { Issue.record("skipped"); return }
        #expect(a.paragraphs.filter { $0 == body }.count == 1)
        #expect(a.dropped.contains { $0.reason == .repeated && $0.text == body })
    }

    @Test func seedIDsAreSafe() {
        #expect(SeedFile(name: "../Évil name.txt", path: "x", bytes: Data()).id == "---evil-name")
        #expect(SeedFile(name: "wire.2026.01.txt", path: "x", bytes: Data()).id == "wire-2026-01")
        #expect(SeedFile(name: "no-extension", path: "x", bytes: Data()).id == "no-extension")
    }

    /// A footer line names the outlet when it is styled as a masthead: with
    /// "The", or with a tagline after a spaced dash, en or em dash, or bar.
    @Test(arguments: [" - ", " – ", " — ", " | "])
    func footerMastheadWithATagline(separator: String) throws {
        let body = "The envoys met in Geneva on Tuesday to discuss the ceasefire plan and its timetable."
        let text = "Envoys meet in Geneva\nBy Ann Lee\nJanuary 20, 2026\n\n\(body)\n\n\(body) They will meet again.\n\nPost Comment\nHARBOUR TIMES\(separator)Independent since 1871\n"
        guard case let .article(a, _) = Ingestor.ingest(text: text, id: "t", file: "seeds/t.txt") else { Issue.record("skipped"); return }
        #expect(a.outlet == "Harbour Times")
    }
}
