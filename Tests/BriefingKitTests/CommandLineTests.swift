import Foundation
import Testing

/// The `briefing` executable keeps CONTRACT.md's exit codes.
@Suite(.serialized) struct CommandLineTests {
    let binary = Repo.root.appendingPathComponent(".build/debug/briefing").path

    func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = Repo.root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    var common: [String] {
        ["--seeds", Repo.fixture("site/seeds"), "--config", Repo.fixture("site/briefing.yml"), "--templates", Repo.path("templates")]
    }

    @Test func exitCodes() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the executable first (swift build)")
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let out = tmp.path + "/site"

        let ok = try run(["build"] + common + ["--out", out, "--quiet"])
        #expect(ok.status == 0)
        #expect(ok.stdout.isEmpty, "--quiet prints nothing on stdout")
        #expect(ok.stderr.contains("e-not-utf8.txt: warning: the file is not valid UTF-8 text"))

        let strict = try run(["build"] + common + ["--out", out, "--strict", "--quiet"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("--strict"))

        let badConfig = tmp.path + "/bad.yml"
        try "title: T\nthreads:\n  - id: x\n    titel: X\n".write(toFile: badConfig, atomically: true, encoding: .utf8)
        let config = try run(["build", "--seeds", Repo.fixture("site/seeds"), "--config", badConfig, "--out", out])
        #expect(config.status == 2)
        #expect(config.stderr.contains("bad.yml:4: configuration error: unknown key `titel`"))

        let usage = try run(["build", "--no-such-flag"])
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("no-such-flag"))

        let check = try run(["check", "--seeds", Repo.fixture("site/seeds"), "--config", Repo.fixture("site/briefing.yml")])
        #expect(check.status == 0)
        #expect(check.stdout.contains("seeds/a-strike-begins.txt"))
        #expect(check.stdout.contains("thread:  yes harbour-strike"))
    }

    @Test func refusesToReplaceAFolderItDidNotBuild() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary))
        let tmp = TempFolder(); defer { tmp.cleanUp() }
        let precious = tmp.path + "/precious"
        try FileManager.default.createDirectory(atPath: precious, withIntermediateDirectories: true)
        try "keep me".write(toFile: precious + "/notes.txt", atomically: true, encoding: .utf8)
        let result = try run(["build"] + common + ["--out", precious, "--quiet"])
        #expect(result.status == 1)
        #expect(try String(contentsOfFile: precious + "/notes.txt", encoding: .utf8) == "keep me")
    }
}
