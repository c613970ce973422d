import CTimerFD
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The real clock on Linux: one `timerfd` on `CLOCK_REALTIME`, armed at the absolute instant of
/// the next due reminder with `TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET`, so that setting the
/// clock (or a resume from suspend that steps it) ends the wait with `ECANCELED`, and the
/// scheduler compares with the wall clock again. The wait (`poll` on the timer and on a pipe that
/// ``wake()`` writes to) runs on a thread of its own, which is blocked, not spinning, while
/// nothing is due. Call ``shutdown()`` when done: the thread holds the clock until then.
public final class TimerFDClock: SchedulerClock, @unchecked Sendable {
    // The fds are fixed after init; the request slot is guarded by `lock`.
    private let timer: Int32
    private let wakeRead: Int32
    private let wakeWrite: Int32
    private let lock = NSCondition()
    private var request: (instant: Date?, continuation: CheckedContinuation<ClockWake, Never>)?
    private var stopped = false
    private var thread: Thread?

    /// Creates the timer and its waiting thread; fails when the kernel refuses a timerfd.
    public init() throws {
        timer = khuyenhoc_timerfd_create()
        guard timer >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var fds: [Int32] = [0, 0]
        guard khuyenhoc_pipe(&fds) == 0 else {
            close(timer)
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        wakeRead = fds[0]
        wakeWrite = fds[1]
        // The thread holds the clock until `shutdown()`.
        let thread = Thread { self.serve() }
        self.thread = thread
        thread.start()
    }

    deinit {
        close(timer)
        close(wakeRead)
        close(wakeWrite)
    }

    /// Stops the waiting thread; a sleep in progress ends as woken. The clock is unusable afterwards.
    public func shutdown() {
        lock.lock()
        stopped = true
        lock.signal()
        lock.unlock()
        wake()
    }

    public func now() -> Date { Date() }

    public func sleep(until instant: Date?) async -> ClockWake {
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                lock.lock()
                if stopped {
                    lock.unlock()
                    continuation.resume(returning: .woken)
                    return
                }
                // One sleeper at a time (the service's loop); a newer sleep supersedes one not yet begun.
                request?.continuation.resume(returning: .woken)
                request = (instant, continuation)
                lock.signal()
                lock.unlock()
            }
        } onCancel: {
            wake()
        }
    }

    public func wake() {
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
    }

    private func serve() {
        // Foundation leaves the name set before `start()` off the system thread, which would
        // otherwise show under the name of the thread that started it (`ps -T`, `top -H`).
        _ = khuyenhoc_name_this_thread("khuyenhoc-timer")
        while true {
            lock.lock()
            while request == nil && !stopped { lock.wait() }
            if stopped, request == nil {
                lock.unlock()
                return
            }
            let (instant, continuation) = request!
            request = nil
            lock.unlock()
            continuation.resume(returning: wait(until: instant))
        }
    }

    /// Blocks until the timer fires, the clock changes or the pipe is written.
    private func wait(until instant: Date?) -> ClockWake {
        // With no instant, arm far ahead all the same: only an armed timer reports clock changes.
        let seconds = instant?.timeIntervalSince1970 ?? Date().timeIntervalSince1970 + 366 * 86_400
        let whole = seconds.rounded(.down)
        // A zero value would disarm the timer; an instant in the past fires at once.
        let wholeSeconds = max(0, Int64(whole))
        let nanoseconds = wholeSeconds == 0 ? 1 : Int(min(999_999_999, max(0, (seconds - whole) * 1_000_000_000)))
        guard khuyenhoc_timerfd_arm(timer, wholeSeconds, nanoseconds) == 0 else {
            // ECANCELED: the clock was set since the timer was last read.
            return .clockChanged
        }
        var fds = [pollfd(fd: timer, events: Int16(POLLIN), revents: 0), pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
        while true {
            let ready = poll(&fds, 2, -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return .woken
            }
            break
        }
        if fds[1].revents != 0 {
            var buffer = [UInt8](repeating: 0, count: 64)
            while read(wakeRead, &buffer, buffer.count) > 0 {}
            return .woken
        }
        var expirations: UInt64 = 0
        if read(timer, &expirations, 8) < 0, errno == ECANCELED { return .clockChanged }
        return .due
    }
}
