import Foundation

/// The whole site as path → bytes, made by render and written by publish.
/// When render hands its pages to a `SiteStaging` as it makes them, only
/// their paths are kept here (`staged`), not their bytes.
public struct SiteFiles: Sendable {
    public private(set) var files: [String: Data] = [:]
    /// Files already in the staging folder (true), or found unchanged in
    /// the published site (false).
    public private(set) var staged: [String: Bool] = [:]
    /// Pages the last build published just as they would be made now:
    /// publish keeps those files as they are.
    public private(set) var kept: Set<String> = []
    /// What each page was made from (see `PageFingerprint`), for the next build.
    public private(set) var fingerprints: [String: String] = [:]

    /// `paths` as made by `seal`; any change forgets them.
    private var sealedPaths: [String]?

    public init() {}

    public mutating func add(_ path: String, _ text: String) { add(path, data: Data(text.utf8)) }
    public mutating func add(_ path: String, data: Data) {
        files[path] = data
        sealedPaths = nil
    }
    mutating func add(_ path: String, _ text: String, fingerprint: String) {
        add(path, text)
        fingerprints[path] = fingerprint
    }
    mutating func addStaged(_ path: String, written: Bool, fingerprint: String?) {
        staged[path] = written
        if let fingerprint { fingerprints[path] = fingerprint }
        sealedPaths = nil
    }
    mutating func keep(_ path: String, fingerprint: String) {
        kept.insert(path)
        fingerprints[path] = fingerprint
        sealedPaths = nil
    }

    /// Paths in a stable order.
    public var paths: [String] { sealedPaths ?? Set(files.keys).union(kept).union(staged.keys).sorted() }

    /// Keeps the paths, listed and sorted once, for the sitemap, publish and
    /// the build's report to share (at 10,000 pages, each listing took about
    /// 15 ms on one core). `sorted` is every path once in order, which
    /// render knows already: listing and sorting them here took 10 ms more.
    mutating func seal(sorted: [String]) {
        assert(sorted == paths, "the paths sealed are not the site's")
        sealedPaths = sorted
    }

    /// Room for `count` pages, made or kept, so that the tables grow once.
    mutating func reserve(pages count: Int) {
        fingerprints.reserveCapacity(count)
        kept.reserveCapacity(count)
    }
    /// The text of a file made by this build (nil for a kept page).
    public subscript(path: String) -> String? { files[path].flatMap { String(data: $0, encoding: .utf8) } }
}
