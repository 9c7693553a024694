import Foundation

/// A file's bytes mapped read-only into memory. The article cache's pack
/// (60 MB at 10,000 articles) was read into an array at every rebuild: the
/// kernel copied every page into fresh memory, which had to be zeroed
/// first, while ingest waited. Mapped, its pages are the file system
/// cache's own, touched only as entries are decoded.
///
/// The mapping stays valid when the file is replaced by a rename (the old
/// file lives on until unmapped) or grows; the cache only ever writes its
/// files those two ways.
final class MappedFile: @unchecked Sendable {   // read-only once made
    let bytes: UnsafeBufferPointer<UInt8>

    /// Nil when the file cannot be opened or mapped.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        let size = Int(info.st_size)
        guard size > 0 else {
            bytes = UnsafeBufferPointer(start: nil, count: 0)
            return
        }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else { return nil }
        bytes = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size)
    }

    deinit {
        if let start = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: start), bytes.count) }
    }
}
