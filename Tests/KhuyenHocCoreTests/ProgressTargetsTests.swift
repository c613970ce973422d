import Foundation
import KhuyenHocStore
import Testing
@testable import KhuyenHocCore

/// The targets file: DOMAIN.md §5's table, read strictly.
@Suite struct ProgressTargetsTests {
    @Test func theShippedTargetsAreDomainSection5() {
        let targets = ProgressTargets.standard
        let table: [ProgressMeasure: (Double, Double)] = [
            .families: (70, 80), .clans: (65, 75), .communities: (65, 75), .units: (80, 90),
            .adultCitizens: (40, 60), .staffCitizens: (60, 80),
        ]
        for (measure, (by2025, by2030)) in table {
            #expect(targets.measure(measure).percent(by: 2025) == by2025, "\(measure)")
            #expect(targets.measure(measure).percent(by: 2030) == by2030, "\(measure)")
        }
        #expect(targets.adultAge == 15)
        #expect(targets.measure(.adultCitizens).targets[0].basis == "677/QĐ-TTg")
        #expect(targets.measure(.units).targets[1].basis == "291/KH-UBND")
    }

    @Test func theTargetThatAppliesIsTheNextOneDue() {
        let families = ProgressTargets.standard.measure(.families)
        #expect(families.target(for: 2022).year == 2025)
        #expect(families.target(for: 2025).year == 2025)
        #expect(families.target(for: 2026).year == 2030)
        #expect(families.target(for: 2031).year == 2030)
    }

    static func shipped() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(PackageResources.targets_json)) as! [String: Any]
    }

    static func reads(_ object: [String: Any]) -> Bool {
        (try? ProgressTargets.read(JSONSerialization.data(withJSONObject: object))) != nil
    }

    @Test func aBrokenFileIsRefused() throws {
        #expect(Self.reads(try Self.shipped()))
        var unknownKey = try Self.shipped()
        unknownKey["adultsAge"] = 18
        #expect(!Self.reads(unknownKey))

        var measures = try Self.shipped()
        var list = measures["measures"] as! [[String: Any]]
        list.removeLast()
        measures["measures"] = list
        #expect(!Self.reads(measures), "a measure missing")

        var twice = try Self.shipped()
        var doubled = twice["measures"] as! [[String: Any]]
        doubled.append(doubled[0])
        twice["measures"] = doubled
        #expect(!Self.reads(twice), "a measure twice")

        var percent = try Self.shipped()
        var first = (percent["measures"] as! [[String: Any]])
        var targets = first[0]["targets"] as! [[String: Any]]
        targets[0]["percent"] = 170
        first[0]["targets"] = targets
        percent["measures"] = first
        #expect(!Self.reads(percent), "170 %")

        var basis = try Self.shipped()
        var second = (basis["measures"] as! [[String: Any]])
        var targets2 = second[1]["targets"] as! [[String: Any]]
        targets2[1]["basis"] = "999/QĐ-TTg"
        second[1]["targets"] = targets2
        basis["measures"] = second
        #expect(!Self.reads(basis), "an unknown document")

        var misspelt = try Self.shipped()
        var third = (misspelt["measures"] as! [[String: Any]])
        third[2]["titleVN"] = "x"
        misspelt["measures"] = third
        #expect(!Self.reads(misspelt), "an unknown key in a measure")
    }
}
