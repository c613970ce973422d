/// Round-trip times of one run, in microseconds, with the statistics the report quotes.
struct LatencySample {
    private(set) var microseconds: [Double] = []

    mutating func record(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        microseconds.append(Double(seconds) * 1e6 + Double(attoseconds) / 1e12)
    }

    var median: Double { percentile(0.5) }
    var p99: Double { percentile(0.99) }
    var max: Double { microseconds.max() ?? .nan }

    func percentile(_ fraction: Double) -> Double {
        guard !microseconds.isEmpty else { return .nan }
        let sorted = microseconds.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
    }
}
