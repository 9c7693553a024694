import Foundation

/// Publish: the only code that touches the output folder. The site is
/// written into a fresh temporary folder beside it, then swapped in with two
/// renames, so a failed build never leaves a half-written site and pages of
/// removed seeds disappear. A file whose bytes did not change is not
/// written again but hard-linked from the previous site, so it keeps its
/// date and `rsync` to a host moves only what changed.
public enum SiteWriter {
    /// What a publish wrote and what it kept.
    public struct Outcome: Sendable {
        public let written: Int
        public let unchanged: Int
    }

    @discardableResult
    public static func publish(_ site: SiteFiles, to out: String) throws -> Outcome {
        let fm = FileManager.default
        let outURL = URL(fileURLWithPath: out).standardizedFileURL
        try refuseToReplace(outURL, shownAs: out)
        let parent = outURL.deletingLastPathComponent()
        let name = outURL.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).building-\(ProcessInfo.processInfo.processIdentifier)")
        let retired = parent.appendingPathComponent(".\(name).previous-\(ProcessInfo.processInfo.processIdentifier)")
        var written = 0, unchanged = 0
        do {
            try? fm.removeItem(at: staging)
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            let paths = site.paths
            if let bad = paths.first(where: { !isSafe($0) }) {
                throw BriefingError.output(path: bad, message: "refusing a path that would leave the output folder")
            }
            let folders = Set(paths.compactMap { path in path.lastIndex(of: "/").map { String(path[..<$0]) } })
            for folder in folders.sorted() {
                try fm.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            // Files are independent: write them on every core. Paths are
            // joined as text: Foundation's URL operations cost more than the
            // links themselves when ten thousand pages are kept.
            let files = site.files
            let stagingPath = staging.path + "/"
            let previous = fm.fileExists(atPath: outURL.path) ? outURL.path + "/" : nil
            let results = Parallel.map(paths) { path -> Result<Bool, PublishFailure> in
                let target = stagingPath + path
                if site.kept.contains(path) {
                    guard let previous, link(previous + path, target) == 0 else {
                        return .failure(PublishFailure(text: "\(path) of the last build is gone; build again with --no-cache"))
                    }
                    return .success(false)
                }
                if let previous, keep(previous + path, as: target, ifEqualTo: files[path]!) { return .success(false) }
                do throws(PlainFileWrite.Failure) { try PlainFileWrite.write(files[path]!, to: target); return .success(true) }
                catch { return .failure(PublishFailure(text: "\(path): \(error.reason)")) }
            }
            for case let .failure(failure) in results {
                throw BriefingError.output(path: out, message: "writing the new site failed (\(failure.text))")
            }
            written = results.filter { (try? $0.get()) == true }.count
            unchanged = results.count - written
        } catch let error as BriefingError {
            try? fm.removeItem(at: staging)
            throw error
        } catch {
            try? fm.removeItem(at: staging)
            throw BriefingError.output(path: out, message: "writing the new site failed (\(error.localizedDescription))")
        }
        do {
            let hadPrevious = fm.fileExists(atPath: outURL.path)
            if hadPrevious { try fm.moveItem(at: outURL, to: retired) }
            do {
                try fm.moveItem(at: staging, to: outURL)
            } catch {
                if hadPrevious { try? fm.moveItem(at: retired, to: outURL) }
                throw error
            }
            if hadPrevious { try fm.removeItem(at: retired) }
        } catch {
            try? fm.removeItem(at: staging)
            throw BriefingError.output(path: out, message: "swapping in the new site failed (\(error.localizedDescription))")
        }
        return Outcome(written: written, unchanged: unchanged)
    }

    private struct PublishFailure: Error { let text: String }

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

    /// Links the previous site's file into the new one when its bytes are
    /// the same; false when they differ or the link cannot be made.
    private static func keep(_ old: String, as target: String, ifEqualTo data: Data) -> Bool {
        guard let stamp = FileStamp(path: old), stamp.size == data.count,
              let existing = FileManager.default.contents(atPath: old), existing == data else { return false }
        return link(old, target) == 0
    }

    /// The output folder is replaced whole, so it must be one Briefing made:
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
