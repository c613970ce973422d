/// A cell read as its column's type, or a value to write.
public enum CellValue: Sendable, Equatable {
    /// A blank cell of an optional column, or a column the file does not have.
    case empty
    case text(String)
    case wholeNumber(Int)
    case decimal(Double)
    case boolean(Bool)
    case date(CalendarDate)

    public var isEmpty: Bool { self == .empty }

    /// The value when it is of that kind, else `nil` (the accessors below alike).
    public var text: String? {
        if case .text(let value) = self { value } else { nil }
    }

    public var wholeNumber: Int? {
        if case .wholeNumber(let value) = self { value } else { nil }
    }

    /// A decimal, or a whole number as one.
    public var decimal: Double? {
        switch self {
        case .decimal(let value): value
        case .wholeNumber(let value): Double(value)
        default: nil
        }
    }

    public var boolean: Bool? {
        if case .boolean(let value) = self { value } else { nil }
    }

    public var date: CalendarDate? {
        if case .date(let value) = self { value } else { nil }
    }
}
