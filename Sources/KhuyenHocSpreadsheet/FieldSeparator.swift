/// The character between cells. Excel uses the list separator of the Windows region:
/// `,` in English settings, `;` where the comma is the decimal mark, tab in "Unicode Text".
public enum FieldSeparator: String, Sendable, Equatable, CaseIterable {
    case comma = ","
    case semicolon = ";"
    case tab = "\t"

    var byte: UInt8 {
        switch self {
        case .comma: UInt8(ascii: ",")
        case .semicolon: UInt8(ascii: ";")
        case .tab: UInt8(ascii: "\t")
        }
    }

    /// How a message names it: `‘,’`, `‘;’`, `tab`.
    var shown: String { self == .tab ? "tab" : "‘\(rawValue)’" }
}
