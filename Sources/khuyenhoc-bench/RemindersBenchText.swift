import Foundation
import KhuyenHocStore

/// Reading the daemon's instants and writing the reminders report's numbers.
enum RemindersBenchText {
    /// An RFC 3339 instant as the daemon writes it (milliseconds, `Z`), or with another fraction.
    static func instant(_ text: String) -> Date? {
        Timestamp.date(from: text)
            ?? (try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)))
            ?? (try? Date(text, strategy: Date.ISO8601FormatStyle()))
    }

    static func seconds(_ duration: Duration) -> Double {
        let (whole, atto) = duration.components
        return Double(whole) + Double(atto) / 1e18
    }

    /// Milliseconds with two decimals.
    static func milliseconds(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1000) }

    /// min, median, p95, max of values in seconds, written in milliseconds.
    static func spread(_ seconds: [Double]) -> String {
        guard !seconds.isEmpty else { return "none" }
        let sorted = seconds.sorted()
        func at(_ fraction: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))] }
        return String(
            format: "min %.2f ms, median %.2f ms, p95 %.2f ms, max %.2f ms",
            sorted[0] * 1000, at(0.5) * 1000, at(0.95) * 1000, sorted[sorted.count - 1] * 1000)
    }

    /// median, p95, max of a sample (microseconds), written in milliseconds.
    static func summary(_ sample: LatencySample) -> String {
        String(format: "median %.3f ms, p95 %.3f ms, max %.3f ms", sample.median / 1000, sample.percentile(0.95) / 1000, sample.max / 1000)
    }

    static func verdict(_ met: Bool) -> String { met ? "PASS" : "MISSED" }
}
