/// The area a progress report is about (`vn.khuyenhoc.Reports.Area`): a commune as it was on the
/// report's day, or the whole district (no code, no name).
public struct ReportArea: Codable, Sendable, Hashable {
    /// The commune's statistics code; nil for the whole district.
    public var code: String?
    /// The commune's name; nil for the whole district.
    public var name: String?
    public var validFrom: String?
    public var validUntil: String?
    /// The communes whose subjects are counted: the commune and those merged into it by the
    /// report's day; for the district, every commune that existed on the day.
    public var counted: [CommuneReference]

    public init(code: String?, name: String?, validFrom: String? = nil, validUntil: String? = nil, counted: [CommuneReference]) {
        self.code = code
        self.name = name
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.counted = counted
    }
}
