import Foundation

/// One input file as read from the seeds folder: its name and raw bytes.
public struct SeedFile: Hashable, Sendable {
    /// File name inside the seeds folder, e.g. `000_c50304e63c49f92b.txt`.
    public let name: String
    /// The path as the user sees it, e.g. `seeds/000_c50304e63c49f92b.txt`.
    public let path: String
    public let bytes: Data
    /// `<seeds folder name>/<file name>`, the same wherever the build runs:
    /// what the export and the pages show (CONTRACT.md: "seeds/<file name>").
    public let sitePath: String

    public init(name: String, path: String, bytes: Data, folderName: String = "seeds") {
        self.name = name
        self.path = path
        self.bytes = bytes
        self.sitePath = folderName + "/" + name
    }

    /// A stable id from the file name: the name without extension, made safe.
    public var id: String {
        let stem = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
        let folded = Diacritics.stripped(stem)
        let safe = folded.lowercased().unicodeScalars.map { s -> Character in
            (("a"..."z").contains(s) || ("0"..."9").contains(s) || s == "_" || s == "-") ? Character(s) : "-"
        }
        return String(safe)
    }
}
