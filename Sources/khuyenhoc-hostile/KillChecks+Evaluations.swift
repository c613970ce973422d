import Foundation
import struct KhuyenHocSample.SplitMix64
import struct KhuyenHocSample.SampleDistrict

extension KillChecks {
    /// The sample district's roll-up (`EvaluateArea`, which stores results a chunk per transaction)
    /// with a burst of stateless `Evaluate` calls beside it, killed at a random moment, each kill on
    /// a fresh copy of one registry: after the restart nothing but results changed, and the roll-up
    /// run again to its end leaves exactly the results, and reports the totals, of an uninterrupted
    /// run on another copy.
    func evaluations(_ result: inout GroupResult) throws {
        var generator = generator(2)
        let template = try sampleWithoutResults()
        let year = SampleDistrict.defaultYear

        // With the same burst beside it as the killed runs: the kills then spread over the whole
        // roll-up, its answer and the checkpoint after it.
        let reference = try copy(of: template, "kill-evaluate-reference")
        try reference.start()
        let referenceSocket = reference.socket
        let referenceBurst = BackgroundWork { Self.evaluateUntilClosed(socket: referenceSocket) }
        let started = ContinuousClock.now
        let referenceReply = try rollUp(reference, year: year)
        let duration = ContinuousClock.now - started
        let referenceTotals = Self.totals(referenceReply)
        let referenceResults = try Self.results(reference)
        result.rssBefore = reference.residentBytes()
        reference.stop()
        _ = referenceBurst.wait()
        let citizens = referenceTotals["citizen"].map { "\($0.subjects) citizens" } ?? "no citizens"
        result.notes.append("roll-up of the sample district (\(citizens), \(referenceResults.count) results): \(Self.seconds(duration)) s uninterrupted, with Evaluate calls beside it")

        var killedWithPartialResults = 0, evaluations = 0, answeredBeforeTheKill = 0
        for kill in 1...options.count(20, minimum: 3) {
            result.tried += 1
            let daemon = try copy(of: template, "kill-evaluate")
            try daemon.start()
            let before = try Self.registry(daemon)
            let socket = daemon.socket
            let area = BackgroundWork { () -> UnixConnection.Reply in
                guard let connection = try? UnixConnection(path: socket) else { return .none(.closed) }
                return connection.call("vn.khuyenhoc.Evaluation.EvaluateArea", ["year": year], timeout: .seconds(600))
            }
            let burst = BackgroundWork { Self.evaluateUntilClosed(socket: socket) }
            Self.sleep(Self.delay(upTo: duration * 1.15, &generator))
            guard Self.kill(daemon, &result, "kill \(kill)") else { continue }
            let finished = area.wait().value != nil
            let (evaluated, refused) = burst.wait()
            evaluations += evaluated
            if let error = refused.first { result.fail("kill \(kill): Evaluate refused \(refused.count) calls, e.g. \(error)") }
            let after = try Self.restarted(daemon, &result, "kill \(kill)")
            // Only results (and their digests) may have been added; nothing else changes.
            var changed = Self.difference(from: before, to: after)
            let partial = changed.removeValue(forKey: "results") ?? 0
            changed["result_inputs"] = nil
            if !changed.isEmpty {
                result.dataLost += 1
                result.fail("kill \(kill): tables other than results changed: \(changed)")
            }
            if finished, partial != referenceResults.count {
                result.dataLost += 1
                result.fail("kill \(kill): EvaluateArea answered, but \(partial) of \(referenceResults.count) results are there after the restart")
            }
            if partial > 0, partial < referenceResults.count { killedWithPartialResults += 1 }
            if finished { answeredBeforeTheKill += 1 }
            let again = try rollUp(daemon, year: year)
            let totals = Self.totals(again)
            if totals != referenceTotals {
                result.fail("kill \(kill) (\(evaluated) Evaluate calls answered, \(partial) results kept): the roll-up after the restart reports \(totals), the uninterrupted one \(referenceTotals)")
            }
            let results = try Self.results(daemon)
            if results != referenceResults {
                result.dataLost += 1
                result.fail("kill \(kill): after the restart and a new roll-up the results differ from the uninterrupted run's (\(results.count) rows against \(referenceResults.count))")
            }
            result.rssAfter = daemon.residentBytes()
            if !daemon.stop() { result.fail("kill \(kill): did not stop cleanly after the new roll-up: \(daemon.ending)") }
        }
        result.notes.append("\(killedWithPartialResults) kills left some of the results committed, \(answeredBeforeTheKill) came after EvaluateArea answered; \(evaluations) Evaluate calls answered before the kills")
    }

    /// The sample district as its first start leaves it, with its results removed, so that a
    /// roll-up has every subject to evaluate.
    private func sampleWithoutResults() throws -> DaemonUnderTest {
        let daemon = try daemon("kill-evaluate-template")
        try daemon.start()
        let deadline = ContinuousClock.now + .seconds(120)
        while !daemon.log().contains("sample district evaluated"), ContinuousClock.now < deadline {
            guard daemon.isRunning else { throw HostileError.failed("the sample daemon died: \(daemon.log().suffix(400))") }
            usleep(50_000)
        }
        guard daemon.stop() else { throw HostileError.failed("the sample daemon did not stop cleanly: \(daemon.ending)") }
        let database = daemon.stateDirectory + "/registry.sqlite"
        let emptied = try Command.run("sqlite3", [database, "DELETE FROM result_inputs; DELETE FROM results; PRAGMA wal_checkpoint(TRUNCATE);"])
        guard emptied.status == 0 else { throw HostileError.failed("sqlite3 could not empty the results: \(emptied.error)") }
        return daemon
    }

    /// A daemon on a copy of `template`'s state folder, not started.
    private func copy(of template: DaemonUnderTest, _ name: String) throws -> DaemonUnderTest {
        let daemon = try daemon(name)
        try FileManager.default.copyItem(atPath: template.stateDirectory, toPath: daemon.stateDirectory)
        return daemon
    }

    private func rollUp(_ daemon: DaemonUnderTest, year: Int) throws -> [String: Any] {
        let connection = try UnixConnection(path: daemon.socket)
        let reply = connection.call("vn.khuyenhoc.Evaluation.EvaluateArea", ["year": year], timeout: .seconds(600))
        guard let value = reply.value else { throw HostileError.failed("EvaluateArea: \(reply.summary)") }
        return value
    }

    /// Per model: subjects, evaluated or unchanged, recognised, skipped, failed.
    struct Totals: Equatable, CustomStringConvertible {
        var subjects = 0, covered = 0, recognized = 0, skipped = 0, failed = 0
        var description: String { "\(subjects)/\(covered)/\(recognized)/\(skipped)/\(failed)" }
    }

    static func totals(_ reply: [String: Any]) -> [String: Totals] {
        var totals: [String: Totals] = [:]
        for count in reply["counts"] as? [[String: Any]] ?? [] {
            guard let model = count["model"] as? String else { continue }
            func number(_ key: String) -> Int { count[key] as? Int ?? 0 }
            totals[model] = Totals(subjects: number("subjects"), covered: number("evaluated") + number("unchanged"),
                                   recognized: number("recognized"), skipped: number("skipped"), failed: number("failed"))
        }
        return totals
    }

    /// Every stored result, without its row id and instant.
    static func results(_ daemon: DaemonUnderTest) throws -> [Substring] {
        try RegistrySnapshot.sqlite(
            daemon.stateDirectory + "/registry.sqlite",
            "SELECT model, subject_id, year, rubric_version, recognized, total, grade, result FROM results ORDER BY model, subject_id, year, id;"
        ).split(separator: "\n")
    }

    /// Stateless evaluations, one after another, until the daemon goes: how many were answered,
    /// and the errors that came instead of an answer.
    static func evaluateUntilClosed(socket: String) -> (answered: Int, errors: [String]) {
        guard let connection = try? UnixConnection(path: socket) else { return (0, []) }
        var answered = 0
        var errors: [String] = []
        while answered + errors.count < 100_000 {
            let facts: [String: Any] = ["targetGroup": "farmers", "scores": ["sl1": answered % 5]]
            switch connection.call("vn.khuyenhoc.Evaluation.Evaluate", ["model": "citizen", "facts": facts, "partial": true], timeout: .seconds(60)) {
            case .value: answered += 1
            case .error(let name): errors.append(name)
            case .none: return (answered, errors)
            }
        }
        return (answered, errors)
    }
}
