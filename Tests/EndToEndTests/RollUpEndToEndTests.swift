import Foundation
import KhuyenHocAPI
import KhuyenHocStore
import Testing
import Varlink

/// Stored evaluation through the socket on a small district checked by hand (year 2024, the
/// built-in rubrics 2022.1):
///
/// - Thanh Thùy (10144): Thôn Đông with households H1 (P1 born 1980, P2 1982) and H2 (P3 1975,
///   P4 1978); Thôn Tây with H3 (P5 1990). Clan K1 of households H1 and H2. Unit U1 with staff
///   P4 (trained, digital skills), P7 (trained; born 1992, in no household) and P5.
/// - Thanh Mai (10147): Thôn Bắc with H4 (P6 1985).
///
/// Evidence: citizens P1, P2, P4, P6, P7 score 8 on all ten indicators (80: recognised); P3
/// scores 7 (70: not); P5 has none. Families H1–H3 (not H4): registered, learningResources 8,
/// learningTime 8, livelihood 12, notPoor, culturalFamily. Clan K1, Thôn Đông and Thôn Tây
/// (not Thôn Bắc) and unit U1 their indicators below.
///
/// By hand:
/// - H1: 2 adults, both Learning Citizens: conditions 10+8+8 = 26; results: no children (gate
///   met 10, pupils n/a 10), citizens 100 % → 10, = 30; impact 12+10+10+5 (conduct n/a) = 37;
///   93 → recognised. H2: 1 of 2 adults (50 % → 5): 88 → recognised. H3: 0 of 1 adult → under
///   the floor of 5 → not recognised.
/// - K1 (H1, H2): fund 10 + covenant 10 + registered 2/2 → 10 = 30; citizens 3 of 4 adults
///   (75 %) → 15, children n/a → 15, = 30; Learning Families 2/2 → 20, 5 rewarded → 7,
///   livelihood 8 = 35; 95 → recognised.
/// - Thôn Đông (H1, H2; clan K1): 10 + 10 + 10 = 30; citizens 3/4 → 10, children n/a 10,
///   8 activities → 8 = 28; families 2/2 → 20, clans 1/1 → 10, cultural 10 = 40; 98 →
///   recognised. Thôn Tây (H3, no clan): families 0/1 → under the floor of 11 → not recognised.
/// - U1 (P4, P7, P5): plan 8 + facilities 8 + budget 8 = 24; citizens 2/3 (66.7 %) → 10 (the
///   floor), trained 2/3 → 7, digital 1/3 → 0 = 17; 12 + 12 + 8 = 32; 73 → recognised.
///
/// When P4's evidence drops to 7: P4 is not recognised; H2 has 0 of 2 adults → not recognised;
/// K1 has 1 of 2 Learning Families (50 % → 5, under the floor of 11) → not recognised; Thôn Đông
/// likewise (families 1/2) → not recognised; U1 has 1 of 3 citizens (33 %, under the floor) →
/// not recognised. Nothing else changes: P1–P3, P6, P7, H1, H3 and Thôn Tây stay as they were.
@Suite struct RollUpEndToEndTests {
    static let models = ["Citizen", "Family", "Clan", "Community", "Unit"]

    /// Registry ids of the hand-made district.
    struct District {
        var people: [String: Int64] = [:]
        var households: [String: Int64] = [:]
        var villages: [String: Int64] = [:]
        var clan: Int64 = 0
        var unit: Int64 = 0
        /// A unit with no staff recorded yet.
        var emptyUnit: Int64 = 0
    }

    /// Writes the district's records straight into the registry file the daemon will open
    /// (the socket has no methods to add records in this branch); evidence goes through the socket.
    static func makeDistrict(at path: String) async throws -> District {
        let store = try SQLiteRegistryStore(path: path)
        var district = District()
        let thuy = try await store.addCommune(Commune(statisticsCode: "10144", name: "Thanh Thùy"))
        let mai = try await store.addCommune(Commune(statisticsCode: "10147", name: "Thanh Mai"))
        let dong = try await store.addCommunity(Community(communeID: thuy.id!, name: "Thôn Đông"))
        let tay = try await store.addCommunity(Community(communeID: thuy.id!, name: "Thôn Tây"))
        let bac = try await store.addCommunity(Community(communeID: mai.id!, name: "Thôn Bắc"))
        district.villages = ["Đông": dong.id!, "Tây": tay.id!, "Bắc": bac.id!]
        let plan: [(String, Int64, [(String, String, Int)])] = [
            ("H1", dong.id!, [("P1", "Nguyễn Văn An", 1980), ("P2", "Trần Thị Bình", 1982)]),
            ("H2", dong.id!, [("P3", "Lê Văn Cường", 1975), ("P4", "Phạm Thị Dung", 1978)]),
            ("H3", tay.id!, [("P5", "Đỗ Văn Em", 1990)]),
            ("H4", bac.id!, [("P6", "Vũ Thị Giang", 1985)]),
        ]
        for (name, village, members) in plan {
            let household = try await store.addHousehold(
                Household(communityID: village, name: "Hộ \(members[0].1)"),
                members: members.map { Person(householdID: nil, name: $0.1, birthYear: $0.2, targetGroup: "farmers") })
            district.households[name] = household.household.id!
            for (key, member) in zip(members.map(\.0), household.members) { district.people[key] = member.id! }
        }
        let p7 = try await store.addPerson(Person(householdID: nil, name: "Hoàng Văn Hải", birthYear: 1992, targetGroup: "officials"))
        district.people["P7"] = p7.id!
        let clan = try await store.addClan(Clan(communeID: thuy.id!, name: "Họ Nguyễn Văn"))
        try await store.addClanMembers(clanID: clan.id!, householdIDs: [district.households["H1"]!, district.households["H2"]!])
        district.clan = clan.id!
        let unit = try await store.addUnit(Unit(communeID: thuy.id!, name: "Trường Tiểu học Thanh Thùy", kind: .school))
        district.unit = unit.id!
        district.emptyUnit = try await store.addUnit(Unit(communeID: mai.id!, name: "Hợp tác xã Thanh Mai", kind: .cooperative)).id!
        _ = try await store.putStaffMember(UnitStaffMember(unitID: unit.id!, personID: district.people["P4"]!, trainedThisYear: true, digitalSkills: true))
        _ = try await store.putStaffMember(UnitStaffMember(unitID: unit.id!, personID: p7.id!, trainedThisYear: true))
        _ = try await store.putStaffMember(UnitStaffMember(unitID: unit.id!, personID: district.people["P5"]!))
        try store.close()
        return district
    }

    static func scores(_ points: Int) -> JSONValue {
        var values: [String: JSONValue] = [:]
        for id in ["sl1", "sl2", "sl3", "sl4", "it1", "it2", "it3", "it4", "sr1", "sr2"] { values[id] = .number(Double(points)) }
        return .object(values)
    }

    static func indicators(_ values: [String: JSONValue]) -> JSONValue { .object(["indicators": .object(values)]) }

    static let family = indicators([
        "registered": .bool(true), "learningResources": .number(8), "learningTime": .number(8), "livelihood": .number(12),
        "notPoor": .bool(true), "culturalFamily": .bool(true),
    ])
    static let clan = indicators([
        "learningFund": .bool(true), "clanCovenant": .bool(true), "rewardedLearners": .number(5), "livelihoodAndCulture": .number(8),
    ])
    static let village = indicators([
        "learningPlace": .bool(true), "villageCovenant": .bool(true), "learningActivities": .number(8), "culturalCommunity": .bool(true),
    ])
    static let unit = indicators([
        "learningPlan": .number(8), "facilities": .number(8), "budget": .number(8), "tasksCompleted": .number(12),
        "appliedLearning": .number(12), "communitySupport": .number(8), "noSeriousViolation": .bool(true),
    ])

    static func put(_ client: VarlinkClient, _ model: String, _ id: Int64, _ facts: JSONValue, year: Int = 2024) async throws -> VarlinkReply {
        try await client.send("vn.khuyenhoc.Registry.PutEvidence", parameters: .value(PutEvidenceParameters(model: model, subjectId: id, year: year, facts: facts)))
    }

    static func area(_ client: VarlinkClient, _ code: String? = nil, year: Int = 2024) async throws -> [String: ModelCount] {
        let reply = try await client.send("vn.khuyenhoc.Evaluation.EvaluateArea", parameters: .value(EvaluateAreaParameters(area: code, year: year)))
        #expect(reply.error == nil, "\(String(decoding: reply.frame, as: UTF8.self))")
        let counts = try reply.decode(EvaluateAreaReply.self).counts
        #expect(counts.map(\.model) == ["citizen", "family", "clan", "community", "unit"])
        return Dictionary(uniqueKeysWithValues: counts.map { ($0.model, $0) })
    }

    /// evaluated, unchanged, recognized, skipped, failed
    static func numbers(_ count: ModelCount?) -> [Int] {
        guard let count else { return [] }
        return [count.evaluated, count.unchanged, count.recognized, count.skipped, count.failed]
    }

    static func history(_ client: VarlinkClient, _ model: String, _ id: Int64) async throws -> [Bool] {
        try await client.send("vn.khuyenhoc.Registry.ListResults", parameters: .value(ListResultsParameters(model: model, subjectId: id, year: 2024)))
            .decode(ListResultsReply.self).results.map(\.recognized)
    }

    static func startDaemon() async throws -> (DaemonProcess, District) {
        let daemon = try DaemonProcess(plugins: models.map { BuildProducts.directory.appendingPathComponent("libKhuyenHoc\($0).so") })
        try FileManager.default.createDirectory(atPath: daemon.stateDirectory, withIntermediateDirectories: true)
        let district = try await makeDistrict(at: "\(daemon.stateDirectory)/registry.sqlite")
        try await daemon.start(arguments: ["--no-sample"])
        return (daemon, district)
    }

    static func enterEvidence(_ client: VarlinkClient, _ d: District) async throws {
        for (person, points) in [("P1", 8), ("P2", 8), ("P3", 7), ("P4", 8), ("P6", 8), ("P7", 8)] {
            // P1 names its target group; the others take their registry record's.
            let facts: JSONValue = person == "P1"
                ? .object(["targetGroup": .string("farmers"), "scores": scores(points)]) : .object(["scores": scores(points)])
            let reply = try await put(client, "citizen", d.people[person]!, facts)
            #expect(reply.error == nil, "\(person): \(String(decoding: reply.frame, as: UTF8.self))")
        }
        for household in ["H1", "H2", "H3"] { #expect(try await put(client, "family", d.households[household]!, family).error == nil) }
        #expect(try await put(client, "clan", d.clan, clan).error == nil)
        for name in ["Đông", "Tây"] { #expect(try await put(client, "community", d.villages[name]!, village).error == nil) }
        #expect(try await put(client, "unit", d.unit, unit).error == nil)
    }

    @Test func aSmallDistrictRollsUpAsCheckedByHand() async throws {
        let (daemon, d) = try await Self.startDaemon()
        let client = try await daemon.client()
        try await Self.enterEvidence(client, d)
        let shown = try await client.send(
            "vn.khuyenhoc.Registry.GetEvidence", parameters: .value(GetEvidenceParameters(model: "clan", subjectId: d.clan, year: 2024)))
            .decode(EvidenceReply.self)
        #expect(shown.evidence.facts == Self.clan && shown.evidence.enteredBy == getuid())

        let first = try await Self.area(client)
        #expect(first["citizen"]?.subjects == 7)
        #expect(Self.numbers(first["citizen"]) == [6, 0, 5, 1, 0])     // P5 has no evidence
        #expect(Self.numbers(first["family"]) == [3, 0, 2, 1, 0])      // H4 has none
        #expect(Self.numbers(first["clan"]) == [1, 0, 1, 0, 0])
        #expect(Self.numbers(first["community"]) == [2, 0, 1, 1, 0])   // Thôn Bắc has none
        #expect(Self.numbers(first["unit"]) == [1, 0, 1, 1, 0])        // the empty unit has none

        // The totals worked out above, as stored.
        func latest(_ model: String, _ id: Int64) async throws -> StoredResultInfo? {
            try await client.send("vn.khuyenhoc.Registry.ListResults", parameters: .value(ListResultsParameters(model: model, subjectId: id)))
                .decode(ListResultsReply.self).results.first
        }
        #expect(try await latest("family", d.households["H1"]!)?.total == 93)
        #expect(try await latest("family", d.households["H2"]!)?.total == 88)
        #expect(try await latest("family", d.households["H3"]!)?.recognized == false)
        #expect(try await latest("clan", d.clan)?.total == 95)
        #expect(try await latest("community", d.villages["Đông"]!)?.total == 98)
        #expect(try await latest("unit", d.unit).map { [$0.total, $0.grade == "fair" ? 1 : 0] } == [73, 1])
        #expect(try await latest("unit", d.unit)?.rubricVersion == "2022.1")

        // Nothing changed: nothing is evaluated again.
        let second = try await Self.area(client)
        #expect(Self.numbers(second["citizen"]) == [0, 6, 5, 1, 0])
        #expect(Self.numbers(second["family"]) == [0, 3, 2, 1, 0])
        #expect(Self.numbers(second["clan"]) == [0, 1, 1, 0, 0])
        #expect(Self.numbers(second["community"]) == [0, 2, 1, 1, 0])
        #expect(Self.numbers(second["unit"]) == [0, 1, 1, 1, 0])

        // P4 drops to 7: exactly P4, H2, K1, Thôn Đông and U1 are evaluated again.
        #expect(try await Self.put(client, "citizen", d.people["P4"]!, .object(["scores": Self.scores(7)])).error == nil)
        let third = try await Self.area(client)
        #expect(Self.numbers(third["citizen"]) == [1, 5, 4, 1, 0])
        #expect(Self.numbers(third["family"]) == [1, 2, 1, 1, 0])
        #expect(Self.numbers(third["clan"]) == [1, 0, 0, 0, 0])
        #expect(Self.numbers(third["community"]) == [1, 1, 0, 1, 0])
        #expect(Self.numbers(third["unit"]) == [1, 0, 0, 1, 0])

        // History: newest first, the earlier result kept.
        #expect(try await Self.history(client, "citizen", d.people["P4"]!) == [false, true])
        #expect(try await Self.history(client, "family", d.households["H2"]!) == [false, true])
        #expect(try await Self.history(client, "clan", d.clan) == [false, true])
        #expect(try await Self.history(client, "family", d.households["H1"]!) == [true])
        #expect(try await Self.history(client, "community", d.villages["Tây"]!) == [false])

        // One commune: Thanh Mai covers Thôn Bắc, H4 and P6 only.
        let mai = try await Self.area(client, "10147")
        #expect(mai["citizen"]?.subjects == 1 && mai["family"]?.subjects == 1 && mai["community"]?.subjects == 1)
        #expect(Self.numbers(mai["citizen"]) == [0, 1, 1, 0, 0])
        #expect(mai["clan"]?.subjects == 0 && mai["unit"]?.subjects == 1)

        // EvaluateSubject: the unit after its staff; unchanged, so nothing is stored.
        let subject = try await client.send(
            "vn.khuyenhoc.Evaluation.EvaluateSubject", parameters: .value(EvaluateSubjectParameters(model: "unit", id: d.unit, year: 2024)))
            .decode(EvaluateSubjectReply.self)
        // 24 + (citizens 1/3 → 0, under the floor; trained 2/3 → 7; digital 1/3 → 0) + 32 = 63.
        #expect(!subject.evaluated && !subject.result.recognized && subject.result.total == 63)
        #expect(subject.counts.first { $0.model == "citizen" }.map { [$0.subjects, $0.unchanged, $0.skipped] } == [3, 2, 1])
        await client.close()
        #expect(try await daemon.stop() == 0)
    }

    /// EvaluateSubject reads only what its subject depends on; what it composes must be what the
    /// area run composed: after an area run every subject alone is unchanged (same digest), and a
    /// change evaluated through one village leaves the next area run only the unit to do.
    @Test func aSubjectAloneComposesWhatTheAreaRunDid() async throws {
        let (daemon, d) = try await Self.startDaemon()
        let client = try await daemon.client()
        try await Self.enterEvidence(client, d)
        _ = try await Self.area(client)
        func subject(_ model: String, _ id: Int64) async throws -> EvaluateSubjectReply {
            let reply = try await client.send(
                "vn.khuyenhoc.Evaluation.EvaluateSubject", parameters: .value(EvaluateSubjectParameters(model: model, id: id, year: 2024)))
            #expect(reply.error == nil, "\(model) \(id): \(String(decoding: reply.frame, as: UTF8.self))")
            return try reply.decode(EvaluateSubjectReply.self)
        }
        let withEvidence: [(String, Int64)] = ["P1", "P2", "P3", "P4", "P6", "P7"].map { ("citizen", d.people[$0]!) }
            + ["H1", "H2", "H3"].map { ("family", d.households[$0]!) }
            + [("clan", d.clan), ("community", d.villages["Đông"]!), ("community", d.villages["Tây"]!), ("unit", d.unit)]
        for (model, id) in withEvidence {
            let reply = try await subject(model, id)
            #expect(!reply.evaluated, "\(model) \(id) was evaluated again")
            #expect(reply.counts.allSatisfy { $0.evaluated == 0 && $0.failed == 0 }, "\(model) \(id)")
        }

        // P4 drops to 7; Thôn Đông alone brings P4, H2 and the clan up to date (all three in its plan).
        #expect(try await Self.put(client, "citizen", d.people["P4"]!, .object(["scores": Self.scores(7)])).error == nil)
        let village = try await subject("community", d.villages["Đông"]!)
        let evaluated = Dictionary(uniqueKeysWithValues: village.counts.map { ($0.model, $0.evaluated) })
        #expect(evaluated == ["citizen": 1, "family": 1, "clan": 1, "community": 1, "unit": 0])
        #expect(village.evaluated)
        // The area run finds them as it would have stored them: only the unit P4 staffs is left.
        let after = try await Self.area(client)
        #expect(Self.numbers(after["citizen"]) == [0, 6, 4, 1, 0])
        #expect(Self.numbers(after["family"]) == [0, 3, 1, 1, 0])
        #expect(Self.numbers(after["clan"]) == [0, 1, 0, 0, 0])
        #expect(Self.numbers(after["community"]) == [0, 2, 0, 1, 0])
        #expect(Self.numbers(after["unit"]) == [1, 0, 0, 1, 0])
        await client.close()
        #expect(try await daemon.stop() == 0)
    }

    @Test func wrongRequestsGetDeclaredErrorsAndChangeNothing() async throws {
        let (daemon, d) = try await Self.startDaemon()
        let client = try await daemon.client()
        func error(_ reply: VarlinkReply) -> (String?, [String: JSONValue]) {
            let failure = reply.asError()
            return (failure?.name, failure?.parameters ?? [:])
        }
        let person = d.people["P1"]!
        var (name, parameters) = error(try await Self.put(client, "school", person, .object(["scores": Self.scores(8)])))
        #expect(name == "vn.khuyenhoc.Registry.ModelNotFound" && parameters["model"] == .string("school"))
        (name, parameters) = error(try await Self.put(client, "citizen", 9999, .object(["scores": Self.scores(8)])))
        #expect(name == "vn.khuyenhoc.Registry.SubjectNotFound" && parameters["subjectId"] == .number(9999))
        (name, parameters) = error(try await Self.put(client, "citizen", person, .object(["scores": Self.scores(8)]), year: 1999))
        #expect(name == "vn.khuyenhoc.Registry.InvalidValue" && parameters["field"] == .string("year"))
        var bad = Self.scores(8).objectValue!
        bad["sl2"] = .number(11)
        (name, parameters) = error(try await Self.put(client, "citizen", person, .object(["scores": .object(bad)])))
        #expect(name == "vn.khuyenhoc.Registry.InvalidValue" && parameters["field"] == .string("facts.scores.sl2"), "\(parameters)")
        (name, parameters) = error(try await Self.put(client, "citizen", person, .object(["targetGroup": .string("sailors"), "scores": Self.scores(8)])))
        #expect(name == "vn.khuyenhoc.Registry.InvalidValue" && parameters["field"] == .string("facts.targetGroup"), "\(parameters)")
        (name, parameters) = error(try await Self.put(client, "family", d.households["H1"]!, .object(["members": .array([]), "indicators": .object([:])])))
        #expect(name == "vn.khuyenhoc.Registry.InvalidValue" && parameters["field"] == .string("facts.members"), "\(parameters)")
        var partial = Self.unit.objectValue!["indicators"]!.objectValue!
        partial["budget"] = nil
        (name, parameters) = error(try await Self.put(client, "unit", d.unit, .object(["indicators": .object(partial)])))
        #expect(name == "vn.khuyenhoc.Registry.InvalidValue" && parameters["field"] == .string("facts.indicators.budget"), "\(parameters)")
        (name, _) = error(try await client.send(
            "vn.khuyenhoc.Registry.GetEvidence", parameters: .value(GetEvidenceParameters(model: "citizen", subjectId: person, year: 2024))))
        #expect(name == "vn.khuyenhoc.Registry.EvidenceNotFound", "a refused PutEvidence stored nothing")

        func evaluate(_ model: String, _ id: Int64, year: Int = 2024) async throws -> (String?, [String: JSONValue]) {
            error(try await client.send(
                "vn.khuyenhoc.Evaluation.EvaluateSubject", parameters: .value(EvaluateSubjectParameters(model: model, id: id, year: year))))
        }
        (name, _) = try await evaluate("school", 1)
        #expect(name == "vn.khuyenhoc.Evaluation.ModelNotFound")
        (name, parameters) = try await evaluate("family", 9999)
        #expect(name == "vn.khuyenhoc.Evaluation.SubjectNotFound" && parameters["id"] == .number(9999))
        (name, parameters) = try await evaluate("citizen", person, year: 2101)
        #expect(name == "vn.khuyenhoc.Evaluation.InvalidValue" && parameters["field"] == .string("year"))
        (name, _) = try await evaluate("community", d.villages["Bắc"]!)
        #expect(name == "vn.khuyenhoc.Evaluation.NotRegistered")
        for (code, expected) in [("99999", "vn.khuyenhoc.Evaluation.AreaNotFound"), ("10a44", "vn.khuyenhoc.Evaluation.InvalidValue")] {
            let reply = try await client.send("vn.khuyenhoc.Evaluation.EvaluateArea", parameters: .value(EvaluateAreaParameters(area: code, year: 2024)))
            #expect(reply.error == expected)
        }
        // After the refusals, valid evidence rolls up. The unit with no staff takes evidence (the
        // check judges the evidence alone), and the roll-up reports the plugin's refusal of its
        // composed facts as a failure with the field and reason; the rest is unaffected.
        try await Self.enterEvidence(client, d)
        #expect(try await Self.put(client, "unit", d.emptyUnit, Self.unit).error == nil)
        let counts = try await Self.area(client)
        #expect(counts.values.filter { $0.model != "unit" }.allSatisfy { $0.failed == 0 })
        #expect(Self.numbers(counts["unit"]) == [1, 0, 1, 0, 1])
        let failure = try #require(counts["unit"]?.failures.first)
        #expect(failure.id == d.emptyUnit && failure.field.hasPrefix("totalStaff") || failure.field == "staff", "\(failure)")
        (name, parameters) = try await evaluate("unit", d.emptyUnit)
        #expect(name == "vn.khuyenhoc.Evaluation.InvalidFacts" && parameters["field"] == .string(failure.field))
        await client.close()
        #expect(try await daemon.stop() == 0)
    }

    @Test func thePythonClientEvaluatesASubject() async throws {
        let (daemon, d) = try await Self.startDaemon()
        let client = try await daemon.client()
        try await Self.enterEvidence(client, d)
        await client.close()
        let output = try await ExternalCommand.run("python3", [
            "-m", "varlink.cli", "call", "unix:\(daemon.socket)/vn.khuyenhoc.Evaluation.EvaluateSubject",
            #"{"model": "family", "id": \#(d.households["H1"]!), "year": 2024}"#,
        ])
        #expect(output.status == 0, "\(output.stderr)")
        let reply = try JSONDecoder().decode(EvaluateSubjectReply.self, from: Data(output.stdout.utf8))
        #expect(reply.evaluated && reply.result.recognized && reply.result.total == 93 && reply.result.grade == "good")
        // The family's two members were evaluated first.
        #expect(reply.counts.first { $0.model == "citizen" }.map { [$0.evaluated, $0.recognized] } == [2, 2])
        #expect(try await daemon.stop() == 0)
    }

    @Test(.enabled(if: getuid() == 0, "needs root to run a client as another user"))
    func anotherUserMayReadButNotEnterOrEvaluate() async throws {
        let (daemon, d) = try await Self.startDaemon()
        try await daemon.stop()
        let again = try DaemonProcess(plugins: Self.models.map { BuildProducts.directory.appendingPathComponent("libKhuyenHoc\($0).so") })
        again.stateDirectory = daemon.stateDirectory
        try await again.start(arguments: ["--no-sample", "--socket-mode", "0666"])
        let put = #"{"method":"vn.khuyenhoc.Registry.PutEvidence","parameters":{"model":"unit","subjectId":\#(d.unit),"year":2024,"facts":{"indicators":{}}}}"#
        let frames = [
            put,
            #"{"method":"vn.khuyenhoc.Evaluation.EvaluateArea","parameters":{"area":null,"year":2024}}"#,
            #"{"method":"vn.khuyenhoc.Evaluation.EvaluateSubject","parameters":{"model":"unit","id":\#(d.unit),"year":2024}}"#,
            #"{"method":"vn.khuyenhoc.Registry.ListResults","parameters":{"model":"unit","subjectId":\#(d.unit)}}"#,
        ].map { $0 + "\0" }.joined()
        let asNobody = try await ExternalCommand.run(
            "/usr/bin/setpriv",
            ["--reuid=65534", "--regid=65534", "--clear-groups", "/usr/bin/socat", "-t", "5", "-", "UNIX-CONNECT:\(again.socket)"],
            input: Data(frames.utf8))
        let replies = asNobody.stdout.split(separator: "\0").map(String.init)
        try #require(replies.count == 4, "\(asNobody.stdout) \(asNobody.stderr)")
        for reply in replies.prefix(3) { #expect(reply == #"{"error":"org.varlink.service.PermissionDenied"}"#) }
        #expect(replies[3].contains("\"results\":[]"))
        #expect(try await again.stop() == 0)
    }
}
