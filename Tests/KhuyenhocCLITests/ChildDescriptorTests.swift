import Foundation
import TestProcesses
import Testing

/// The process tests' children keep no descriptor of the test process beyond 0, 1 and 2: one
/// left open (a pipe another test just made) would hold that test's read until the child ends.
@Suite struct ChildDescriptorTests {
    @Test func aChildGetsNoneOfTheParentsOtherDescriptors() throws {
        var ends: [Int32] = [-1, -1]
        #expect(pipe(&ends) == 0)  // deliberately not close-on-exec
        defer { close(ends[0]); close(ends[1]) }
        let pipeEnds = Set(ends.compactMap { try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\($0)") })
        #expect(pipeEnds.count == 1 && pipeEnds.first?.hasPrefix("pipe:") == true)
        let child = try ChildProcess(["sleep", "5"], quiet: true)
        defer { child.kill(); child.reap() }
        // What the child holds, by what it refers to: the dynamic loader may hold a library open
        // for a moment while `sleep` starts, but never the parent's pipe.
        let held = try FileManager.default.contentsOfDirectory(atPath: "/proc/\(child.pid)/fd").compactMap {
            try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(child.pid)/fd/\($0)")
        }
        #expect(held.allSatisfy { !pipeEnds.contains($0) }, "\(held)")
    }
}
