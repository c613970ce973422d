import Foundation
import struct KhuyenHocSample.SplitMix64

/// One client of "SIGKILL during writes": a seeded random mix of data-changing calls, sent one
/// after another as fast as they are answered until the daemon goes. What each answered write
/// left is kept as a probe (a read over the socket) and the value it must read back; the call
/// without an answer is kept apart, since it may be wholly there or wholly absent.
final class WriteMix: @unchecked Sendable {
    /// A read that gives one record's values as a line, or nil when the record is absent.
    enum Probe: Hashable {
        case commune(String), community(Int), household(Int), person(Int), evidence(Int)
        case phase(String), phaseDeadline(String), plan(String), deadline(Int)
        /// An unanswered create, found by its unique name: nil, or the values it was sent with.
        case named(method: String, name: String)
    }

    static let phases = ["notStarted", "studyingCriteria", "pilot", "pilotReview", "massRollout"]

    private let client: Int
    private var generator: SplitMix64
    private var serial = 0
    private var communes: [String] = []
    private var communityIDs: [Int] = []
    private var households: [Int] = []
    private var people: [Int: Int?] = [:]
    private var phaseIndex: [String: Int] = [:]
    private var deadlineIDs: [Int] = []
    /// What each answered write must read back after a restart (nil: must be absent).
    private(set) var expected: [Probe: String?] = [:]
    /// Probes written since the last check.
    private var dirty: Set<Probe> = []
    /// The call that was sent and got no answer: its probe and the value it would leave.
    private var pending: (probe: Probe, value: String?)?
    private(set) var answered: [String: Int] = [:]
    private(set) var refused: [String: Int] = [:]
    /// Unanswered writes found done after the restart, and found not done.
    private(set) var unanswered = (done: 0, undone: 0)

    init(client: Int, generator: SplitMix64) {
        self.client = client
        self.generator = generator
    }

    /// Writes until the connection closes (the kill) or `limit` calls were sent.
    func run(socket: String, limit: Int = 100_000) {
        guard let connection = try? UnixConnection(path: socket) else { return }
        var sent = 0
        while sent < limit, step(connection) { sent += 1 }
        connection.close()
    }

    private func name(_ what: String) -> String {
        serial += 1
        return "Kill\(client) \(what) \(serial)"
    }

    /// One write; false when the daemon gave no answer.
    private func step(_ connection: UnixConnection) -> Bool {
        let roll = Int.random(in: 0..<100, using: &generator)
        let live = communes.filter { phaseIndex[$0] != -1 }
        if live.count < 2 || roll < 6 { return addCommune(connection) }
        let commune = live.randomElement(using: &generator)!
        switch roll {
        case ..<12:
            let name = name("xã")
            return write(connection, "vn.khuyenhoc.Registry.UpdateCommune", ["code": commune, "name": name], .commune(commune), "\(name)|-") { _ in }
        case ..<20:
            let name = name("thôn")
            return write(connection, "vn.khuyenhoc.Registry.AddCommunity", ["communeCode": commune, "name": name],
                         .named(method: "Community", name: name), "\(name)|\(commune)") { reply in
                guard let id = (reply["community"] as? [String: Any])?["id"] as? Int else { return }
                self.communityIDs.append(id)
                self.remember(.community(id), "\(name)|\(commune)")
            }
        case ..<30 where !communityIDs.isEmpty:
            let name = name("hộ")
            let members: [[String: Any]] = [["name": name + " a", "birthYear": 1970], ["name": name + " b", "birthYear": 2012]]
            return write(connection, "vn.khuyenhoc.Registry.AddHousehold",
                         ["communityID": communityIDs.randomElement(using: &generator)!, "name": name, "members": members],
                         .named(method: "Household", name: name), "\(name)|2") { reply in
                guard let household = reply["household"] as? [String: Any], let id = household["id"] as? Int else { return }
                self.households.append(id)
                self.remember(.household(id), name)
                for member in household["members"] as? [[String: Any]] ?? [] {
                    guard let person = member["id"] as? Int, let memberName = member["name"] as? String else { continue }
                    self.people[person] = id
                    self.remember(.person(person), "\(memberName)|\(member["birthYear"] as? Int ?? 0)|\(id)")
                }
            }
        case ..<40 where !households.isEmpty:
            let name = name("người"), year = Int.random(in: 1940...2020, using: &generator)
            let household = households.randomElement(using: &generator)!
            return write(connection, "vn.khuyenhoc.Registry.AddPerson", ["householdID": household, "name": name, "birthYear": year],
                         .named(method: "Person", name: name), "\(name)|\(year)|\(household)") { reply in
                guard let id = (reply["person"] as? [String: Any])?["id"] as? Int else { return }
                self.people[id] = household
                self.remember(.person(id), "\(name)|\(year)|\(household)")
            }
        case ..<50 where !people.isEmpty:
            let (id, household) = people.randomElement(using: &generator)!
            let name = name("người"), year = Int.random(in: 1940...2020, using: &generator)
            var parameters: [String: Any] = ["id": id, "name": name, "birthYear": year]
            if let household { parameters["householdID"] = household }
            return write(connection, "vn.khuyenhoc.Registry.UpdatePerson", parameters, .person(id), "\(name)|\(year)|\(household.map(String.init) ?? "-")") { _ in }
        case ..<58 where !households.isEmpty:
            let household = households.randomElement(using: &generator)!, time = Int.random(in: 0...8, using: &generator)
            let facts: [String: Any] = ["indicators": [
                "registered": true, "learningResources": 8, "learningTime": time, "livelihood": 12, "notPoor": true, "culturalFamily": true,
            ]]
            return write(connection, "vn.khuyenhoc.Registry.PutEvidence", ["model": "family", "subjectId": household, "year": 2025, "facts": facts],
                         .evidence(household), "\(time)") { _ in }
        case ..<66:
            let next = (phaseIndex[commune] ?? 0) + 1
            guard next < Self.phases.count else { return addDeadline(connection) }
            return write(connection, "vn.khuyenhoc.Rollout.SetPhase", ["commune": commune, "model": "citizen", "phase": Self.phases[next]],
                         .phase(commune), Self.phases[next]) { _ in self.phaseIndex[commune] = next }
        case ..<71:
            let due = Self.day(Int.random(in: 0...3000, using: &generator))
            return write(connection, "vn.khuyenhoc.Rollout.SetPhaseDeadline", ["commune": commune, "model": "citizen", "phase": "massRollout", "due": due],
                         .phaseDeadline(commune), due) { _ in }
        case ..<76:
            let first = Int.random(in: 0...3000, using: &generator), second = first + Int.random(in: 0...400, using: &generator)
            let plan = [["phase": "studyingCriteria", "due": Self.day(first)], ["phase": "pilot", "due": Self.day(second)]]
            return write(connection, "vn.khuyenhoc.Rollout.ApplyPlan", ["area": commune, "model": "family", "plan": plan, "overwrite": true],
                         .plan(commune), "studyingCriteria:\(Self.day(first)),pilot:\(Self.day(second))") { _ in }
        case ..<84: return addDeadline(connection)
        case ..<90 where !deadlineIDs.isEmpty:
            let id = deadlineIDs.randomElement(using: &generator)!, title = name("hạn")
            return write(connection, "vn.khuyenhoc.Reminders.UpdateDeadline", ["id": id, "deadline": ["title": title, "dueDate": "2031-06-01", "leadTimes": []]],
                         .deadline(id), title) { _ in }
        case ..<95 where !deadlineIDs.isEmpty:
            let id = deadlineIDs.randomElement(using: &generator)!
            // Ids are reused once the highest is removed: gone means this title is no longer there.
            let gone = "≠" + ((expected[.deadline(id)] ?? nil) ?? "")
            return write(connection, "vn.khuyenhoc.Reminders.RemoveDeadline", ["id": id], .deadline(id), gone) { _ in
                self.deadlineIDs.removeAll { $0 == id }
            }
        case ..<97:
            // Merged away from the first of January; read back as of a day before.
            let into = live.filter { $0 != commune }.randomElement(using: &generator)!
            return write(connection, "vn.khuyenhoc.Registry.RecordMerge", ["communes": [commune], "into": into, "on": "2026-01-01"],
                         .commune(commune), "\(currentName(commune))|\(into)") { _ in
                self.phaseIndex[commune] = -1
                for probe in [Probe.phase(commune), .phaseDeadline(commune), .plan(commune)] {
                    self.expected[probe] = nil
                    self.dirty.remove(probe)
                }
            }
        default: return addCommune(connection)
        }
    }

    private func addCommune(_ connection: UnixConnection) -> Bool {
        let code = String(format: "%d%04d", 6 + client, communes.count + 1), name = name("xã")
        return write(connection, "vn.khuyenhoc.Registry.AddCommune", ["code": code, "name": name], .commune(code), "\(name)|-") { _ in
            self.communes.append(code)
        }
    }

    private func addDeadline(_ connection: UnixConnection) -> Bool {
        let title = name("hạn")
        let deadline: [String: Any] = ["title": title, "dueDate": Self.day(Int.random(in: 400...3000, using: &generator)), "leadTimes": []]
        return write(connection, "vn.khuyenhoc.Reminders.AddDeadline", ["deadline": deadline], .named(method: "Deadline", name: title), title) { reply in
            guard let id = (reply["deadline"] as? [String: Any])?["id"] as? Int else { return }
            self.deadlineIDs.append(id)
            self.remember(.deadline(id), title)
        }
    }

    private func currentName(_ code: String) -> String {
        (expected[.commune(code)] ?? nil)?.split(separator: "|").first.map(String.init) ?? ""
    }

    /// Sends one write. Answered: `answered(reply)` runs and `probe` must read `value` from now
    /// on. A declared error: nothing expected. No answer: kept as the pending call.
    private func write(_ connection: UnixConnection, _ method: String, _ parameters: [String: Any], _ probe: Probe, _ value: String?,
                       _ answered: ([String: Any]) -> Void) -> Bool {
        let short = String(method.split(separator: ".").last ?? "")
        switch connection.call(method, parameters, timeout: .seconds(60)) {
        case .value(let reply):
            self.answered[short, default: 0] += 1
            if case .named = probe {} else { remember(probe, value) }
            answered(reply)
            return true
        case .error(let name):
            refused["\(short): \(name.split(separator: ".").last ?? "")", default: 0] += 1
            return true
        case .none:
            pending = (probe, value)
            return false
        }
    }

    private func remember(_ probe: Probe, _ value: String?) {
        expected[probe] = .some(value)
        dirty.insert(probe)
    }

    /// After a restart: every probe written since the last check reads back what its answered
    /// write left, and the unanswered call left all of its values or nothing. Returns the
    /// failures; `lost` counts answered writes missing or changed.
    func check(socket: String, lost: inout Int) throws -> (checked: Int, failures: [String]) {
        let connection = try UnixConnection(path: socket)
        defer { connection.close() }
        var failures: [String] = []
        let probes = dirty
        dirty = []
        // The unanswered write's records may hold either value: judged below, not here.
        let open = pending.map { [$0.probe] + related($0.probe) } ?? []
        for probe in probes where !open.contains(probe) {
            guard let want = expected[probe] else { continue }
            let got = try read(probe, connection)
            if !Self.matches(got, want) {
                lost += 1
                failures.append("client \(client): \(probe) reads \(got ?? "nothing"), the answered write left \(want ?? "nothing")")
            }
        }
        if let (probe, value) = pending {
            pending = nil
            let got = try read(probe, connection)
            let before = expected[probe] ?? nil
            if Self.matches(got, value), !Self.matches(got, before) { unanswered.done += 1 } else { unanswered.undone += 1 }
            if !Self.matches(got, value), !Self.matches(got, before) {
                failures.append("client \(client): the unanswered write to \(probe) left \(got ?? "nothing"), neither its values (\(value ?? "nothing")) nor what was there (\(before ?? "nothing"))")
            } else if case .named = probe {
            } else if expected[probe] != nil || got != nil {
                // Whichever it came to is what must stay from now on.
                adopt(probe, got, removed: value?.hasPrefix("≠") == true && Self.matches(got, value))
                expected[probe] = .some(got)
            }
        }
        return (probes.count, failures)
    }

    /// The probes an unanswered write to `probe` may also have changed: a merge ends the merged
    /// commune's rollout (its phase and plans are read no further).
    private func related(_ probe: Probe) -> [Probe] {
        guard case .commune(let code) = probe else { return [] }
        return [.phase(code), .phaseDeadline(code), .plan(code)]
    }

    /// A value read against one expected: "≠title" (a removed deadline) matches anything else.
    static func matches(_ got: String?, _ want: String?) -> Bool {
        guard let want, want.hasPrefix("≠") else { return got == want }
        return got != String(want.dropFirst())
    }

    /// Takes over what an unanswered write came to, so that later calls build on it.
    private func adopt(_ probe: Probe, _ got: String?, removed: Bool) {
        switch probe {
        case .deadline(let id) where removed: deadlineIDs.removeAll { $0 == id }
        case .commune(let code) where got != nil:
            if !communes.contains(code) { communes.append(code) }
            if got?.hasSuffix("|-") == false {
                phaseIndex[code] = -1
                for probe in related(probe) { expected[probe] = nil }
            }
        case .phase(let commune): phaseIndex[commune] = got.flatMap { Self.phases.firstIndex(of: $0) } ?? 0
        default: break
        }
    }

    /// The probe's record as a line, over the socket; nil when the daemon says it is not there.
    private func read(_ probe: Probe, _ connection: UnixConnection) throws -> String? {
        func get(_ method: String, _ parameters: [String: Any]) throws -> [String: Any]? {
            switch connection.call(method, parameters, timeout: .seconds(60)) {
            case .value(let reply): return reply
            case .error(let name) where name.hasSuffix("NotFound"): return nil
            case let other: throw HostileError.failed("\(method) \(parameters): \(other.summary)")
            }
        }
        func timeline(_ commune: String, _ model: String) throws -> [String: Any]? {
            (try get("vn.khuyenhoc.Rollout.GetTimeline", ["commune": commune, "model": model])?["models"] as? [[String: Any]])?.first
        }
        func planned(_ model: [String: Any]?) -> [String] {
            (model?["planned"] as? [[String: Any]] ?? []).map { "\($0["phase"] ?? ""):\($0["due"] ?? "")" }
        }
        switch probe {
        case .commune(let code):
            // A commune merged away is read as of a day before the merge; one merged into
            // begins on the day of the merge.
            let found = try get("vn.khuyenhoc.Registry.GetCommune", ["code": code]) ?? get("vn.khuyenhoc.Registry.GetCommune", ["code": code, "asOf": "2025-06-01"])
            guard let commune = found?["commune"] as? [String: Any] else { return nil }
            return "\(commune["name"] ?? "")|\((commune["mergedInto"] as? [String: Any])?["code"] ?? "-")"
        case .community(let id):
            guard let community = try get("vn.khuyenhoc.Registry.GetCommunity", ["id": id])?["community"] as? [String: Any] else { return nil }
            return "\(community["name"] ?? "")|\((community["commune"] as? [String: Any])?["code"] ?? "")"
        case .household(let id):
            return (try get("vn.khuyenhoc.Registry.GetHousehold", ["id": id])?["household"] as? [String: Any])?["name"] as? String
        case .person(let id):
            guard let person = try get("vn.khuyenhoc.Registry.GetPerson", ["id": id])?["person"] as? [String: Any] else { return nil }
            return "\(person["name"] ?? "")|\(person["birthYear"] ?? "")|\(person["householdID"].flatMap { $0 as? Int }.map(String.init) ?? "-")"
        case .evidence(let household):
            let evidence = try get("vn.khuyenhoc.Registry.GetEvidence", ["model": "family", "subjectId": household, "year": 2025])?["evidence"] as? [String: Any]
            return ((evidence?["facts"] as? [String: Any])?["indicators"] as? [String: Any])?["learningTime"].map { "\($0)" }
        case .phase(let commune):
            // Where every commune begins, as if no transition were stored.
            let phase = (try timeline(commune, "citizen")?["state"] as? [String: Any])?["phase"] as? String
            return phase == Self.phases[0] ? nil : phase
        case .phaseDeadline(let commune):
            return planned(try timeline(commune, "citizen")).first { $0.hasPrefix("massRollout:") }.map { String($0.dropFirst("massRollout:".count)) }
        case .plan(let commune):
            let days = planned(try timeline(commune, "family"))
            return days.isEmpty ? nil : days.joined(separator: ",")
        case .deadline(let id):
            return ((try get("vn.khuyenhoc.Reminders.GetDeadline", ["id": id])?["deadline"] as? [String: Any])?["title"] as? String)
        case .named(let method, let name):
            return try named(method, name, get)
        }
    }

    /// An unanswered create, looked up by its unique name: nil, or the values it was sent with.
    private func named(_ kind: String, _ name: String, _ get: (String, [String: Any]) throws -> [String: Any]?) throws -> String? {
        switch kind {
        case "Community":
            let found = (try get("vn.khuyenhoc.Registry.ListCommunities", ["query": name])?["communities"] as? [[String: Any]] ?? []).filter { $0["name"] as? String == name }
            guard let community = found.first else { return nil }
            return found.count > 1 ? "\(found.count) communities" : "\(name)|\((community["commune"] as? [String: Any])?["code"] ?? "")"
        case "Household":
            let found = (try get("vn.khuyenhoc.Registry.ListHouseholds", ["query": name])?["households"] as? [[String: Any]] ?? []).filter { $0["name"] as? String == name }
            guard let household = found.first else { return nil }
            return found.count > 1 ? "\(found.count) households" : "\(name)|\((household["members"] as? [Any])?.count ?? 0)"
        case "Person":
            let found = (try get("vn.khuyenhoc.Registry.ListPeople", ["query": name])?["people"] as? [[String: Any]] ?? []).filter { $0["name"] as? String == name }
            guard let person = found.first else { return nil }
            return found.count > 1 ? "\(found.count) people" : "\(name)|\(person["birthYear"] ?? "")|\(person["householdID"].flatMap { $0 as? Int }.map(String.init) ?? "-")"
        default:
            let found = (try get("vn.khuyenhoc.Reminders.ListDeadlines", [:])?["deadlines"] as? [[String: Any]] ?? []).filter { $0["title"] as? String == name }
            return found.isEmpty ? nil : found.count > 1 ? "\(found.count) deadlines" : name
        }
    }

    /// A day from the first of January 2030 on, YYYY-MM-DD.
    static func day(_ offset: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let date = calendar.date(byAdding: .day, value: offset, to: calendar.date(from: DateComponents(year: 2030, month: 1, day: 1))!)!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}
