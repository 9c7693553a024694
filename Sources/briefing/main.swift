import ArgumentParser
import BriefingKit
import BriefingServer
import Foundation

/// The `briefing` command: a thin shell over BriefingKit.
@main
struct BriefingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Turn a folder of news articles into a linked static briefing site.",
        version: BriefingVersion.string,
        subcommands: [Build.self, Watch.self, Serve.self, Check.self, Eval.self],
        defaultSubcommand: Build.self)

    /// As ArgumentParser's, except that usage errors exit 2 (CONTRACT.md), not 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

struct InputOptions: ParsableArguments {
    @Option(help: "Folder of article files.") var seeds = "seeds"
    @Option(help: "Configuration file (site title and threads).") var config = "briefing.yml"
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site from the seeds folder.")
    @OptionGroup var input: InputOptions
    @Option(help: "Output folder; replaced only when the build succeeds.") var out = "site"
    @Option(help: "Folder of Mustache templates and assets.") var templates = "templates"
    @Option(name: .customLong("base-url"), help: "Absolute URL the site is published at (feeds and sitemap only).")
    var baseURL: String?
    @Flag(help: "Treat every warning as a failure (exit 1).") var strict = false
    @Flag(help: "Print nothing but warnings and errors.") var quiet = false
    @Flag(name: .customLong("no-cache"), help: "Ingest every seed again instead of reusing .briefing-cache/.") var noCache = false

    func run() throws {
        var options = BuildOptions(seeds: input.seeds, out: out, config: input.config, templates: templates,
                                   baseURL: baseURL, strict: strict, cache: !noCache)
        options.leftovers = .leftToExit
        let log = StandardLog(quiet: quiet)
        do {
            let report = try Pipeline.build(options, log: log)
            log.info("Built \(report.pageCount) files from \(report.articleCount) articles into \(out)/ (\(report.warnings.count) warnings).")
        } catch let error as BriefingError {
            log.error(error.description)
            throw ExitCode(error.exitCode)
        }
    }
}

struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build, then rebuild whenever the seeds, the config or the templates change.")
    @OptionGroup var input: InputOptions
    @Option(help: "Output folder; replaced only when a build succeeds.") var out = "site"
    @Option(help: "Folder of Mustache templates and assets.") var templates = "templates"
    @Option(name: .customLong("base-url"), help: "Absolute URL the site is published at (feeds and sitemap only).")
    var baseURL: String?
    @Option(help: "Seconds between looks at the files.") var interval = 0.5
    @Flag(help: "Print only what changed, build times and problems.") var quiet = false

    func run() throws {
        let options = BuildOptions(seeds: input.seeds, out: out, config: input.config, templates: templates, baseURL: baseURL)
        Watcher(options: options, interval: interval).run(log: WatchLog(quiet: quiet))
    }
}

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site on 127.0.0.1, rebuilding and reloading the page when sources change.")
    @OptionGroup var input: InputOptions
    @Option(help: "Output folder; replaced only when a build succeeds.") var out = "site"
    @Option(help: "Folder of Mustache templates and assets.") var templates = "templates"
    @Option(name: .customLong("base-url"), help: "Absolute URL the site is published at (feeds and sitemap only).")
    var baseURL: String?
    @Option(help: "Port on 127.0.0.1.") var port: UInt16 = 8000
    @Flag(help: "Print only what changed, build times and problems.") var quiet = false

    func run() throws {
        let options = BuildOptions(seeds: input.seeds, out: out, config: input.config, templates: templates, baseURL: baseURL)
        let server = try PreviewServer(options: options, port: port)
        let log = WatchLog(quiet: quiet)
        let finished = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do {
                async let serving: Void = server.run(log: log)
                let address = try await server.address()
                log.info("Serving \(out)/ at http://\(address.host):\(address.port)/ — Ctrl-C stops.")
                try await serving
            } catch {
                failure.error = error
            }
            finished.signal()
        }
        finished.wait()
        if let error = failure.error {
            FileHandle.standardError.write(Data("error: cannot serve on 127.0.0.1:\(port) (\(error)); try another --port\n".utf8))
            throw ExitCode(1)
        }
    }
}

/// The server task's error, handed back to the waiting command.
final class FailureBox: @unchecked Sendable { var error: Error? }

/// In watch mode the step times are detail: `--quiet` keeps the change and rebuild lines.
struct WatchLog: BuildLog {
    let quiet: Bool
    func info(_ message: String) {
        // Written straight to the descriptor, so a pipe sees each line as it happens.
        if !quiet || !message.hasPrefix("[") { FileHandle.standardOutput.write(Data((message + "\n").utf8)) }
    }
    func warning(_ diagnostic: Diagnostic) { FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8)) }
    func warnings(_ diagnostics: [Diagnostic]) { writeWarnings(diagnostics) }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print what each seed file yields; write nothing.")
    @OptionGroup var input: InputOptions

    func run() throws {
        let log = StandardLog(quiet: false)
        do {
            let text = try Pipeline.check(seeds: input.seeds, config: input.config, log: log)
            print(text, terminator: "")
        } catch let error as BriefingError {
            log.error(error.description)
            throw ExitCode(error.exitCode)
        }
    }
}

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score ingest and analysis against a labelled corpus; print accuracy per field.")
    @Option(help: "Truth file of the corpus (see scripts/label-corpus.py).") var truth = "Tests/EvalCorpus/truth.json"
    @Option(help: "Folder of the corpus's pages; default: seeds/ beside the truth file.") var seeds: String?
    @Option(help: "Configuration file with the threads.") var config = "briefing.yml"
    @Flag(help: "List every miss after the table.") var misses = false
    @Flag(help: "Exit 1 when a field misses its target.") var strict = false

    func run() throws {
        let log = StandardLog(quiet: false)
        do {
            let folder = seeds ?? ((truth as NSString).deletingLastPathComponent as NSString).appendingPathComponent("seeds")
            let evaluation = try Pipeline.evaluate(truth: truth, seeds: folder, config: config)
            print(evaluation.report(showMisses: misses), terminator: "")
            if strict && !evaluation.meetsTargets { throw ExitCode(1) }
        } catch let error as BriefingError {
            log.error(error.description)
            throw ExitCode(error.exitCode)
        }
    }
}

/// Progress on stdout, problems on stderr; on a terminal (and not --quiet)
/// long steps show a live count and the time left on stderr.
struct StandardLog: BuildLog {
    let quiet: Bool
    static let isTerminal = isatty(STDERR_FILENO) == 1
    func info(_ message: String) {
        guard !quiet else { return }
        if Self.isTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }   // clear a progress line
        print(message)
    }
    func progress(step: String, done: Int, total: Int, elapsed: Double) {
        guard !quiet, Self.isTerminal, total > 0 else { return }
        let left = done > 0 ? elapsed / Double(done) * Double(total - done) : 0
        let line = "\r\u{1B}[K\(step) \(done)/\(total)" + (done < total && elapsed > 1 ? String(format: ", about %.0f s left", left) : "")
        FileHandle.standardError.write(Data(line.utf8))
    }
    func warning(_ diagnostic: Diagnostic) { FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8)) }
    func warnings(_ diagnostics: [Diagnostic]) { writeWarnings(diagnostics) }
    func error(_ message: String) { FileHandle.standardError.write(Data(("error: " + message + "\n").utf8)) }
}

/// Warnings in one write: a large corpus has hundreds, and a write each
/// was milliseconds of every build.
func writeWarnings(_ diagnostics: [Diagnostic]) {
    guard !diagnostics.isEmpty else { return }
    FileHandle.standardError.write(Data(diagnostics.map { $0.description + "\n" }.joined().utf8))
}
