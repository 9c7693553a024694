import CCmark
import Yams
import Mustache
/// Part of every ingest cache key: bump it whenever ingest changes what it makes of a page.
public enum BriefingVersion { public static let string = "0.2.0" }
