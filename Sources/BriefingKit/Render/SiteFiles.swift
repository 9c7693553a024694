import Foundation

/// The whole site as path → bytes, made by render and written by publish.
public struct SiteFiles: Sendable {
    public private(set) var files: [String: Data] = [:]

    public init() {}

    public mutating func add(_ path: String, _ text: String) { files[path] = Data(text.utf8) }
    public mutating func add(_ path: String, data: Data) { files[path] = data }

    /// Paths in a stable order.
    public var paths: [String] { files.keys.sorted() }
    public subscript(path: String) -> String? { files[path].flatMap { String(data: $0, encoding: .utf8) } }
}
