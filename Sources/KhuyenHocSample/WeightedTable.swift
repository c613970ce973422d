/// Values drawn with fixed whole-number weights (per mille, percent, or any unit): the name,
/// size and age tables of the synthetic population.
struct WeightedTable<Value: Sendable>: Sendable {
    let values: [Value]
    private let cumulative: [Int]

    init(_ entries: [(Value, Int)]) {
        precondition(!entries.isEmpty && entries.allSatisfy { $0.1 >= 0 }, "a table needs entries with weights of 0 or more")
        values = entries.map(\.0)
        var running = 0
        cumulative = entries.map { running += $0.1; return running }
        precondition(running > 0, "a table needs some weight")
    }

    /// One value, drawn with its weight.
    func draw(_ random: inout SampleRandom) -> Value {
        values[index(random.below(cumulative[cumulative.count - 1]))]
    }

    /// The first entry whose cumulative weight exceeds `point`.
    private func index(_ point: Int) -> Int {
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > point { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
