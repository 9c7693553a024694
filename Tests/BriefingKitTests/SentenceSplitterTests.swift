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
