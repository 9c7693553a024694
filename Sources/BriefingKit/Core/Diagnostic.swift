/// A problem found in the input that does not stop the build: printed on
/// stderr, and a failure under `--strict`.
public struct Diagnostic: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable { case warning, error }
    public let severity: Severity
    /// The file the problem is in, as the user named it (e.g. `seeds/x.txt`).
    public let file: String
    public let line: Int?
    public let message: String
    /// What the user can do about it.
    public let advice: String

    public init(_ severity: Severity = .warning, file: String, line: Int? = nil,
                message: String, advice: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.message = message
        self.advice = advice
    }

    /// The same diagnostic about another name for the file.
    public func at(file: String) -> Diagnostic {
        Diagnostic(severity, file: file, line: line, message: message, advice: advice)
    }

    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(place): \(severity.rawValue): \(message). \(advice)"
    }
}
