import Glibc
import KhuyenHocThreads
import Foundation
import Testing

@Suite struct KhuyenHocThreadsTests {
    /// The kernel's name of the calling thread.
    static func threadName() -> String {
        var buffer = [CChar](repeating: 0, count: 32)
        let file = fopen("/proc/thread-self/comm", "r")
        defer { if let file { fclose(file) } }
        guard let file, fgets(&buffer, 32, file) != nil else { return "" }
        return String(decoding: buffer.prefix { $0 != 0 && $0 != 10 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    @Test func parallelLoopCallsEveryIndexOnceAndReturnsAfterTheLast() {
        for iterations in [0, 1, 2, 7, 1000] {
            let counts = Locked([Int](repeating: 0, count: iterations))
            ParallelLoop.perform(iterations: iterations) { index in
                counts.withLock { $0[index] += 1 }
            }
            #expect(counts.withLock { $0 } == [Int](repeating: 1, count: iterations), "\(iterations) iterations")
        }
    }

    @Test func dedicatedThreadRunsOnANamedThreadOfItsOwn() async {
        let (name, thread) = await DedicatedThread.run(name: "khuyenhoc-test") { (Self.threadName(), pthread_self()) }
        #expect(name == "khuyenhoc-test")
        #expect(pthread_equal(thread, pthread_self()) == 0)
    }

    @Test func workerThreadsRunEveryJobOnAtMostTheirCountOfThreads() async {
        let pool = WorkerThreads(name: "khuyenhoc-pool", count: 3)
        let running = Locked((now: 0, most: 0))
        let results = await withTaskGroup(of: (Int, String).self) { group in
            for job in 0..<40 {
                group.addTask {
                    await pool.run {
                        running.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
                        usleep(2_000)
                        running.withLock { $0.now -= 1 }
                        return (job, Self.threadName())
                    }
                }
            }
            return await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
        }
        #expect(results.count == 40)
        #expect(Set(results.values) == ["khuyenhoc-pool"])
        #expect(running.withLock { $0.most } <= 3)
        #expect(running.withLock { $0.most } >= 2, "jobs queued at once ran in parallel")
    }
}
