import CFileSwap
import Foundation

/// Publish: the only code that touches the output folder. Every new or
/// changed file is first written into a staging folder beside the output
/// (`SiteStaging`, which render hands each page to as it is made); only
/// once all of them are written does the output change, so a failed build
/// never leaves a half-written site. A file whose bytes did not change is
/// left as it is, so it keeps its date and `rsync` to a host moves only
/// what changed.
///
/// The output is then brought up to date in one of two ways:
/// - **in place**, when a site is already there: each staged file is renamed
///   over its old version (a reader never sees a file half-written) and
///   files the new site no longer has are removed. A one-seed rebuild of a
///   10,000-article site touches a few dozen files instead of linking ten
///   thousand into a new folder;
/// - **by swapping** the staging folder in with two renames, for a first
///   build, or when a file of the new site stands where the old one had a
///   folder (or the other way round). Unchanged files are hard-linked into
///   the staging folder first.
public enum SiteWriter {
    /// What a publish wrote and what it kept.
    public struct Outcome: Sendable {
        public let written: Int
        public let unchanged: Int
    }

    /// Publishes `site`, made in memory, to `out`.
    @discardableResult
    public static func publish(_ site: SiteFiles, to out: String) throws -> Outcome {
        try publish(site, staged: SiteStaging(out: out))
    }

    /// Stages what of `site` is still in memory, checks that the pages
    /// render kept are still published, then brings the output up to date.
    /// The staging folder is gone afterwards, whatever happened.
    @discardableResult
    public static func publish(_ site: SiteFiles, staged staging: SiteStaging) throws -> Outcome {
        defer { staging.abandon() }
        let paths = site.paths
        let inMemory = site.files.keys.sorted()
        let writtenNow = Parallel.map(inMemory) { staging.stage($0, site.files[$0]!) }
        var fresh = Set(site.staged.filter(\.value).keys)
        for (path, written) in zip(inMemory, writtenNow) where written { fresh.insert(path) }
        // Listed and sorted only when some are missing, for the message: 10,000 paths took milliseconds to sort.
        let publishedFiles = staging.published?.files ?? []
        if !site.kept.allSatisfy(publishedFiles.contains) {
            for path in site.kept.filter({ !publishedFiles.contains($0) }).sorted() {
                staging.fail("\(path) of the last build is gone; build again with --no-cache")
            }
        }
        if let failure = staging.failure {
            throw BriefingError.output(path: staging.out, message: "writing the new site failed (\(failure))")
        }
        let folders = PublishedTree.folders(holding: paths)
        // `paths` is sorted: a published folder is looked for in it by bisection, not hashed against every path.
        if let tree = staging.published, !tree.folders.contains(where: { Self.sorted(paths, contains: $0) }),
           tree.files.isDisjoint(with: folders) {
            try update(staging, fresh: fresh, paths: paths, folders: folders, tree: tree)
        } else {
            try swap(staging, fresh: fresh, paths: paths)
        }
        return Outcome(written: fresh.count, unchanged: paths.count - fresh.count)
    }

    /// In place: put each staged file in place of the old one (`replace`),
    /// then remove what the new site no longer has.
    private static func update(_ staging: SiteStaging, fresh: Set<String>, paths: [String], folders: Set<String>,
                               tree: PublishedTree) throws {
        let fm = FileManager.default, root = staging.root
        do {
            for folder in folders.subtracting(tree.folders).sorted() {
                try fm.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
            }
            for path in fresh.sorted() {
                guard replace(root + "/" + path, with: staging.folder + "/" + path) else {
                    throw PublishFailure(text: "\(path): \(String(cString: strerror(errno)))")
                }
            }
            // Every path that was not written now was published: when the site has as many files as the
            // published one plus those new now, nothing is to be removed, and the sets need not be compared.
            let added = fresh.filter { !tree.files.contains($0) }.count
            if tree.files.count != paths.count - added {
                for path in tree.files.subtracting(paths).sorted() { try fm.removeItem(atPath: root + "/" + path) }
            }
            // Deepest first, so a folder is empty by the time it is removed.
            for folder in tree.folders.subtracting(folders).sorted(by: >) where fm.fileExists(atPath: root + "/" + folder) {
                try fm.removeItem(atPath: root + "/" + folder)
            }
        } catch {
            let reason = (error as? PublishFailure)?.text ?? error.localizedDescription
            throw BriefingError.output(path: staging.out, message: "updating the site failed part way (\(reason)); build again to finish it")
        }
    }

    /// Puts the file `new` at `path` in one step. A published file is
    /// swapped with the new one, which leaves the old file in the staging
    /// folder, removed with it: renamed over a file, a new file's blocks are
    /// allocated and sent to the disk at once on ext4 (its `auto_da_alloc`),
    /// which took 25–30 ms for the 29 MB export. A path with no file yet,
    /// or a system that cannot swap, gets a plain rename.
    private static func replace(_ path: String, with new: String) -> Bool {
        briefing_swap_files(new, path) == 0 || rename(new, path) == 0
    }

    /// A whole new site: what did not change is linked into the staging
    /// folder from the previous site, then the two are swapped with two renames.
    private static func swap(_ staging: SiteStaging, fresh: Set<String>, paths: [String]) throws {
        let fm = FileManager.default
        let outURL = URL(fileURLWithPath: staging.root), stagingURL = URL(fileURLWithPath: staging.folder)
        let previous = fm.fileExists(atPath: staging.root)
        let unchanged = paths.filter { !fresh.contains($0) }
        let linked = Parallel.map(unchanged) { path in
            staging.makeFolder(holding: path) && link(staging.root + "/" + path, staging.folder + "/" + path) == 0
        }
        if let missing = zip(unchanged, linked).first(where: { !$0.1 })?.0 {
            throw BriefingError.output(path: staging.out, message: "\(missing) of the last build could not be kept; build again with --no-cache")
        }
        let retired = outURL.deletingLastPathComponent()
            .appendingPathComponent(".\(outURL.lastPathComponent).previous-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            if previous { try fm.moveItem(at: outURL, to: retired) }
            do {
                try fm.moveItem(at: stagingURL, to: outURL)
            } catch {
                if previous { try? fm.moveItem(at: retired, to: outURL) }
                throw error
            }
            if previous { try fm.removeItem(at: retired) }
        } catch {
            throw BriefingError.output(path: staging.out, message: "swapping in the new site failed (\(error.localizedDescription))")
        }
    }

    private struct PublishFailure: Error { let text: String }

    /// Whether the sorted `paths` hold `path`.
    static func sorted(_ paths: [String], contains path: String) -> Bool {
        var low = 0, high = paths.count
        while low < high {
            let middle = (low + high) / 2
            if paths[middle] < path { low = middle + 1 } else { high = middle }
        }
        return low < paths.count && paths[low] == path
    }

    /// Files the new site lacks are removed from the output folder, so it
    /// must be one Briefing made:
    /// never the file system root, never a folder holding other things
    /// (Zola #574: an output folder deleted without warning).
    static func refuseToReplace(_ url: URL, shownAs out: String) throws {
        let fm = FileManager.default
        if url.path == "/" || url.path == fm.homeDirectoryForCurrentUser.standardizedFileURL.path
            || url.path == URL(fileURLWithPath: fm.currentDirectoryPath).standardizedFileURL.path {
            throw BriefingError.output(path: out, message: "refusing to replace this folder; pass --out with a folder of its own, such as site")
        }
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw BriefingError.output(path: out, message: "is a file, not a folder; remove it or pass another --out")
        }
        let contents = (try? fm.contentsOfDirectory(atPath: url.path)) ?? []
        if !contents.isEmpty && !contents.contains(SitePaths.data) {
            throw BriefingError.output(path: out,
                message: "holds files that Briefing did not build (no \(SitePaths.data)); empty or remove it, or pass another --out")
        }
    }

    /// Relative, no "..", no absolute or hidden components.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { $0 != ".." && $0 != "." && !$0.isEmpty }
    }
}
