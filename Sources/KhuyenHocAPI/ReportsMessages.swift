/// `vn.khuyenhoc.Reports.Progress` parameters.
public struct ProgressParameters: Codable, Sendable {
    /// A commune's statistics code; nil for the whole district.
    public var area: String?
    public var year: Int

    public init(area: String? = nil, year: Int) {
        self.area = area
        self.year = year
    }
}

/// `vn.khuyenhoc.Reports.Progress` reply.
public struct ProgressReply: Codable, Sendable, Hashable {
    public var area: ReportArea
    public var year: Int
    /// The day whose communes the report uses (YYYY-MM-DD): 31 December of the year, or today in
    /// the current year.
    public var day: String
    /// One entry per measure: families, clans, communities, units, adultCitizens, staffCitizens.
    public var measures: [MeasureProgress]
    /// The documents the targets come from.
    public var basis: [TargetBasis]

    public init(area: ReportArea, year: Int, day: String, measures: [MeasureProgress], basis: [TargetBasis]) {
        self.area = area
        self.year = year
        self.day = day
        self.measures = measures
        self.basis = basis
    }
}

/// `vn.khuyenhoc.Reports.CommunesBehind` parameters.
public struct CommunesBehindParameters: Codable, Sendable {
    /// A commune's statistics code; nil for every commune of the district.
    public var area: String?
    public var year: Int
    /// Only this model's measures (`citizen` selects both citizen measures); nil for all.
    public var model: String?

    public init(area: String? = nil, year: Int, model: String? = nil) {
        self.area = area
        self.year = year
        self.model = model
    }
}

/// `vn.khuyenhoc.Reports.CommunesBehind` reply.
public struct CommunesBehindReply: Codable, Sendable, Hashable {
    public var year: Int
    /// The day whose communes the report uses (YYYY-MM-DD).
    public var day: String
    /// One entry per commune and measure behind its target, largest gap first.
    public var behind: [CommuneBehind]

    public init(year: Int, day: String, behind: [CommuneBehind]) {
        self.year = year
        self.day = day
        self.behind = behind
    }
}

/// A commune behind the target of one measure (`vn.khuyenhoc.Reports.CommuneBehind`).
public struct CommuneBehind: Codable, Sendable, Hashable {
    public var commune: CommuneReference
    public var measure: MeasureProgress

    public init(commune: CommuneReference, measure: MeasureProgress) {
        self.commune = commune
        self.measure = measure
    }
}
