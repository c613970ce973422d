/// What a column holds, and so how its cells are read.
public enum CellType: Sendable, Equatable {
    /// Any text, trimmed, NFC.
    case text
    /// A whole number: `1985`, `-3`, also `8,0` or `1.234.567` (grouping that cannot be a decimal).
    case wholeNumber
    /// A number with a decimal comma or point: `8,5`, `8.5`, `1.234,5`.
    case decimal
    /// Yes or no: có/không, x/blank, đạt/không đạt, đúng/sai, yes/no, true/false, 1/0. A blank
    /// cell is no, the way a ticked-box column is filled in.
    case boolean
    /// A calendar date: `dd/mm/yyyy` (also `d/m/yyyy`) or `yyyy-mm-dd`.
    case date
}
