import Foundation

/// Writes a new file with `open`, `write` and `close`. Foundation's
/// `Data.write(to:)` calls `fsync` on every file on Linux, which made
/// publishing 10,000 fresh pages take 3 s instead of a fraction of one.
/// Like Hugo and Zola, the site is not synced file by file: a failed build
/// still never shows, since nothing reaches the output folder until every
/// changed file is written (see `SiteWriter`).
enum PlainFileWrite {
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let code: Int32
        var reason: String { String(cString: strerror(code)) }
        var description: String { "\(path): \(reason)" }
    }

    static func write(_ data: Data, to path: String) throws(Failure) {
        var failure: Failure?
        data.withUnsafeBytes { buffer in
            do throws(Failure) { try write(buffer, to: path) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    static func write(_ buffer: UnsafeRawBufferPointer, to path: String) throws(Failure) {
        try writing(to: path) { descriptor in writeAll(descriptor, buffer) }
    }

    /// Replaces the file at `path` with `bytes` all at once: written beside
    /// it, then renamed over it, so a reader never sees it half-written; not
    /// synced (`Data.write(options: .atomic)` synced each cache file, some
    /// milliseconds of waiting at every build). For the build cache, whose
    /// files are checked when read and made again when they do not pass.
    @discardableResult
    static func replace(_ bytes: [UInt8], at path: String) -> Bool {
        let temporary = path + ".writing-\(getpid())"
        var failed = false
        bytes.withUnsafeBytes { buffer in
            do throws(Failure) { try write(buffer, to: temporary) } catch { failed = true }
        }
        guard !failed, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// The runs of `spliced` one after another, each straight from where
    /// it lies, a thousand runs to a `writev`: a call per run was twenty
    /// thousand calls for the export.
    static func write(_ spliced: SplicedBytes, to path: String) throws(Failure) {
        try writing(to: path) { descriptor in
            var runs: [iovec] = []
            spliced.forEachRun { run in
                runs.append(iovec(iov_base: UnsafeMutableRawPointer(mutating: run.baseAddress), iov_len: run.count))
                return true
            }
            var next = 0
            while next < runs.count {
                let batch = min(runs.count - next, 1024)   // IOV_MAX on Linux
                let written = runs.withUnsafeBufferPointer { writev(descriptor, $0.baseAddress! + next, Int32(batch)) }
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                // Past the runs written whole; the rest of one written in part goes on its own.
                var left = written
                while left > 0 && left >= runs[next].iov_len { left -= runs[next].iov_len; next += 1 }
                if left > 0 {
                    let rest = UnsafeRawBufferPointer(start: runs[next].iov_base! + left, count: runs[next].iov_len - left)
                    let failure = writeAll(descriptor, rest)
                    if failure != 0 { return failure }
                    next += 1
                }
            }
            return 0
        }
    }

    /// Opens a new file at `path`, lets `body` write it (returning an errno, or 0), closes it.
    private static func writing(to path: String, _ body: (Int32) -> Int32) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, code: errno) }
        var failure = body(descriptor)
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        if failure != 0 { throw Failure(path: path, code: failure) }
    }

    /// All of `buffer`, however many calls it takes; an errno, or 0.
    private static func writeAll(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32 {
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }
}
