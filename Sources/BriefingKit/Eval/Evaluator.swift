import Foundation

/// Scores what the pipeline makes of a labelled corpus, field by field,
/// against the truth file. Every comparison is on normalised text: quotes
/// and dashes folded, case and runs of spaces ignored.
public struct Evaluator {
    public struct Score: Sendable {
        public let field: String
        public var hits: Int = 0
        public var total: Int = 0
        public let target: Double?
        public var value: Double { total == 0 ? 1 : Double(hits) / Double(total) }
        public var meetsTarget: Bool { target.map { value >= $0 } ?? true }
    }
    /// One miss, for the report: which file, which field, wanted and got.
    public struct Miss: Sendable {
        public let file: String
        public let field: String
        public let detail: String
    }

    public private(set) var scores: [String: Score] = [:]
    public internal(set) var misses: [Miss] = []
    private var order: [String] = []

    static let targets: [String: Double] = [
        "title": 0.97, "date": 0.97, "author": 0.97, "thread F1": 0.95, "boilerplate recall": 0.98,
        "boilerplate precision": 0.98, "event date": 0.9, "quote speaker precision": 0.95,
    ]

    public init() {}

    public var table: [Score] { order.map { scores[$0]! } }

    mutating func count(_ field: String, _ hit: Bool, file: String = "", miss: @autoclosure () -> String = "") {
        if scores[field] == nil { scores[field] = Score(field: field, target: Self.targets[field]); order.append(field) }
        scores[field]!.total += 1
        if hit { scores[field]!.hits += 1 } else if !file.isEmpty { misses.append(Miss(file: file, field: field, detail: miss())) }
    }

    /// Adds a ratio computed elsewhere (F1) as hits out of a thousand.
    mutating func set(_ field: String, value: Double) {
        if scores[field] == nil { scores[field] = Score(field: field, target: Self.targets[field]); order.append(field) }
        scores[field]!.hits = Int((value * 1000).rounded())
        scores[field]!.total = 1000
    }

    static func normalise(_ text: String) -> String {
        var out = ""
        var space = false
        for c in text.lowercased() {
            let folded: Character
            switch c {
            case "‘", "’", "‚", "‛", "`": folded = "'"
            case "“", "”", "„", "‟", "«", "»": folded = "\""
            case "–", "—": folded = "-"
            default: folded = c
            }
            if folded.isWhitespace { space = !out.isEmpty; continue }
            if space { out.append(" "); space = false }
            out.append(folded)
        }
        return out
    }
}
