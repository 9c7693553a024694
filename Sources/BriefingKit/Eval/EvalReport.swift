/// The table `briefing eval` prints: each field's score against its target,
/// then every miss, so a reader can see what went wrong where.
extension Evaluator {
    public func report(showMisses: Bool) -> String {
        var out = "field                        hits / total    score   target\n"
        for score in table {
            let counts = score.total == 1000 && ["thread precision", "thread recall", "thread F1"].contains(score.field)
                ? "               " : pad("\(score.hits) / \(score.total)", 15)
            let target = score.target.map { "≥ " + format($0) + (score.meetsTarget ? "" : "  MISSED") } ?? ""
            out += pad(score.field, 29) + counts + pad(format(score.value), 8) + target + "\n"
        }
        if showMisses && !misses.isEmpty {
            out += "\nmisses:\n"
            for miss in misses { out += "  \(miss.file) [\(miss.field)] \(miss.detail)\n" }
        }
        return out
    }

    public var meetsTargets: Bool { table.allSatisfy(\.meetsTarget) }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    private func format(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        return "\(thousandths / 1000).\(String(thousandths % 1000).leftPadded(3))"
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
