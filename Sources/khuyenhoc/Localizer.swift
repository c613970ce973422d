import Foundation

/// Turns phrases, numbers and durations into text in the user's language.
///
/// ```swift
/// let text = Localizer(language: .vietnamese)
/// print(text(.recognized))          // ĐƯỢC CÔNG NHẬN
/// ```
struct Localizer: Sendable {
    let language: Language

    /// The language from the process's locale variables.
    static var current: Localizer {
        Localizer(language: .current(environment: ProcessInfo.processInfo.environment))
    }

    func callAsFunction(_ phrase: Phrase) -> String {
        let wording = phrase.wording
        return language == .vietnamese ? wording.vietnamese : wording.english
    }

    /// The data's own English or Vietnamese text, falling back to English when there is no Vietnamese.
    func pick(_ english: String, _ vietnamese: String) -> String {
        language == .vietnamese && !vietnamese.isEmpty ? vietnamese : english
    }

    /// Points as a person writes them: `8`, `4.5`.
    func points(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// A percentage with at most one decimal, as the plugins write it in reasons: `66.7 %`.
    func percent(_ value: Double) -> String {
        points((value * 10).rounded() / 10) + " %"
    }

    /// A duration as its two largest units, e.g. `3 h 12 min` or `3 giờ 12 phút`.
    func duration(seconds: Double) -> String {
        let units: [(seconds: Int, english: String, vietnamese: String)] = [
            (86_400, "d", "ngày"), (3_600, "h", "giờ"), (60, "min", "phút"), (1, "s", "giây"),
        ]
        let total = max(0, Int(seconds))
        guard let first = units.firstIndex(where: { total >= $0.seconds }) else {
            return language == .vietnamese ? "0 giây" : "0 s"
        }
        var parts: [String] = []
        var remaining = total
        for unit in units[first...].prefix(2) {
            let count = remaining / unit.seconds
            remaining %= unit.seconds
            if count > 0 { parts.append("\(count) \(language == .vietnamese ? unit.vietnamese : unit.english)") }
        }
        return parts.joined(separator: " ")
    }
}
