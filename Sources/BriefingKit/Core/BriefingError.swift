/// Errors that stop a build. Each names the file concerned and what to do.
public enum BriefingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The configuration file is missing, not YAML, or has a wrong key or value.
    case config(file: String, line: Int?, message: String)
    /// A template cannot be read or parsed.
    case template(file: String, line: Int?, message: String)
    /// An input folder or file cannot be read at all.
    case input(path: String, message: String)
    /// The output folder cannot be written; the previous one is left as it was.
    case output(path: String, message: String)
    /// `--strict` turned warnings into a failure.
    case strictWarnings(count: Int)

    /// Usage and configuration problems exit 2; everything else 1 (CONTRACT.md).
    public var exitCode: Int32 {
        switch self {
        case .config: return 2
        default: return 1
        }
    }

    public var description: String {
        switch self {
        case let .config(file, line, message):
            return "\(place(file, line)): configuration error: \(message)"
        case let .template(file, line, message):
            return "\(place(file, line)): template error: \(message)"
        case let .input(path, message):
            return "\(path): cannot read input: \(message)"
        case let .output(path, message):
            return "\(path): cannot write the site: \(message). The previous site was left as it was."
        case let .strictWarnings(count):
            return "--strict: \(count) warning\(count == 1 ? "" : "s") made the build fail; the previous site was left as it was."
        }
    }

    private func place(_ file: String, _ line: Int?) -> String {
        line.map { "\(file):\($0)" } ?? file
    }
}
