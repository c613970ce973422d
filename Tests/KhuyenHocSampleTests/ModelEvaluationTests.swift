import KhuyenHocSample
import Testing

/// Every model evaluates the sample through its real plugin, bottom-up, with no facts refused,
/// and recognises some subjects but not all: the sample exercises every rule.
struct ModelEvaluationTests {
    @Test func everyModelEvaluatesTheSample() throws {
        let district = Fixtures.sample
        var facts = SampleFacts(district)
        var report: [String] = []
        func share(_ model: String, _ results: [Result<Bool, PluginError>], within range: ClosedRange<Double>) -> [Bool] {
            let refused = results.compactMap { if case .failure(let error) = $0 { error } else { nil } }
            #expect(refused.isEmpty, "\(model): \(refused.count) refused, first: \(refused.first?.reason ?? "")")
            let recognized = results.map { (try? $0.get()) ?? false }
            let percent = Double(recognized.count { $0 }) * 100 / Double(max(1, recognized.count))
            report.append("\(model) \(Int(percent.rounded())) % of \(results.count)")
            #expect(range.contains(percent), "\(model): \(percent) % recognised")
            return recognized
        }

        let citizens = facts.citizens
        let citizenResults = try ModelPlugins.evaluate(try ModelPlugins.load("Citizen"), citizens.map(\.1), year: district.year)
        let recognizedCitizens = share("citizen", citizenResults, within: 50...85)
        for ((person, _), recognized) in zip(citizens, recognizedCitizens) {
            // The plugin and the rule the sample was tuned with agree, person by person.
            #expect(recognized == Fixtures.passes(person.citizenScores!))
            facts.learningCitizen[person.id - 1] = recognized
        }

        let familyResults = try ModelPlugins.evaluate(try ModelPlugins.load("Family"), district.households.map(facts.family), year: district.year)
        facts.learningFamily = share("family", familyResults, within: 30...85)

        let clanResults = try ModelPlugins.evaluate(try ModelPlugins.load("Clan"), district.clans.map(facts.clan), year: district.year)
        facts.learningClan = share("clan", clanResults, within: 10...90)

        let communityResults = try ModelPlugins.evaluate(try ModelPlugins.load("Community"), district.communities.map(facts.community),
                                                         year: district.year)
        _ = share("community", communityResults, within: 10...90)

        let unitResults = try ModelPlugins.evaluate(try ModelPlugins.load("Unit"), district.organizations.map(facts.unit), year: district.year)
        _ = share("unit", unitResults, within: 40...95)
        print("KhuyenHocSample: recognised on the sample:", report.joined(separator: ", "))
    }
}
