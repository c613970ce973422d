/// A method's latency over the socket: its first call, then the median and maximum of the calls
/// after it (microseconds).
struct MethodLatency {
    var first: Double
    var rest: LatencySample

    var text: String {
        "first \(ReportsBench.ms(first)); median \(ReportsBench.ms(rest.median)), max \(ReportsBench.ms(rest.max))"
    }
}
