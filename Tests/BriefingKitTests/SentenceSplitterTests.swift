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
}
