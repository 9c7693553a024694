import Foundation
@testable import BriefingKit

/// Paths of the repository and its test fixtures, found from this file.
enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Tests/BriefingKitTests/Fixtures")
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
    static func fixture(_ relative: String) -> String { fixtures.appendingPathComponent(relative).path }
}

/// A fresh temporary folder, removed by the caller with `cleanUp()`.
struct TempFolder {
    let url: URL
    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    var path: String { url.path }
    func cleanUp() { try? FileManager.default.removeItem(at: url) }
}

/// Ingests a fixture file and fails loudly if it was skipped.
func ingestFixture(_ name: String) throws -> Article {
    let data = try Data(contentsOf: Repo.fixtures.appendingPathComponent("ingest/\(name)"))
    switch Ingestor.ingest(SeedFile(name: name, path: "seeds/\(name)", bytes: data)) {
    case let .article(article, _): return article
    case let .skipped(diagnostic): throw diagnostic
    }
}

/// Every file below `folder`, relative path → bytes.
func readTree(_ folder: String) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let fm = FileManager.default
    for case let name as String in fm.enumerator(atPath: folder)! {
        var isDir: ObjCBool = false
        let full = (folder as NSString).appendingPathComponent(name)
        if fm.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue {
            result[name] = try Data(contentsOf: URL(fileURLWithPath: full))
        }
    }
    return result
}
