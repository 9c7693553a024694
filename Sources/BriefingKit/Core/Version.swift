import CCmark
import Foundation
import Yams
import Mustache
/// Part of every ingest cache key: bump it whenever ingest changes what it makes of a page.
public enum BriefingVersion { public static let string = "0.2.0" }

/// This build of the tool, for what the cache keys cannot tell apart:
/// the running executable's size, modification time and inode.
enum BuildIdentity {
    static let executable: String = {
        let path = Bundle.main.executablePath ?? CommandLine.arguments[0]
        guard let stamp = FileStamp(path: path) else { return "unknown" }
        return "\(stamp.size)-\(stamp.modifiedNanoseconds)-\(stamp.inode)"
    }()
}
