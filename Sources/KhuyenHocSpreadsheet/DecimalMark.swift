/// The character between the whole and the fractional part of a number.
public enum DecimalMark: String, Sendable, Equatable {
    /// `8.5`, with `,` grouping thousands (English settings).
    case point = "."
    /// `8,5`, with `.` grouping thousands (Vietnamese settings).
    case comma = ","

    var byte: UInt8 { self == .point ? UInt8(ascii: ".") : UInt8(ascii: ",") }
}
