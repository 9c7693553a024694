import Dispatch
import Foundation

/// Wall time of the parts of a step, for whoever speeds the build up:
/// `BRIEFING_TRACE=1 briefing build …` prints `trace compose.timeline 212 ms`
/// lines to standard error. Off, it costs one branch per part.
enum Trace {
    static let enabled = ProcessInfo.processInfo.environment["BRIEFING_TRACE"] != nil

    static func measure<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
        guard enabled else { return try body() }
        let started = DispatchTime.now().uptimeNanoseconds
        defer {
            let ms = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
            FileHandle.standardError.write(Data(String(format: "trace %@ %.1f ms\n", label, ms).utf8))
        }
        return try body()
    }
}
