/// Splits a whole total into parts by whole-number weights (largest remainder), so the parts
/// always add up to the total exactly and the split is the same on every machine.
enum Apportionment {
    /// `total` split over `weights`, each part at least `minimum`; ties go to the earlier part.
    static func split(_ total: Int, by weights: [Int], minimum: Int = 0) -> [Int] {
        precondition(!weights.isEmpty && weights.allSatisfy { $0 > 0 }, "weights must be positive")
        precondition(total >= minimum * weights.count, "\(total) cannot give \(weights.count) parts \(minimum) each")
        let rest = total - minimum * weights.count
        let weightSum = weights.reduce(0, +)
        var parts = weights.map { minimum + rest * $0 / weightSum }
        let remainders = weights.map { rest * $0 % weightSum }
        var left = total - parts.reduce(0, +)
        let order = weights.indices.sorted { remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1 }
        for index in order where left > 0 {
            parts[index] += 1
            left -= 1
        }
        return parts
    }
}
