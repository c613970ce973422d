/// Numbers as a person writes them in a reason: no trailing `.0`, at most two decimals.
enum NumberText {
    static func points(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        let rounded = (value * 100).rounded() / 100
        if rounded.rounded() == rounded, abs(rounded) < 1e15 { return String(Int64(rounded)) }
        return String(rounded)
    }

    /// A percentage with at most one decimal: 66.7 %.
    static func percent(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return (rounded.rounded() == rounded ? String(Int64(rounded)) : String(rounded)) + " %"
    }
}
