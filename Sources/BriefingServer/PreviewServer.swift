import BriefingKit
import FlyingFox
import Foundation

/// `briefing serve`: the built site on 127.0.0.1 (never another address),
/// rebuilt by a `Watcher` when seeds, config or templates change. Pages are
/// served with a small script that reloads them after each build; when the
/// last build failed, every page shows the error instead of a stale site.
/// Paths that would leave the output folder are refused.
public final class PreviewServer: Sendable {
    public let options: BuildOptions
    let server: HTTPServer
    let state = PreviewState()

    /// Port 0 picks a free port; `address()` tells which.
    public init(options: BuildOptions, port: UInt16) throws {
        self.options = options
        server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), logger: .disabled)
    }

    /// Builds, starts watching, and serves until the task is cancelled.
    public func run(log: BuildLog, interval: Double = 0.5) async throws {
        let state = self.state
        let watcher = Watcher(options: options, interval: interval)
        let thread = Thread {
            watcher.run(log: log, stop: { state.stopped }) { outcome in
                switch outcome {
                case .success: state.built(error: nil)
                case let .failure(error): state.built(error: "\(error)")
                }
            }
        }
        thread.start()
        defer { state.stop() }
        let root = URL(fileURLWithPath: options.out).standardizedFileURL.resolvingSymlinksInPath()
        await server.appendRoute("GET /__briefing/version") { _ in
            HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain", .cacheControl: "no-store"],
                         body: Data(String(state.version).utf8))
        }
        await server.appendRoute("GET *") { request in
            PreviewServer.respond(to: request.path, root: root, state: state)
        }
        try await server.run()
    }

    /// The address the server listens on, once it does.
    public func address() async throws -> (host: String, port: UInt16) {
        try await server.waitUntilListening()
        guard case let .ip4(host, port) = await server.listeningAddress else { throw URLError(.cannotConnectToHost) }
        return (host, port)
    }

    public func stop() async {
        state.stop()
        await server.stop()
    }

    static func respond(to requestPath: String, root: URL, state: PreviewState) -> HTTPResponse {
        guard let file = SafePath.file(for: requestPath, in: root) else {
            return HTTPResponse(statusCode: .forbidden, headers: [.contentType: "text/plain"],
                                body: Data("Refused: that path leaves the site folder.\n".utf8))
        }
        let isPage = file.pathExtension == "html"
        if isPage, let error = state.lastError {
            return page(ErrorPage.html(error: error), status: .internalServerError)
        }
        guard let data = try? Data(contentsOf: file) else {
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/plain"],
                                body: Data("Not in the site: \(requestPath)\n".utf8))
        }
        if isPage { return page(LiveReload.inject(into: data), status: .ok) }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: ContentType.of(file), .cacheControl: "no-store"], body: data)
    }

    private static func page(_ data: Data, status: HTTPStatusCode) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"], body: data)
    }
}

/// Build outcomes the server answers from; written by the watcher's thread.
final class PreviewState: @unchecked Sendable {
    private let lock = NSLock()
    private var builds = 0
    private var error: String?
    private var done = false

    var version: Int { lock.withLock { builds } }
    var lastError: String? { lock.withLock { error } }
    var stopped: Bool { lock.withLock { done } }
    func built(error: String?) { lock.withLock { builds += 1; self.error = error } }
    func stop() { lock.withLock { done = true } }
}
