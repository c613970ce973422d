import KhuyenHocSchedule

/// Announces nothing: the scheduler benchmark measures re-arming.
struct SilentAnnouncer: ReminderAnnouncer {
    func announce(_ reminder: AnnouncedReminder) async {}
}
