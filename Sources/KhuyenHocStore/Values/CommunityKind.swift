import GRDB

/// The kinds of residential community the Learning Community model evaluates (DOMAIN.md §2).
public enum CommunityKind: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    /// A rural village or hamlet: thôn, làng, xóm, bản, ấp.
    case village
    /// An urban residential block: tổ dân phố, khu phố.
    case urbanBlock
}
