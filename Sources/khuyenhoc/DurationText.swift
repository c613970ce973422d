/// Durations as the reminder options write them: `30d`, `12h`, `90m`, `45s`, and combinations from
/// the largest unit down such as `1d12h` (each unit at most once).
enum DurationText {
    private static let units: [(suffix: Character, seconds: Int64)] = [("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1)]

    /// The seconds `text` stands for, or nil when it is not such a duration.
    static func seconds(_ text: String) -> Int64? {
        var total: Int64 = 0
        var digits = ""
        var nextUnit = 0
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            guard !digits.isEmpty, let count = Int64(digits),
                let index = units[nextUnit...].firstIndex(where: { $0.suffix == character })
            else { return nil }
            let (part, overflow) = count.multipliedReportingOverflow(by: units[index].seconds)
            let (sum, overflowSum) = total.addingReportingOverflow(part)
            guard !overflow, !overflowSum else { return nil }
            total = sum
            digits = ""
            nextUnit = index + 1
        }
        // A number without its unit is ambiguous (seconds? days?), so it is refused.
        guard digits.isEmpty, nextUnit > 0 else { return nil }
        return total
    }

    /// The shortest text that `seconds(_:)` reads back as `seconds`: `30d`, `1d12h`, `0s`.
    static func text(seconds: Int64) -> String {
        guard seconds > 0 else { return "0s" }
        var remaining = seconds
        var text = ""
        for unit in units where remaining >= unit.seconds {
            text += "\(remaining / unit.seconds)\(unit.suffix)"
            remaining %= unit.seconds
        }
        return text
    }
}
