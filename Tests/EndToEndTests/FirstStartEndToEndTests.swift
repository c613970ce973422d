import Foundation
import KhuyenHocAPI
import Testing
import Varlink

/// A first start with the sample district: a helper copy of the daemon writes the district, a
/// second one evaluates it after READY, with the daemon's own plugin and rubric folders, and the
/// daemon reaps both.
@Suite struct FirstStartEndToEndTests {
    /// Results of 2024 under this rubric version can only come from the rubric folder passed to the daemon.
    static let rubricVersion = "2023"

    @Test func helpersWriteAndEvaluateTheSampleAndAreReaped() async throws {
        let daemon = try DaemonProcess()
        try CitizenRubricFile.write(CitizenRubricFile.text { rubric in
            rubric["version"] = Self.rubricVersion
            rubric["appliesFrom"] = 2023
        }, as: "citizen-2023.json", in: daemon.rubricDirectory)
        try await daemon.start()
        let client = try await daemon.client()
        let registry = RegistryCalls(client: client)
        // The district is in place before the socket answers; its evaluation follows.
        let communes = try await RegistryEndToEndTests.list(client)
        #expect(communes.communes.count == RegistryEndToEndTests.vietnameseOrder.count)
        var results: [StoredResultInfo] = []
        let deadline = ContinuousClock.now + .seconds(60)
        while results.isEmpty, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(100))
            results = try await registry.call(
                "ListResults", ListResultsParameters(model: "citizen", subjectId: 1, year: 2024), as: ListResultsReply.self).results
        }
        #expect(results.map(\.rubricVersion) == [Self.rubricVersion])
        // The evaluation helper has exited once its results are there; give the daemon a moment to reap it.
        var children = Self.children(of: daemon.process.processIdentifier)
        while !children.isEmpty, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
            children = Self.children(of: daemon.process.processIdentifier)
        }
        #expect(children.isEmpty, "helpers not reaped: \(children)")
        await client.close()
        #expect(try await daemon.stop() == 0)
        let log = daemon.log()
        #expect(log.contains("registry created with the sample district") && log.contains("records=4978"), "\(log)")
        #expect(log.contains("sample district evaluated") && !log.contains("could not be"), "\(log)")
    }

    /// The daemon's child processes, zombies included, from every thread's `children` file.
    static func children(of pid: Int32) -> [String] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return tasks.flatMap { task in
            ((try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? "")
                .split(separator: " ").map(String.init)
        }
    }
}
