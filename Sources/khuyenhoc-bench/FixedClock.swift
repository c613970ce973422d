import Foundation
import KhuyenHocSchedule

/// A clock that stands still: the service benchmark measures re-arming, not delivering.
struct FixedClock: SchedulerClock {
    let instant: Date
    func now() -> Date { instant }
    func sleep(until instant: Date?) async -> ClockWake { .woken }
    func wake() {}
}
