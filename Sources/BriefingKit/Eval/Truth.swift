import Foundation

/// The labelled truth of an evaluation corpus (`Tests/EvalCorpus/truth.json`,
/// written by `scripts/label-corpus.py`): what a careful reader finds in each
/// page.
public struct Truth: Decodable, Sendable {
    public struct Article: Decodable, Sendable {
        public struct Event: Decodable, Sendable {
            /// The start of the sentence that reports it.
            public let sentence: String
            /// ISO value at its granularity: 2026-01-22, 2026-W05, 2022-02, 2014.
            public let value: String
        }
        public struct Quote: Decodable, Sendable {
            /// The start of the quoted words.
            public let text: String
            /// Nil when the text does not say who spoke.
            public let speaker: String?
        }
        public let file: String
        /// Nil when the page has no headline (the title is made from the lede).
        public let title: String?
        public let date: String?
        public let authors: [String]
        public let outlet: String?
        public let threads: [String]
        public let events: [Event]
        public let quotes: [Quote]
        /// File name of the article this one copies.
        public let duplicateOf: String?
        /// True when nothing on the page is an article.
        public let skip: Bool
        public let boilerplate: [String]
        /// Headline, byline and date lines: neither text nor boilerplate.
        public let metadata: [String]
    }
    public let articles: [Article]

    public static func load(path: String) throws -> Truth {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BriefingError.input(path: path, message: "cannot read the truth file; pass --truth FILE (e.g. Tests/EvalCorpus/truth.json)")
        }
        do {
            return try JSONDecoder().decode(Truth.self, from: data)
        } catch {
            throw BriefingError.input(path: path, message: "is not a truth file (\(error)); see scripts/label-corpus.py for its form")
        }
    }
}
