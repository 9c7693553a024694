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
        let mapped = FileBytes.opened(path) { descriptor, size -> UnsafeBufferPointer<UInt8>? in
            guard size > 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
            guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else { return nil }
            return UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size)
        }
        guard let mapped else { return nil }
        bytes = mapped
    }

    deinit {
        if let start = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: start), bytes.count) }
    }
}
