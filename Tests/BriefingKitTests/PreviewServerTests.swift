import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import BriefingKit
@testable import BriefingServer

/// `briefing serve`, on 127.0.0.1 only, with bounded requests.
@Suite(.serialized) struct PreviewServerTests {
    @Test func pathsThatLeaveTheSiteAreRefused() throws {
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let root = URL(fileURLWithPath: tmp.path + "/site")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("threads"), withIntermediateDirectories: true)
        try "x".write(to: root.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        try "secret".write(toFile: tmp.path + "/secret.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: root.path + "/link.txt", withDestinationPath: tmp.path + "/secret.txt")
        let site = root.resolvingSymlinksInPath()
        #expect(SafePath.file(for: "/", in: site)?.lastPathComponent == "index.html")
        #expect(SafePath.file(for: "/threads/", in: site)?.path == site.path + "/threads/index.html")
        for bad in ["/../secret.txt", "/%2e%2e/secret.txt", "/threads/../../secret.txt", "/link.txt", "/%00", "/~root"] {
            #expect(SafePath.file(for: bad, in: site) == nil, "\(bad) must be refused")
        }
    }

    @Test func servesPagesWithReloadAndShowsABuildError() async throws {
        let p = try IncrementalBuildTests.Project(); defer { p.tmp.cleanUp() }
        let options = BuildOptions(seeds: p.seeds, out: p.tmp.path + "/site", config: p.config, templates: p.templates)
        let server = try PreviewServer(options: options, port: 0)
        let task = Task { try await server.run(log: MemoryLog(), interval: 0.05) }
        defer { task.cancel() }
        let (host, port) = try await server.address()
        #expect(host == "127.0.0.1")
        let base = "http://127.0.0.1:\(port)"
        func get(_ path: String) async throws -> (Int, String) {
            var request = URLRequest(url: URL(string: base + path)!)
            request.timeoutInterval = 5
            let (data, response) = try await URLSession.shared.data(for: request)
            return ((response as! HTTPURLResponse).statusCode, String(decoding: data, as: UTF8.self))
        }
        // The first build may still be running: wait for the front page.
        var front = (0, "")
        for _ in 0..<100 where front.0 != 200 {
            front = try await get("/")
            if front.0 != 200 { try await Task.sleep(for: .milliseconds(50)) }
        }
        #expect(front.0 == 200 && front.1.contains("Fixture Briefing") && front.1.contains("/__briefing/version"))
        let built = try String(contentsOfFile: p.tmp.path + "/site/index.html", encoding: .utf8)
        #expect(!built.contains("__briefing"), "the reload script is never written into the site")
        #expect(try await get("/%2e%2e/briefing.yml").0 == 403)
        #expect(try await get("/no-such-page.html").0 == 404)

        // A broken config: pages show the error, not the stale site.
        let version = try await get("/__briefing/version").1
        try "title: [broken\n".write(toFile: p.config, atomically: true, encoding: .utf8)
        var errorPage = (0, "")
        for _ in 0..<100 where errorPage.0 != 500 {
            try await Task.sleep(for: .milliseconds(50))
            errorPage = try await get("/")
        }
        #expect(errorPage.0 == 500 && errorPage.1.contains("The last build failed") && errorPage.1.contains("briefing.yml"))
        #expect(try await get("/__briefing/version").1 != version, "the open page learns a build happened")
        await server.stop()
    }
}
