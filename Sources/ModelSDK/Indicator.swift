/// One indicator (chỉ số) of a criterion: its kind, its points and the rules on it.
public struct Indicator: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var titleVi: String
    public var kind: IndicatorKind
    public var maxPoints: Double
    /// The least points this indicator needs for the title. For `points` indicators, nil takes
    /// the rubric's `indicatorFloor`; other kinds have a floor only where they set one.
    public var floor: Double?
    /// A `met` indicator that must be met for the title whatever the total.
    public var gate: Bool
    /// For `share` and `count`: the steps from value to points, highest `atLeast` first.
    public var thresholds: [Threshold]?
    /// The plugin measure the value is derived from (e.g. from the household's members);
    /// nil when the value is given in the facts.
    public var measure: String?

    public init(
        id: String, title: String, titleVi: String, kind: IndicatorKind = .points, maxPoints: Double,
        floor: Double? = nil, gate: Bool = false, thresholds: [Threshold]? = nil, measure: String? = nil
    ) {
        self.id = id
        self.title = title
        self.titleVi = titleVi
        self.kind = kind
        self.maxPoints = maxPoints
        self.floor = floor
        self.gate = gate
        self.thresholds = thresholds
        self.measure = measure
    }

    /// The points a share (percent) or count earns: those of the highest threshold reached.
    public func points(forValue value: Double) -> Double {
        var best = 0.0
        for step in thresholds ?? [] where value + Self.tolerance >= step.atLeast {
            best = max(best, step.points)
        }
        return best
    }

    /// The least value that earns at least `points`, for share and count indicators.
    public func value(forPoints points: Double) -> Double? {
        (thresholds ?? []).filter { $0.points + Self.tolerance >= points }.map(\.atLeast).min()
    }

    /// Shares computed from members (2 of 3 = 66.666…) compare against thresholds with this slack.
    static let tolerance = 1e-9
}
