import KhuyenHocAPI

extension DeadlineInput {
    /// The input that stores `info` again unchanged: `update` starts from it, since the daemon
    /// replaces every field.
    init(_ info: DeadlineInfo) {
        self.init(
            title: info.title, titleVi: info.titleVi, commune: info.commune?.code, model: info.model,
            dueDate: info.dueDate, dueAt: info.dueAt, rrule: info.rrule, leadTimes: info.leadTimes,
            reminderTime: info.reminderTime,
            // Stored "no repeats" is null; the input says it with 0 (null would mean the default).
            overdueInterval: info.overdueInterval ?? 0)
    }
}
