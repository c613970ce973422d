import GRDB

/// A person's sex as the commune's population register records it (giới tính).
public enum Sex: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    case female
    case male
}
