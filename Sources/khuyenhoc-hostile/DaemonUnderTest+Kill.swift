import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension DaemonUnderTest {
    /// SIGKILL, as a power cut or the OOM killer would: nothing of the daemon's runs after it.
    /// Returns false when it was no longer running (it died before the kill: a crash).
    @discardableResult
    func killHard() -> Bool {
        guard let pid, isRunning else { return false }
        kill(pid, SIGKILL)
        let deadline = ContinuousClock.now + .seconds(30)
        while isRunning, ContinuousClock.now < deadline { usleep(5_000) }
        return true
    }
}
