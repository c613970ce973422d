import GRDB

/// The three kinds of commune-level unit (đơn vị hành chính cấp xã).
public enum CommuneKind: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    /// Rural commune (xã).
    case commune
    /// Urban ward (phường).
    case ward
    /// Township (thị trấn), such as Thị trấn Kim Bài.
    case town
}
