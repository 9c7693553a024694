import Foundation

/// What a build reads, as file → stamp (size, modification time, inode):
/// the seeds, the config and the templates. Two snapshots differ when any
/// of them changed. Taken twice a second by `watch`, so it costs one `stat`
/// per file and no more.
public struct SourceSnapshot: Equatable, Sendable {
    private(set) var files: [String: FileStamp] = [:]

    public init(_ options: BuildOptions) {
        if let stamp = FileStamp(path: options.config) { files[options.config] = stamp }
        add(folder: options.seeds)
        add(folder: options.templates)
    }

    private mutating func add(folder: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where !name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            if let stamp = FileStamp(path: path) { files[path] = stamp } else if FileStamp.isFolder(path) { add(folder: path) }
        }
    }

    /// "added seeds/x.txt", "changed briefing.yml", "removed …", in path order.
    public func changes(since old: SourceSnapshot) -> [String] {
        Set(files.keys).union(old.files.keys).sorted().compactMap { path in
            switch (old.files[path], files[path]) {
            case (nil, .some): return "added " + path
            case (.some, nil): return "removed " + path
            case let (a?, b?) where a != b: return "changed " + path
            default: return nil
            }
        }
    }
}

/// `briefing watch`: builds, then polls the seeds, config and templates and
/// rebuilds when they change — one build at a time; whatever changes during a
/// build is seen at the next poll and folded into the next build.
public struct Watcher: Sendable {
    public let options: BuildOptions
    /// Seconds between polls.
    public let interval: Double
    /// A change is built once the files have been still for this long, so a
    /// folder being copied in is built once, not once per file.
    public let settle: Double

    public init(options: BuildOptions, interval: Double = 0.5, settle: Double = 0.3) {
        var options = options
        // What each build made of the seeds stays in memory for the next.
        if options.cache && options.memo == nil { options.memo = ArticleCache(out: options.out, keepsDecoded: true) }
        if case .freedAtOnce = options.leftovers { options.leftovers = .freedInBackground }
        self.options = options
        self.interval = interval
        self.settle = settle
    }

    /// Runs until `stop` says so (checked between polls). `onBuild` hears
    /// each build's outcome: the report, or the error it failed with.
    public func run(log: BuildLog, stop: @Sendable () -> Bool = { false },
                    onBuild: @Sendable (Result<BuildReport, Error>) -> Void = { _ in }) {
        let log = WarningsOnce(log)
        var current = SourceSnapshot(options)
        build(log: log, onBuild: onBuild)
        while !stop() {
            Thread.sleep(forTimeInterval: interval)
            var next = SourceSnapshot(options)
            guard next != current else { continue }
            // Wait for the files to settle.
            while true {
                Thread.sleep(forTimeInterval: settle)
                let again = SourceSnapshot(options)
                if again == next { break }
                next = again
            }
            let changes = next.changes(since: current)
            current = next
            log.info("\(changes.count) change\(changes.count == 1 ? "" : "s"): " + changes.prefix(5).joined(separator: ", ")
                     + (changes.count > 5 ? " and \(changes.count - 5) more" : ""))
            build(log: log, onBuild: onBuild)
        }
    }

    private func build(log: WarningsOnce, onBuild: (Result<BuildReport, Error>) -> Void) {
        let started = DispatchTime.now()
        do {
            let report = try Pipeline.build(options, log: log)
            let repeated = log.finishBuild(succeeded: true)
            if repeated > 0 { log.info("\(repeated) warning\(repeated == 1 ? "" : "s") as in the last build, not shown again") }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            log.info(String(format: "Rebuilt %d articles into %@ in %.2f s; watching for changes (Ctrl-C stops).",
                            report.articleCount, options.out, seconds))
            onBuild(.success(report))
            options.leftovers.dispose([report])
        } catch {
            _ = log.finishBuild(succeeded: false)
            log.info("Build failed: \(error); the previous site is untouched. Fix it and save: the next change rebuilds.")
            onBuild(.failure(error))
        }
    }
}
