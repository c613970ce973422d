import Foundation
import TestProcesses
import Testing

/// The process tests' children keep no descriptor of the test process beyond 0, 1 and 2: one
/// left open (a pipe another test just made) would hold that test's read until the child ends.
@Suite struct ChildDescriptorTests {
    @Test func aChildGetsOnlyItsStandardDescriptors() throws {
        var ends: [Int32] = [-1, -1]
        #expect(pipe(&ends) == 0)  // deliberately not close-on-exec
        defer { close(ends[0]); close(ends[1]) }
        let child = try ChildProcess(["sleep", "5"], quiet: true)
        let open = try FileManager.default.contentsOfDirectory(atPath: "/proc/\(child.pid)/fd").sorted()
        child.kill()
        child.reap()
        #expect(open == ["0", "1", "2"])
    }
}
