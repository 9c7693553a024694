import Foundation

/// Staging: the first half of a publish, which writes what changed
/// beside the output folder before the output is touched.
extension SiteWriter {
    struct PublishFailure: Error { let text: String }

    /// Where a file that stays as it was is found.
    enum Unchanged {
        /// Hard-linked into the staging folder from the previous site, if any.
        case linkedFrom(String?)
        /// Left where it is in the published site, whose files are listed.
        case leftIn(String, PublishedTree)
    }

    /// Writes every new or changed file of `site` into a fresh staging
    /// folder, on every core, and says which were written; a file kept by
    /// render, or with the same bytes as before, is left to `unchanged`.
    /// Paths are joined as text: Foundation's URL operations cost more than
    /// the links themselves when ten thousand pages are kept. On failure the
    /// staging folder is removed and the error names the file.
    static func stage(_ site: SiteFiles, paths: [String], folders: Set<String>, staging: String,
                      unchanged: Unchanged, shownAs out: String) throws -> [Bool] {
        let fm = FileManager.default
        do {
            try? fm.removeItem(atPath: staging)
            try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
            for folder in folders.sorted() { try fm.createDirectory(atPath: staging + "/" + folder, withIntermediateDirectories: true) }
            let files = site.files
            let root = staging + "/"
            let results = Parallel.map(paths) { path -> Result<Bool, PublishFailure> in
                let target = root + path
                func leftAsItWas() -> Bool {
                    switch unchanged {
                    case let .linkedFrom(previous): previous.map { link($0 + path, target) == 0 } ?? false
                    case let .leftIn(_, tree): tree.files.contains(path)
                    }
                }
                if site.kept.contains(path) {
                    guard leftAsItWas() else {
                        return .failure(PublishFailure(text: "\(path) of the last build is gone; build again with --no-cache"))
                    }
                    return .success(false)
                }
                let data = files[path]!
                let previous: String? = switch unchanged {
                case let .linkedFrom(previous): previous
                case let .leftIn(published, _): published
                }
                if let previous, sameBytes(previous + path, data), leftAsItWas() { return .success(false) }
                do throws(PlainFileWrite.Failure) { try PlainFileWrite.write(data, to: target); return .success(true) }
                catch { return .failure(PublishFailure(text: "\(path): \(error.reason)")) }
            }
            for case let .failure(failure) in results {
                throw BriefingError.output(path: out, message: "writing the new site failed (\(failure.text))")
            }
            return results.map { (try? $0.get()) == true }
        } catch let error as BriefingError {
            try? fm.removeItem(atPath: staging)
            throw error
        } catch {
            try? fm.removeItem(atPath: staging)
            throw BriefingError.output(path: out, message: "writing the new site failed (\(error.localizedDescription))")
        }
    }

    /// Whether the file at `path` holds exactly `data`.
    private static func sameBytes(_ path: String, _ data: Data) -> Bool {
        guard let stamp = FileStamp(path: path), stamp.size == data.count,
              let existing = FileManager.default.contents(atPath: path) else { return false }
        return existing == data
    }
}
