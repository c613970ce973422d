/// How ``SpreadsheetWriter`` writes: always UTF-8 and CRLF line ends, by default with a byte order
/// mark (so Excel reads the Vietnamese letters); these options choose the rest.
public struct WriterOptions: Sendable {
    public var separator: FieldSeparator
    /// `nil`: the point with `,` between cells, the comma with `;` or tab, as Excel would.
    public var decimalMark: DecimalMark?
    public var booleans: BooleanStyle
    public var dates: DateStyle
    /// Text starting with `=`, `+`, `-` or `@` gets a leading `'`, so Excel shows it rather
    /// than running it as a formula (a name typed as `=HYPERLINK(…)` must not become a link).
    public var guardsFormulas: Bool
    /// Starts the file with the UTF-8 byte order mark, without which Excel reads UTF-8 as the
    /// Windows code page; off for programs that take plain UTF-8.
    public var byteOrderMark: Bool

    public init(separator: FieldSeparator = .comma, decimalMark: DecimalMark? = nil, booleans: BooleanStyle = .vietnamese,
                dates: DateStyle = .iso, guardsFormulas: Bool = true, byteOrderMark: Bool = true) {
        self.separator = separator
        self.decimalMark = decimalMark
        self.booleans = booleans
        self.dates = dates
        self.guardsFormulas = guardsFormulas
        self.byteOrderMark = byteOrderMark
    }

    /// The decimal mark in effect.
    public var effectiveDecimalMark: DecimalMark { decimalMark ?? (separator == .comma ? .point : .comma) }
}
