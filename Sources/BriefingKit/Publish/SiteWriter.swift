import Foundation

/// Publish: the only code that touches the output folder. Every new or
/// changed file is first written into a staging folder beside the output;
/// only once all of them are written does the output change, so a failed
/// build never leaves a half-written site. A file whose bytes did not
/// change is left as it is, so it keeps its date and `rsync` to a host
/// moves only what changed.
///
/// The output is then brought up to date in one of two ways:
/// - **in place**, when a site is already there: each staged file is renamed
///   over its old version (a reader never sees a file half-written) and
///   files the new site no longer has are removed. A one-seed rebuild of a
///   10,000-article site touches a few hundred files instead of linking
///   ten thousand into a new folder;
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

    @discardableResult
    public static func publish(_ site: SiteFiles, to out: String) throws -> Outcome {
        let outURL = URL(fileURLWithPath: out).standardizedFileURL
        try refuseToReplace(outURL, shownAs: out)
        let paths = site.paths
        if let bad = paths.first(where: { !isSafe($0) }) {
            throw BriefingError.output(path: bad, message: "refusing a path that would leave the output folder")
        }
        let staging = outURL.deletingLastPathComponent()
            .appendingPathComponent(".\(outURL.lastPathComponent).building-\(ProcessInfo.processInfo.processIdentifier)").path
        let folders = PublishedTree.folders(holding: paths)
        if FileManager.default.fileExists(atPath: outURL.path), let tree = PublishedTree.list(outURL.path),
           tree.folders.isDisjoint(with: paths), tree.files.isDisjoint(with: folders) {
            return try update(site, paths: paths, folders: folders, in: outURL.path, tree: tree, staging: staging, shownAs: out)
        }
        return try swap(site, paths: paths, folders: folders, into: outURL, staging: staging, shownAs: out)
    }

    /// In place: stage what changed, rename it over the old files, then
    /// remove what the new site no longer has.
    private static func update(_ site: SiteFiles, paths: [String], folders: Set<String>, in root: String,
                               tree: PublishedTree, staging: String, shownAs out: String) throws -> Outcome {
        let written = try stage(site, paths: paths, folders: folders, staging: staging,
                                unchanged: .leftIn(root + "/", tree), shownAs: out)
        let fm = FileManager.default
        do {
            defer { try? fm.removeItem(atPath: staging) }
            for folder in folders.subtracting(tree.folders).sorted() {
                try fm.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
            }
            for (path, fresh) in zip(paths, written) where fresh {
                guard rename(staging + "/" + path, root + "/" + path) == 0 else {
                    throw PublishFailure(text: "\(path): \(String(cString: strerror(errno)))")
                }
            }
            for path in tree.files.subtracting(paths).sorted() { try fm.removeItem(atPath: root + "/" + path) }
            // Deepest first, so a folder is empty by the time it is removed.
            for folder in tree.folders.subtracting(folders).sorted(by: >) where fm.fileExists(atPath: root + "/" + folder) {
                try fm.removeItem(atPath: root + "/" + folder)
            }
        } catch {
            let reason = (error as? PublishFailure)?.text ?? error.localizedDescription
            throw BriefingError.output(path: out, message: "updating the site failed part way (\(reason)); build again to finish it")
        }
        return outcome(written)
    }

    /// A whole new site: staged complete, then swapped in with two renames.
    private static func swap(_ site: SiteFiles, paths: [String], folders: Set<String>, into outURL: URL,
                             staging: String, shownAs out: String) throws -> Outcome {
        let fm = FileManager.default
        let previous = fm.fileExists(atPath: outURL.path) ? outURL.path + "/" : nil
        let written = try stage(site, paths: paths, folders: folders, staging: staging, unchanged: .linkedFrom(previous), shownAs: out)
        let retired = outURL.deletingLastPathComponent()
            .appendingPathComponent(".\(outURL.lastPathComponent).previous-\(ProcessInfo.processInfo.processIdentifier)")
        let stagingURL = URL(fileURLWithPath: staging)
        do {
            if previous != nil { try fm.moveItem(at: outURL, to: retired) }
            do {
                try fm.moveItem(at: stagingURL, to: outURL)
            } catch {
                if previous != nil { try? fm.moveItem(at: retired, to: outURL) }
                throw error
            }
            if previous != nil { try fm.removeItem(at: retired) }
        } catch {
            try? fm.removeItem(at: stagingURL)
            throw BriefingError.output(path: out, message: "swapping in the new site failed (\(error.localizedDescription))")
        }
        return outcome(written)
    }

    private static func outcome(_ written: [Bool]) -> Outcome {
        let count = written.filter { $0 }.count
        return Outcome(written: count, unchanged: written.count - count)
    }

    /// Size, modification time and inode of each of `paths` in `out`, as
    /// published; a file that cannot be read is left out.
    public static func stamps(of paths: some Sequence<String>, in out: String) -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        let folder = out.hasSuffix("/") ? out : out + "/"
        for path in paths {
            if let stamp = FileStamp(path: folder + path) { stamps[path] = stamp }
        }
        return stamps
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
