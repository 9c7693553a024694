import Testing
@testable import BriefingKit

@Suite struct SentenceSplitterTests {
    @Test func abbreviationsAndInitialsDoNotEndSentences() {
        let text = "The U.S. President met Mr. Smith on Jan. 19 in Washington. J. R. Doe said it went well. Did it?"
        #expect(SentenceSplitter.split(text) == [
            "The U.S. President met Mr. Smith on Jan. 19 in Washington.",
            "J. R. Doe said it went well.",
            "Did it?",
        ])
    }

    @Test func quotesCloseSentences() {
        let text = "He said the deal was “nearly ready.” Yet doubts remain. ‘Why now?’ she asked."
        #expect(SentenceSplitter.split(text) == ["He said the deal was “nearly ready.”", "Yet doubts remain.", "‘Why now?’ she asked."])
    }

    /// The byte path for ASCII words answers as the definition on strings
    /// does: initials, dotted short forms, and the list in any case.
    @Test func abbreviationsReadAsBytesAnswerAsStringsDo() {
        func definition(_ word: String) -> Bool {
            let letters = word.filter { $0 != "." }
            if letters.count == 1 && letters.first!.isUppercase { return true }
            if word.contains(".") && word.count <= 6 { return true }
            return SentenceSplitter.abbreviations.contains(word.lowercased())
        }
        var words = ["J", "j", "U.S.A", "U.S.A.B.C", "ab.cdefg", "Approximately", "Thursday", "Inc", "INCORPORATED",
                     "x", "Xy", "e.G", "\u{212A}", "É", "Ж", "Mr\u{212A}", "Se\u{301}pt"]
        for abbreviation in SentenceSplitter.abbreviations {
            words += [abbreviation, abbreviation.capitalized, abbreviation.uppercased(), abbreviation + "x", "x" + abbreviation]
        }
        for word in words {
            let text = "They met \(word). Next came more."
            let expected = definition(word) ? 1 : 2
            #expect(SentenceSplitter.split(text).count == expected, "\(word)")
            #expect(SentenceSplitter.split(text, byCharacters: true).count == expected, "\(word)")
        }
    }

    @Test func lowerCaseAfterAFullStopContinues() {
        #expect(SentenceSplitter.split("It cost approx. ten million. Then it rose.").count == 2)
    }

    /// Texts read by scalars (every Character one scalar) and texts that
    /// must be read by Characters (a combining mark, an emoji sequence, CR LF)
    /// are cut where reading by Characters cuts them.
    @Test func readingByScalarsCutsWhereReadingByCharactersDoes() {
        let texts = [
            "Zürich’s mayor, Élise Dupont, spoke. «Non.» Österreich agreed… Then Ж. Иванов left. 北京 said so. ¿Qué? ¡Sí! É. Dupont left.",
            "“Ready.” ‘Yes.’ (See p. 4.) [Note.] A.M. Rossi came. 3 p.m. Friday. 4. Fifth point. ½ of them. Ⅳ. Roman numerals.",
            "The cafe\u{301}. Ende. A mark after a stop.\u{301} Next one.",
            "Thumbs 👍🏽. Family 👨‍👩‍👧. Flags 🇺🇦. Done.",
            "Line one.\r\nLine two. Three.",
            "ǅ titlecase. ǆ lower. Ǆ upper. Done.",
        ]
        for text in texts {
            #expect(SentenceSplitter.split(text) == SentenceSplitter.split(text, byCharacters: true), "\(text)")
        }
    }
}
