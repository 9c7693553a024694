import Foundation

/// Makes a headline from the lede when a page has none: its first sentence,
/// cut at a word to about 100 characters, never ending on a function word.
enum TitleMaker {
    static let limit = 100

    static func fromLede(_ paragraph: String) -> String {
        var sentence = SentenceSplitter.split(paragraph).first ?? paragraph
        while let last = sentence.last, ".!?".contains(last) { sentence.removeLast() }
        if sentence.count <= limit { return sentence }
        var words: [Substring] = []
        var length = 0
        for word in sentence.split(separator: " ") {
            if length + word.count + 1 > limit - 1 { break }
            words.append(word)
            length += word.count + 1
        }
        while let last = words.last, words.count > 3,
              StopWords.contains(last.lowercased().trimmingCharacters(in: .punctuationCharacters)) || last.hasSuffix(",") {
            words.removeLast()
        }
        return words.joined(separator: " ").trimmingCharacters(in: .punctuationCharacters.subtracting(["”", "’", ")"])) + "…"
    }
}
