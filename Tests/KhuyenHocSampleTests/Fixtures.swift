import Foundation
import KhuyenHocSample

/// The districts the tests share, each generated once per test process.
enum Fixtures {
    /// The embedded default.
    static let sample = SampleDistrict.generate()

    /// The benchmark's district (200,000 people); its generation time is printed, not asserted.
    static let benchmark: SampleDistrict = {
        let clock = ContinuousClock()
        var district: SampleDistrict?
        let elapsed = clock.measure { district = SampleDistrict.generate(scale: .benchmark) }
        print("KhuyenHocSample: the benchmark district (\(district!.people.count) people) took \(elapsed) to generate")
        return district!
    }()

    /// Whether `text` is in NFC, compared scalar by scalar (`==` on `String` would call NFC and
    /// NFD equal and prove nothing).
    static func isNFC(_ text: String) -> Bool {
        Array(text.unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
    }

    /// The citizen rule (DOMAIN.md §3): at least 80 points in total, no indicator under 5.
    static func passes(_ scores: CitizenScores) -> Bool {
        scores.total >= 80 && scores.lowest >= 5
    }

    /// Percent of each target group's self-assessments that pass the citizen rule.
    static func passRates(_ district: SampleDistrict) -> [TargetGroup: Double] {
        var passed: [TargetGroup: Int] = [:]
        var all: [TargetGroup: Int] = [:]
        for person in district.people {
            guard let group = person.targetGroup, let scores = person.citizenScores else { continue }
            all[group, default: 0] += 1
            if passes(scores) { passed[group, default: 0] += 1 }
        }
        var rates: [TargetGroup: Double] = [:]
        for (group, count) in all { rates[group] = Double(passed[group] ?? 0) * 100 / Double(count) }
        return rates
    }
}
