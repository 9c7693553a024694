import Foundation

/// A whole file read straight into an array of bytes with `open`, `fstat`
/// and `read`, and bytes added at a file's end. `Data(contentsOf:)` followed
/// by `[UInt8](data)` filled and then copied each file, touching every page
/// twice. (The article cache's pack, the largest, is mapped: `MappedFile`.)
enum FileBytes {
    static func read(_ path: String) -> [UInt8]? {
        opened(path) { descriptor, size in read(descriptor, size: size) }
    }

    /// `body` with the file at `path` open for reading and its size; nil
    /// when it cannot be opened or its size read. The file is closed after.
    static func opened<T>(_ path: String, _ body: (Int32, Int) -> T?) -> T? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        return body(descriptor, Int(info.st_size))
    }

    private static func read(_ descriptor: Int32, size: Int) -> [UInt8]? {
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while count < size {
                let got = Glibc.read(descriptor, buffer.baseAddress! + count, size - count)
                if got < 0 && errno == EINTR { continue }
                if got <= 0 { failed = got < 0; break }  // 0: the file shrank while read
                count += got
            }
        }
        return failed ? nil : bytes
    }

    /// Adds `bytes` at the end of the file at `path`; false when it cannot be
    /// opened or does not end at `end` (a torn end, another build's writes),
    /// so that the caller writes it whole instead. The caches in
    /// `.briefing-cache/` are logs that grow this way.
    static func append(_ bytes: [UInt8], to path: String, endingAt end: Int) -> Bool {
        guard let handle = FileHandle(forWritingAtPath: path) else { return false }
        defer { try? handle.close() }
        do {
            guard try handle.seekToEnd() == UInt64(end) else { return false }
            try handle.write(contentsOf: bytes)
            return true
        } catch {
            return false
        }
    }
}
