import KhuyenHocAPI
import KhuyenHocStore

extension KhuyenHocAPI.ReminderKind {
    /// The interface's name for a stored reminder's kind.
    init(_ kind: KhuyenHocStore.ReminderKind) {
        switch kind {
        case .lead: self = .lead
        case .overdue: self = .overdue
        }
    }
}
