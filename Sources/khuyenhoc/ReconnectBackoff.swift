/// How long the agent waits before connecting again: 1 s, doubling up to 60 s, back to 1 s once
/// a subscription is in place.
struct ReconnectBackoff {
    static let first = 1
    static let limit = 60

    private var upcoming = first

    /// The seconds to wait now; the next wait is twice as long, up to the limit.
    mutating func next() -> Int {
        defer { upcoming = min(upcoming * 2, Self.limit) }
        return upcoming
    }

    mutating func reset() {
        upcoming = Self.first
    }
}
