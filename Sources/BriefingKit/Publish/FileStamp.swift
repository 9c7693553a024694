import Foundation

/// What `stat` says of a published file. Publish links unchanged files
/// into the new site, so an untouched page keeps its stamp from build to
/// build; any write gives it a new one.
public struct FileStamp: Hashable, Codable, Sendable {
    let size: Int
    let modifiedNanoseconds: Int
    let inode: UInt64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        size = Int(info.st_size)
        modifiedNanoseconds = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        inode = UInt64(info.st_ino)
    }
}
