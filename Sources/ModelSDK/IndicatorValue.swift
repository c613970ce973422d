/// A value given in the facts for one indicator: points, a share or a count (a number), or
/// met/not met (true or false).
public enum IndicatorValue: Sendable, Equatable, Decodable {
    case number(Double)
    case flag(Bool)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let flag = try? container.decode(Bool.self) {
            self = .flag(flag)
        } else {
            throw DecodingError.typeMismatch(IndicatorValue.self, DecodingError.Context(
                codingPath: decoder.codingPath, debugDescription: "expected a number, or true or false"))
        }
    }
}

extension IndicatorValue: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral {
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(booleanLiteral value: Bool) { self = .flag(value) }
}
