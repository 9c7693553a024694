import Foundation

/// Lists and reads the seed files of a folder, sorted by name so that the
/// same folder always gives the same order. Hidden files are skipped.
public enum SeedSource {
    public struct Listing: Sendable {
        public var seeds: [SeedFile]
        public var problems: [Diagnostic]
    }

    public static func read(folder: String) throws -> Listing {
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
        var listing = Listing(seeds: [], problems: [])
        let label = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            let shown = "\(label)/\(name)"
            var isDir: ObjCBool = false
            fm.fileExists(atPath: path, isDirectory: &isDir)
            if isDir.boolValue { continue }
            guard let data = fm.contents(atPath: path) else {
                listing.problems.append(Diagnostic(file: shown, message: "the file cannot be read",
                                                   advice: "Check its permissions (chmod a+r), or remove it from the seeds folder"))
                continue
            }
            listing.seeds.append(SeedFile(name: name, path: shown, bytes: data,
                                          folderName: URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent))
        }
        return listing
    }
}
