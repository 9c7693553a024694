import Foundation

/// Lists and reads the seed files of a folder, sorted by name so that the
/// same folder always gives the same order. Hidden files are skipped.
public enum SeedSource {
    public struct Listing: Sendable {
        public var seeds: [SeedFile]
        public var problems: [Diagnostic]
    }

    /// A seed file found in the folder, not yet read.
    public struct Listed: Sendable {
        public let name: String
        /// The path as the user sees it (`SeedFile.path`).
        public let path: String
        let file: String
        let folderName: String
        /// Nil when the file cannot be examined; reading it then says why.
        public let stamp: FileStamp?
    }

    public static func read(folder: String) throws -> Listing {
        var listing = Listing(seeds: [], problems: [])
        for listed in try list(folder: folder) {
            switch read(listed) {
            case let .success(seed): listing.seeds.append(seed)
            case let .failure(problem): listing.problems.append(problem)
            }
        }
        return listing
    }

    /// The files of the folder, in name order, with their stamps.
    public static func list(folder: String) throws -> [Listed] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BriefingError.input(path: folder, message: "no such folder; create it and put article files in it, or pass --seeds DIR")
        }
        let names: [String]
        do {
            names = try fm.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
        } catch {
            throw BriefingError.input(path: folder, message: "the folder cannot be listed (\(error.localizedDescription)); check its permissions")
        }
        let label = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let folderName = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        // Each file is examined within the open folder, on every core: ten
        // thousand `stat`s of whole paths on one core were a rebuild's first 20 ms.
        let directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if directory >= 0 { close(directory) } }
        guard directory >= 0 else {
            throw BriefingError.input(path: folder, message: "the folder cannot be opened; check its permissions")
        }
        return Parallel.map(names) { name -> Listed? in
            let stamp = FileStamp(directory: directory, name: name)
            if stamp == nil && FileStamp.isFolder(directory: directory, name: name) { return nil }
            return Listed(name: name, path: "\(label)/\(name)", file: prefix + name, folderName: folderName, stamp: stamp)
        }.compactMap { $0 }
    }

    public static func read(_ listed: Listed) -> Result<SeedFile, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: listed.file) else {
            return .failure(Diagnostic(file: listed.path, message: "the file cannot be read",
                                       advice: "Check its permissions (chmod a+r), or remove it from the seeds folder"))
        }
        return .success(SeedFile(name: listed.name, path: listed.path, bytes: data, folderName: listed.folderName))
    }
}
