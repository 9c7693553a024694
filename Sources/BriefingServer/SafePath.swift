import Foundation

/// Maps a request path to a file inside the site folder, or refuses it:
/// "..", encoded or not, and symbolic links that lead outside never reach
/// the disk. A folder means its index.html.
enum SafePath {
    static func file(for requestPath: String, in root: URL) -> URL? {
        let path = requestPath.split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
        guard let decoded = path.removingPercentEncoding, !decoded.contains("\0") else { return nil }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix("~") }) else { return nil }
        var file = parts.reduce(root) { $0.appendingPathComponent(String($1)) }
        var isDirectory: ObjCBool = false
        if parts.isEmpty || (FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory) && isDirectory.boolValue) {
            file = file.appendingPathComponent("index.html")
        }
        let resolved = file.standardizedFileURL.resolvingSymlinksInPath()
        guard resolved.path.hasPrefix(root.path + "/") else { return nil }
        return resolved
    }
}

/// Content types of the files a Briefing site holds.
enum ContentType {
    static func of(_ file: URL) -> String {
        switch file.pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "xml": file.lastPathComponent == "sitemap.xml" ? "application/xml" : "application/atom+xml"
        case "svg": "image/svg+xml"
        case "md": "text/markdown; charset=utf-8"
        case "png": "image/png"
        default: "application/octet-stream"
        }
    }
}

/// The script added to every served page (never to the built files): it
/// asks which build is current and reloads the page when it changes.
enum LiveReload {
    static let script = """
        <script>(function(){var seen=null;function check(){fetch("/__briefing/version",{cache:"no-store"})\
        .then(function(r){return r.text()}).then(function(v){if(seen!==null&&v!==seen){location.reload()}seen=v})\
        .catch(function(){}).finally(function(){setTimeout(check,1000)})}check()})();</script>
        """

    static func inject(into page: Data) -> Data {
        var html = String(decoding: page, as: UTF8.self)
        if let end = html.range(of: "</body>", options: .backwards) {
            html.insert(contentsOf: script, at: end.lowerBound)
        } else {
            html += script
        }
        return Data(html.utf8)
    }
}

/// What every page shows while the last build has failed.
enum ErrorPage {
    static func html(error: String) -> Data {
        let escaped = error.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        return LiveReload.inject(into: Data("""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Build failed · Briefing</title>
            <style>body{font:1rem/1.5 system-ui,sans-serif;max-width:48rem;margin:3rem auto;padding:0 1rem}
            pre{white-space:pre-wrap;background:#fde2e2;color:#6a1010;padding:1rem;border-radius:8px}</style></head>
            <body><h1>The last build failed</h1><pre>\(escaped)</pre>
            <p>The site in the output folder is the last good one. Fix the file named above and save: this page reloads when the build succeeds.</p></body></html>
            """.utf8))
    }
}
