import Foundation

/// The new site as it is being made: every new or changed file is written
/// into a staging folder beside the output as soon as it is made, so a
/// build never holds all its pages in memory at once. Nothing in the output
/// folder changes until `SiteWriter.publish` finishes the staged site; a
/// build that fails first removes the staging folder (`abandon`), and the
/// previous site stays as it was.
///
/// `stage` may be called from many threads at once: files are independent.
public final class SiteStaging: @unchecked Sendable {
    /// The output folder as given (for messages) and as a full path.
    let out: String
    let root: String
    /// `.<out>.building-PID` beside the output.
    let folder: String
    /// The published site's files and folders, when there is one.
    let published: PublishedTree?
    private let lock = NSLock()
    private var madeFolders: Set<String> = [""]
    private var failures: [String] = []

    /// `listed`, when given, is what `listPublished(out)` returned earlier
    /// in the build (listed while compose ran, on another core).
    public convenience init(out: String) throws { try self.init(out: out, listed: nil) }

    init(out: String, listed: PublishedTree??) throws {
        let outURL = URL(fileURLWithPath: out).standardizedFileURL
        try SiteWriter.refuseToReplace(outURL, shownAs: out)
        self.out = out
        root = outURL.path
        folder = outURL.deletingLastPathComponent()
            .appendingPathComponent(".\(outURL.lastPathComponent).building-\(ProcessInfo.processInfo.processIdentifier)").path
        published = listed ?? Self.listPublished(out)
        let fm = FileManager.default
        try? fm.removeItem(atPath: folder)
        if published != nil { Self.removeDeadStaging(beside: outURL) }
        do {
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw BriefingError.output(path: out, message: "cannot make the staging folder \(folder) (\(error.localizedDescription)); check the permissions of the folder that holds the output")
        }
    }

    /// The files and folders of the site published in `out`, if there is one.
    static func listPublished(_ out: String) -> PublishedTree? {
        let root = URL(fileURLWithPath: out).standardizedFileURL.path
        return FileManager.default.fileExists(atPath: root) ? PublishedTree.list(root) : nil
    }

    /// Writes `data` as `path` in the staging folder, unless the published
    /// site holds exactly these bytes there; true when it was written. A
    /// failure is kept for `publish` to report, with the file and the reason.
    func stage(_ path: String, _ data: Data) -> Bool {
        data.withUnsafeBytes { stage(path, bytes: $0) }
    }

    /// As `stage(_:_:)`, from an array: the export and the search index are
    /// megabytes, and turning them into `Data` copied them once more.
    func stage(_ path: String, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { stage(path, bytes: $0) }
    }

    private func stage(_ path: String, bytes: UnsafeRawBufferPointer) -> Bool {
        stage(path, unchanged: { Self.sameBytes($0, bytes) }, write: { (file: String) throws(PlainFileWrite.Failure) in
            try PlainFileWrite.write(bytes, to: file)
        })
    }

    /// As `stage(_:_:)`, for bytes in runs: compared and written run by
    /// run, never gathered into one buffer.
    func stage(_ path: String, spliced: SplicedBytes) -> Bool {
        stage(path, unchanged: { Self.sameBytes($0, spliced) }, write: { (file: String) throws(PlainFileWrite.Failure) in
            try PlainFileWrite.write(spliced, to: file)
        })
    }

    private func stage(_ path: String, unchanged: (String) -> Bool, write: (String) throws(PlainFileWrite.Failure) -> Void) -> Bool {
        guard SiteWriter.isSafe(path) else {
            fail("refusing \(path), a path that would leave the output folder")
            return false
        }
        if published?.files.contains(path) == true, unchanged(root + "/" + path) { return false }
        guard makeFolder(holding: path) else {
            fail("\(path): its folder cannot be made in \(folder)")
            return false
        }
        do throws(PlainFileWrite.Failure) {
            try write(folder + "/" + path)
            return true
        } catch {
            fail("\(path): \(error.reason)")
            return false
        }
    }

    /// A problem met while staging, if any: the first in path order, so
    /// the message does not depend on the scheduling.
    var failure: String? { lock.withLock { failures.min() } }

    func fail(_ text: String) { lock.withLock { failures.append(text) } }

    /// Removes the staging folder: the build failed, or it is done.
    public func abandon() { try? FileManager.default.removeItem(atPath: folder) }

    /// Makes the staging folder's copy of the folder holding `path`, once
    /// per folder, under the lock; false when it cannot be made.
    func makeFolder(holding path: String) -> Bool {
        guard let slash = path.lastIndex(of: "/") else { return true }
        let parent = String(path[..<slash])
        return lock.withLock {
            if madeFolders.contains(parent) { return true }
            guard (try? FileManager.default.createDirectory(atPath: folder + "/" + parent, withIntermediateDirectories: true)) != nil else {
                return false
            }
            madeFolders.insert(parent)
            return true
        }
    }

    /// Staging folders left by builds that were killed (`.<out>.building-PID`
    /// whose process is gone) can hold a whole site; they are removed. Only
    /// while the output folder is there: a build killed between the two
    /// renames of a swap leaves its new site in one, and nothing else.
    private static func removeDeadStaging(beside outURL: URL) {
        let parent = outURL.deletingLastPathComponent().path
        let prefix = ".\(outURL.lastPathComponent).building-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where name.hasPrefix(prefix) {
            guard let pid = pid_t(name.dropFirst(prefix.count)), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: parent + "/" + name)
        }
    }

    /// Whether the file at `path` holds exactly `bytes`. A large file is
    /// compared mapped: read into memory, the export and the search index
    /// (37 MB at 10,000 articles) were copied whole at every rebuild only to
    /// be compared. A page of a few kilobytes is read, which costs less than
    /// mapping it.
    private static func sameBytes(_ path: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let stamp = FileStamp(path: path), stamp.size == bytes.count else { return false }
        guard !bytes.isEmpty else { return true }
        if bytes.count >= 1 << 20 {
            guard let existing = MappedFile(path: path), existing.bytes.count == bytes.count else { return false }
            return memcmp(existing.bytes.baseAddress!, bytes.baseAddress!, bytes.count) == 0
        }
        guard let existing = FileBytes.read(path), existing.count == bytes.count else { return false }
        return existing.withUnsafeBytes { memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
    }

    /// Whether the file at `path` holds exactly the runs of `spliced`, compared mapped, run by run.
    private static func sameBytes(_ path: String, _ spliced: SplicedBytes) -> Bool {
        let count = spliced.count
        guard let stamp = FileStamp(path: path), stamp.size == count else { return false }
        guard count > 0 else { return true }
        guard let existing = MappedFile(path: path), existing.bytes.count == count else { return false }
        var offset = 0, same = true
        spliced.forEachRun { run in
            same = memcmp(existing.bytes.baseAddress! + offset, run.baseAddress!, run.count) == 0
            offset += run.count
            return same
        }
        return same
    }
}
