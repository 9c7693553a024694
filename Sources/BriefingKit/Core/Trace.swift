import Dispatch
import Foundation

/// Wall time of the parts of a step, for whoever speeds the build up:
/// `BRIEFING_TRACE=1 briefing build …` prints `trace compose.timeline 212 ms`
/// lines to standard error, each with when it started (`at 340 ms`, from
/// the first part), to tell the parts that wait from those that overlap.
/// Off, it costs one branch per part.
enum Trace {
    static let enabled = ProcessInfo.processInfo.environment["BRIEFING_TRACE"] != nil
    private static let origin = DispatchTime.now().uptimeNanoseconds

    static func measure<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
        guard enabled else { return try body() }
        let origin = origin, started = DispatchTime.now().uptimeNanoseconds   // `origin` read first: the first read sets it
        defer {
            let ms = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
            let at = Double(started - origin) / 1e6
            FileHandle.standardError.write(Data(String(format: "trace %@ %.1f ms at %.0f ms\n", label, ms, at).utf8))
        }
        return try body()
    }

    /// A moment, such as the start of a step: `trace step compose at 310 ms`.
    static func mark(_ label: String) {
        guard enabled else { return }
        let origin = origin   // read first: the first read sets it
        let at = Double(DispatchTime.now().uptimeNanoseconds - origin) / 1e6
        FileHandle.standardError.write(Data(String(format: "trace %@ at %.0f ms\n", label, at).utf8))
    }
}
