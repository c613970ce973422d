import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Which of a model's rubrics scores an evaluation: the one named, else the one that applies to
/// the year, else the active one. Shared by plugins (to score) and the host (to describe).
public enum RubricSelection {
    /// Orders rubrics oldest first: by `appliesFrom` (none first), a file after a built-in, then version.
    public static func sorted(_ documents: [RubricDocument]) -> [RubricDocument] {
        documents.sorted { a, b in
            let fromA = a.appliesFrom ?? Int.min
            let fromB = b.appliesFrom ?? Int.min
            if fromA != fromB { return fromA < fromB }
            let fileA = a.origin != RubricDocument.builtIn
            let fileB = b.origin != RubricDocument.builtIn
            if fileA != fileB { return !fileA }
            return a.version < b.version
        }
    }

    /// The index in `sorted` (oldest first) of the rubric for an evaluation. A named version wins
    /// whatever the year (to compare years under one rubric); else the newest rubric that applies
    /// to the year; with neither, the active rubric: the newest that applies to `asOf` (the
    /// current year), so a file prepared for next year does not take over before its time.
    public static func index(
        in sorted: [RubricDocument], version: String?, year: Int?, asOf: Int = currentYear()
    ) throws(InvalidFacts) -> Int {
        guard let last = sorted.indices.last else {
            throw InvalidFacts(field: "rubricVersion", reason: "the model has no rubric")
        }
        if let version {
            guard let index = sorted.firstIndex(where: { $0.version == version }) else {
                throw InvalidFacts(
                    field: "rubricVersion",
                    reason: "the \(sorted[last].model) model has no rubric \"\(version)\"; it has \(list(sorted))")
            }
            return index
        }
        guard let year else { return sorted.lastIndex { $0.applies(to: asOf) } ?? last }
        guard let index = sorted.lastIndex(where: { $0.applies(to: year) }) else {
            throw InvalidFacts(
                field: "year",
                reason: "no \(sorted[last].model) rubric applies to \(year); it has \(list(sorted)); name one with rubricVersion")
        }
        return index
    }

    /// The year now in Vietnam (Asia/Ho_Chi_Minh, UTC+7 without daylight saving), which decides
    /// the active rubric. Asked on every evaluation, so worked out with `gmtime_r`, not a `Calendar`.
    public static func currentYear(_ now: Date = Date()) -> Int {
        var seconds = time_t(now.timeIntervalSince1970.rounded(.down)) + 7 * 3600
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return Int(parts.tm_year) + 1900
    }

    /// "2015 (2016–2020), 2022.1 (2021–)"
    static func list(_ documents: [RubricDocument]) -> String {
        documents.map { "\($0.version) (\($0.yearsDescription))" }.joined(separator: ", ")
    }
}
