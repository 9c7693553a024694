import CCmark
import Yams
import Mustache
public enum BriefingVersion { public static let string = "0.1.0" }
