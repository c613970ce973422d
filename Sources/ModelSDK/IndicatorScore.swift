/// How one indicator scored: its points and the value they came from.
struct IndicatorScore: Sendable {
    var points: Double
    var value: Double?
    var of: Int?
    var assessed = true
    var notApplicable = false

    /// A partial evaluation's indicator without a value: scored 0, reported as not assessed.
    static let unassessed = IndicatorScore(points: 0, value: nil, of: nil, assessed: false)

    /// Scores a value given in the facts, checked against the indicator's kind and range.
    init(given: IndicatorValue, for indicator: Indicator, field: @autoclosure () -> String) throws(InvalidFacts) {
        switch (indicator.kind, given) {
        case (.points, .number(let points)):
            guard points.isFinite, points >= 0, points <= indicator.maxPoints else {
                throw InvalidFacts(field: field(), reason: "\(NumberText.points(points)) is outside 0…\(NumberText.points(indicator.maxPoints)) points")
            }
            self.init(points: points, value: points, of: nil)
        case (.met, .flag(let met)):
            self.init(points: met ? indicator.maxPoints : 0, value: met ? 1 : 0, of: nil)
        case (.share, .number(let percent)):
            guard percent.isFinite, percent >= 0, percent <= 100 else {
                throw InvalidFacts(field: field(), reason: "\(NumberText.points(percent)) is not a percentage from 0 to 100")
            }
            self.init(points: indicator.points(forValue: percent), value: percent, of: nil)
        case (.count, .number(let count)):
            guard count.isFinite, count >= 0, count.rounded() == count else {
                throw InvalidFacts(field: field(), reason: "\(NumberText.points(count)) is not a whole number of 0 or more")
            }
            self.init(points: indicator.points(forValue: count), value: count, of: nil)
        case (_, .flag(let flag)):
            throw InvalidFacts(field: field(), reason: "expected \(indicator.kind.valueDescription), got \(flag)")
        case (_, .number(let number)):
            throw InvalidFacts(field: field(), reason: "expected \(indicator.kind.valueDescription), got \(NumberText.points(number))")
        }
    }

    /// Scores a value the plugin derived. A share of nobody does not apply and earns full points.
    init(measured: MeasuredValue, for indicator: Indicator) {
        switch measured {
        case .share(_, of: 0):
            self.init(points: indicator.maxPoints, value: nil, of: 0, notApplicable: true)
        case .share(_, let total):
            let percent = measured.number ?? 0
            self.init(points: indicator.points(forValue: percent), value: percent, of: total)
        case .count(let count):
            self.init(points: indicator.points(forValue: Double(count)), value: Double(count), of: nil)
        case .met(let met):
            self.init(points: met ? indicator.maxPoints : 0, value: met ? 1 : 0, of: nil)
        }
    }

    private init(points: Double, value: Double?, of: Int?, assessed: Bool = true, notApplicable: Bool = false) {
        self.points = points
        self.value = value
        self.of = of
        self.assessed = assessed
        self.notApplicable = notApplicable
    }
}
